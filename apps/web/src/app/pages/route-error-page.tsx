import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';
import { useDocumentTitle } from '@web/shared/a11y/use-document-title';
import { PageHeading } from '@web/shared/ui';

/** Shown when a page fails while rendering; the details go to the console for support. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  useDocumentTitle(t('routeError.title'));
  useEffect(() => {
    console.error('A page failed to render:', error);
  }, [error]);
  return (
    <>
      <PageHeading lead={t('routeError.body')}>{t('routeError.title')}</PageHeading>
      <p>
        <Link to="/">{t('routeError.home')}</Link>
      </p>
    </>
  );
}
