import { currentLanguage, i18n } from '../i18n';
import { ApiError, problemToApiError } from './api-error';
import type { UploadAnswer } from './shapes';

export type UploadOptions = {
  /** The multipart field the API reads the file from. */
  field: string;
  /** Called with 0…1 as the request body goes out. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
};

/** What `POST /api/tickets/{code}/attachments` answers: the files it stored. */
const isUploadAnswer = (body: unknown): body is UploadAnswer =>
  typeof body === 'object' && body !== null && 'attachments' in body && Array.isArray(body.attachments);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Sends one file as `multipart/form-data` with XMLHttpRequest, whose upload events (unlike
 * fetch's) report progress, so a phone on a slow connection shows how far a screenshot got.
 * Resolves with the API's answer; every failure is an ApiError, as with `unwrap`.
 */
export function uploadFile(path: string, file: File, options: UploadOptions): Promise<UploadAnswer> {
  const { field, onProgress, signal } = options;
  return new Promise<UploadAnswer>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.setRequestHeader('Accept', 'application/json, application/problem+json');
    request.setRequestHeader('Accept-Language', currentLanguage());
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    });
    request.addEventListener('load', () => {
      const body = parseJson(request.responseText);
      if (request.status >= 200 && request.status < 300 && isUploadAnswer(body)) {
        onProgress?.(1);
        resolve(body);
      } else {
        reject(problemToApiError(request.status, body, i18n.t('errors.unexpected')));
      }
    });
    request.addEventListener('error', () => {
      reject(new ApiError({ status: 0, code: 'network_error', message: i18n.t('errors.network') }));
    });
    request.addEventListener('abort', () => {
      reject(new DOMException('The upload was cancelled.', 'AbortError'));
    });
    signal?.addEventListener('abort', () => request.abort(), { once: true });

    const form = new FormData();
    form.append(field, file, file.name);
    request.send(form);
  });
}
