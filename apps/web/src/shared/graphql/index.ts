export {
  ApiError,
  apiErrorFromGraphQLErrors,
  isApiError,
  isRecord,
  shouldRetry,
  type ApiErrorInit,
  type ClientErrorCode,
  type FieldError,
} from './api-error';
export { DERIVED_FIGURES_KEY } from './derived-figures';
export { errorMessage, type ErrorMessage, type ErrorMessageKey } from './error-message';
export { CSRF_COOKIE, CSRF_HEADER, csrfTokenFromDocument, readCookie } from './csrf';
export {
  createRequest,
  request,
  type ClientOptions,
  type RequestFn,
  type RequestOptions,
} from './request';
