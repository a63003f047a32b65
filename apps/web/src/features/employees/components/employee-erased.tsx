import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '@web/shared/a11y/use-document-title';
import { PageHeading } from '@web/shared/ui';
import { employeesPath } from '../utils/employee-paths';

/** Location state the profile sets after erasing the person it showed. */
export interface EmployeeProfileState {
  erased?: boolean;
}

/**
 * What the profile shows right after an erasure. The API no longer returns
 * the person at all (to it they are gone), so on a later visit the address
 * answers like any unknown employee.
 */
export function EmployeeErased() {
  const { t } = useTranslation();
  useDocumentTitle(t('employee.privacy.erased.title'));
  // The dialog that had focus is gone, and the address did not change, so the shell moves no focus.
  useEffect(() => {
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, []);
  return (
    <>
      <PageHeading lead={t('employee.privacy.erased.lead')}>
        {t('employee.privacy.erased.title')}
      </PageHeading>
      <p role="status" className="notice notice--success">
        {t('employee.privacy.erased.logged')}
      </p>
      <p>
        <Link to={employeesPath()}>{t('employee.privacy.erased.back')}</Link>
      </p>
    </>
  );
}
