import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '@web/shared/a11y/use-document-title';
import { PageHeading } from '@web/shared/ui';
import { cataloguePath } from '../utils/competence-paths';

export function CompetenceNotFound() {
  const { t } = useTranslation();
  useDocumentTitle(t('competence.notFound.title'));
  return (
    <>
      <PageHeading lead={t('competence.notFound.body')}>
        {t('competence.notFound.title')}
      </PageHeading>
      <p>
        <Link to={cataloguePath()}>{t('competence.backToCatalogue')}</Link>
      </p>
    </>
  );
}
