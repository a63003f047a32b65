import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '@web/shared/a11y/use-document-title';
import { PageHeading } from '@web/shared/ui';
import { appraisalsPath } from '../utils/appraisal-paths';

/**
 * The API answers the same for an employee who does not exist and one outside
 * the user's scope, and so does this page: it never hints which.
 */
export function AppraisalNotFound() {
  const { t } = useTranslation();
  useDocumentTitle(t('appraisals.notFound.title'));
  return (
    <>
      <PageHeading lead={t('appraisals.notFound.body')}>
        {t('appraisals.notFound.title')}
      </PageHeading>
      <p>
        <Link to={appraisalsPath()}>{t('appraisals.notFound.back')}</Link>
      </p>
    </>
  );
}
