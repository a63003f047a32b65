import type { ReactNode } from 'react';

interface PageHeadingProps {
  children: ReactNode;
  /** A short introduction under the heading. */
  lead?: ReactNode;
}

/**
 * The page's one h1. It can take focus (tabIndex -1) so the app shell can
 * move focus to it after a client-side navigation.
 */
export function PageHeading({ children, lead }: PageHeadingProps) {
  return (
    <div className="page-heading">
      <h1 className="page-heading__title" tabIndex={-1}>
        {children}
      </h1>
      {lead ? <p className="page-heading__lead">{lead}</p> : null}
    </div>
  );
}
