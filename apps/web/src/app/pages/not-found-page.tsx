import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '@web/shared/a11y/use-document-title';
import { PageHeading } from '@web/shared/ui';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <>
      <PageHeading lead={t('notFound.body')}>{t('notFound.title')}</PageHeading>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </>
  );
}
