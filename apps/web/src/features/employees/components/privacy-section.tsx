import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { auditLogPath } from '@web/features/admin';
import { localIsoDate } from '@web/shared/format';
import { useErrorText } from '@web/shared/ui';
import { useExportEmployeeData } from '../hooks/use-employee-privacy';
import type { EmployeeProfile } from '../utils/employee-types';
import { exportFileName } from '../utils/privacy';
import { EraseEmployeeDialog } from './erase-employee-dialog';
import type { EmployeeProfileState } from './employee-erased';

const HEADING_ID = 'privacy-heading';

/**
 * "Personvern" on the profile, for HR in the employee's municipality: the
 * person's right of access (a JSON file of everything held) and to erasure.
 */
export function PrivacySection({ employee }: { employee: EmployeeProfile }) {
  const { t } = useTranslation();
  const [erasing, setErasing] = useState(false);
  const navigate = useNavigate();
  const { pathname, search } = useLocation();

  return (
    <section aria-labelledby={HEADING_ID} className="section">
      <h2 id={HEADING_ID} tabIndex={-1}>
        {t('employee.privacy.heading')}
      </h2>
      <p className="section__intro">{t('employee.privacy.intro')}</p>
      <div className="split-even">
        <div className="panel">
          <h3>{t('employee.privacy.export.heading')}</h3>
          <p>{t('employee.privacy.export.body')}</p>
          <ExportButton employee={employee} />
          <p>
            <Link to={auditLogPath(employee.id)}>{t('employee.privacy.export.logLink')}</Link>
          </p>
        </div>
        <div className="panel">
          <h3>{t('employee.privacy.erase.heading')}</h3>
          <ErasureExplanation />
          <button type="button" className="button button--danger" onClick={() => setErasing(true)}>
            {t('employee.privacy.erase.button')}
          </button>
        </div>
      </div>
      <EraseEmployeeDialog
        employee={employee}
        open={erasing}
        fallbackFocusId={HEADING_ID}
        onClose={() => setErasing(false)}
        onErased={async () => {
          setErasing(false);
          // The same address, now remembering the erasure: the page says so instead of "not found".
          const state: EmployeeProfileState = { erased: true };
          await navigate(`${pathname}${search}`, { replace: true, state });
        }}
      />
    </section>
  );
}

function ExportButton({ employee }: { employee: EmployeeProfile }) {
  const { t } = useTranslation();
  const exportData = useExportEmployeeData(employee.id);
  const errorText = useErrorText(exportData.error);
  const [saved, setSaved] = useState<string | null>(null);

  const onClick = () => {
    if (exportData.isPending) return;
    setSaved(null);
    exportData.mutate(undefined, {
      onSuccess: (json) => {
        const fileName = exportFileName(employee.employeeNumber, localIsoDate());
        saveFile(json, fileName);
        setSaved(fileName);
      },
    });
  };

  return (
    <>
      <p>
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={exportData.isPending || undefined}
          onClick={onClick}
        >
          {exportData.isPending
            ? t('employee.privacy.export.downloading')
            : t('employee.privacy.export.button')}
        </button>
      </p>
      <p role="status" className="form__status">
        {saved ? t('employee.privacy.export.done', { file: saved }) : ''}
      </p>
      {exportData.isError ? (
        <div role="alert" className="form__error">
          <p>{errorText}</p>
        </div>
      ) : null}
    </>
  );
}

/** Offers the document as a download without a round trip: a link to an in-memory file. */
function saveFile(json: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download asynchronously; the file must live until it has.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** What erasure removes and what it keeps (docs/identity-and-privacy.md, "GDPR"). */
function ErasureExplanation() {
  const { t } = useTranslation();
  const removed = [
    t('employee.privacy.erase.removed.names'),
    t('employee.privacy.erase.removed.facts'),
    t('employee.privacy.erase.removed.text'),
    t('employee.privacy.erase.removed.issuers'),
    t('employee.privacy.erase.removed.directory'),
    t('employee.privacy.erase.removed.log'),
  ];
  const kept = [
    t('employee.privacy.erase.kept.job'),
    t('employee.privacy.erase.kept.levels'),
    t('employee.privacy.erase.kept.log'),
  ];
  return (
    <>
      <p className="erasure__label">{t('employee.privacy.erase.removedIntro')}</p>
      <ul>
        {removed.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
      <p className="erasure__label">{t('employee.privacy.erase.keptIntro')}</p>
      <ul>
        {kept.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
      <p>
        <strong>{t('employee.privacy.erase.irreversible')}</strong>
      </p>
    </>
  );
}
