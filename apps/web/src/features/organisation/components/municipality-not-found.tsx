import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '@web/shared/a11y/use-document-title';
import { PageHeading } from '@web/shared/ui';

export function MunicipalityNotFound({ number }: { number: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('municipality.notFound.title'));
  return (
    <>
      <PageHeading lead={t('municipality.notFound.body', { number })}>
        {t('municipality.notFound.title')}
      </PageHeading>
      <p>
        <Link to="/">{t('common.backToMunicipalities')}</Link>
      </p>
    </>
  );
}
