import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Names the browser tab (and what a screen reader announces on navigation)
 * after the page: "Gjøvik kommune – Kompetanseplan". Without a page title
 * it is just the app's name.
 */
export function useDocumentTitle(pageTitle?: string): void {
  const { t } = useTranslation();
  const title = pageTitle ? t('app.documentTitle', { page: pageTitle }) : t('app.name');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
