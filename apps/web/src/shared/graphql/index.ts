export {
  ApiError,
  apiErrorFromGraphQLErrors,
  isApiError,
  shouldRetry,
  type ApiErrorInit,
  type ClientErrorCode,
  type FieldError,
} from './api-error';
export { errorMessage, type ErrorMessage, type ErrorMessageKey } from './error-message';
export { CSRF_COOKIE, CSRF_HEADER, readCookie } from './csrf';
export {
  createRequest,
  request,
  type ClientOptions,
  type RequestFn,
  type RequestOptions,
} from './request';
