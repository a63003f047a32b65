import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '@web/shared/a11y/use-document-title';
import { PageHeading } from '@web/shared/ui';
import { employeesPath } from '../utils/employee-paths';

/**
 * The API answers the same for an employee who does not exist and one
 * outside the user's scope, and so does this page: it never hints which.
 */
export function EmployeeNotFound() {
  const { t } = useTranslation();
  useDocumentTitle(t('employee.notFound.title'));
  return (
    <>
      <PageHeading lead={t('employee.notFound.body')}>{t('employee.notFound.title')}</PageHeading>
      <p>
        <Link to={employeesPath()}>{t('employee.notFound.back')}</Link>
      </p>
    </>
  );
}
