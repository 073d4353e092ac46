import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError, uploadFile } from '../../api';
import { i18n } from '../../i18n';

export type UploadState = 'waiting' | 'uploading' | 'done' | 'failed';

export type UploadItem = {
  id: string;
  file: File;
  /** An object URL for images, shown as a preview before and while sending. */
  previewUrl: string | null;
  /** 0…1 of the file sent. */
  progress: number;
  state: UploadState;
  /** The API's message when the file was refused. */
  error?: string;
};

export type UploadSummary = { uploaded: number; failed: number };

/** Images a browser can show as a preview (SVG is never accepted by the API anyway). */
const previewable = (file: File) => /^image\/(png|jpeg|gif|webp)$/.test(file.type);

let nextId = 0;

/**
 * Files chosen for a ticket, then sent one request each so every file has its own progress
 * bar and its own answer: a refused file shows the API's message, the others still go.
 */
export function useUploads() {
  const [items, setItems] = useState<UploadItem[]>([]);
  // The list as last rendered, for the upload loop, which outlives a render.
  const itemsRef = useRef(items);
  // Object URLs hold the file in memory until revoked: revoke those no longer listed.
  const previewUrls = useRef(new Set<string>());

  useEffect(() => {
    itemsRef.current = items;
    const listed = new Set(items.flatMap((item) => (item.previewUrl ? [item.previewUrl] : [])));
    previewUrls.current.forEach((url) => listed.has(url) || URL.revokeObjectURL(url));
    previewUrls.current = listed;
  }, [items]);
  useEffect(() => () => previewUrls.current.forEach((url) => URL.revokeObjectURL(url)), []);

  const update = useCallback((id: string, patch: Partial<UploadItem>) => {
    setItems((current) => current.map((item) => (item.id === id ? { ...item, ...patch } : item)));
  }, []);

  const add = useCallback((files: Iterable<File>) => {
    const added = [...files].map((file) => ({
      id: `upload-${++nextId}`,
      file,
      previewUrl: previewable(file) ? URL.createObjectURL(file) : null,
      progress: 0,
      state: 'waiting' as const,
    }));
    setItems((current) => [...current, ...added]);
  }, []);

  const remove = useCallback((id: string) => {
    setItems((current) => current.filter((item) => item.id !== id));
  }, []);

  /** Removes the files that were sent, keeping any that failed so their message stays. */
  const clearDone = useCallback(() => {
    setItems((current) => current.filter((item) => item.state !== 'done'));
  }, []);

  /** Sends every file not yet sent to `path` (field `files`), one after the other. */
  const uploadAll = useCallback(
    async (path: string): Promise<UploadSummary> => {
      const summary: UploadSummary = { uploaded: 0, failed: 0 };
      for (const item of itemsRef.current.filter((candidate) => candidate.state !== 'done')) {
        update(item.id, { state: 'uploading', progress: 0, error: undefined });
        try {
          await uploadFile(path, item.file, {
            field: 'files',
            onProgress: (progress) => update(item.id, { progress }),
          });
          update(item.id, { state: 'done', progress: 1 });
          summary.uploaded += 1;
        } catch (error) {
          update(item.id, {
            state: 'failed',
            error: isApiError(error) ? error.message : i18n.t('errors.unexpected'),
          });
          summary.failed += 1;
        }
      }
      return summary;
    },
    [update],
  );

  return { items, add, remove, clearDone, uploadAll };
}
