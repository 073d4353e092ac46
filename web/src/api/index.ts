export { api, unwrap } from './client';
export type { ApiPath, BodyOf, MethodOf, QueryOf, ResponseOf } from './types';
export { ApiError, isApiError, problemToApiError } from './api-error';
export type { ApiErrorCode, FieldErrors, KnownErrorCode } from './api-error';
export { uploadFile } from './upload';
export type { UploadOptions } from './upload';
export type * from './shapes';
