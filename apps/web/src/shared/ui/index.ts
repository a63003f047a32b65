export { Breadcrumbs, type Crumb } from './breadcrumbs';
export { EmptyState } from './empty-state';
export { ErrorState } from './error-state';
export { LoadingState } from './loading-state';
export { PageHeading } from './page-heading';
export { StatusIcon, type StatusIconKind } from './status-icon';
export { TableScroll } from './table-scroll';
export { useErrorText } from './use-error-text';
export { Dialog } from './dialog';
