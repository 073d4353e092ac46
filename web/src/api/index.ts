export { api, apiRequest } from './client';
export type { RequestOptions } from './client';
export { ApiError, isApiError, problemToApiError } from './api-error';
export type { ApiErrorCode, FieldErrors, KnownErrorCode } from './api-error';
export { uploadFile } from './upload';
export type { UploadOptions } from './upload';
