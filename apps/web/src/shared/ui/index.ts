export { EmptyState } from './empty-state';
export { ErrorState } from './error-state';
export { LoadingState } from './loading-state';
export { PageHeading } from './page-heading';
export { useErrorText } from './use-error-text';
