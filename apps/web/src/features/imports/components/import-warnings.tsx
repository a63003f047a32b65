import { useTranslation } from 'react-i18next';
import { StatusIcon } from '@web/shared/ui';
import type { ImportReport } from '../utils/import-report';

/**
 * What the check noticed that does not stop the import: headers that are not read but
 * probably mean a column, a file that matches almost nobody. The mass deactivation has its
 * own confirmation step and is not repeated here.
 */
export function ImportWarnings({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const warnings = report.warnings.filter((warning) => warning.code !== 'MASS_DEACTIVATION');
  if (warnings.length === 0) return null;
  return (
    <section aria-labelledby="import-warnings-heading" className="notice notice--warning">
      <h3 id="import-warnings-heading" className="notice__title">
        <StatusIcon kind="warning" />
        {t('import.warnings.heading')}
      </h3>
      <ul className="notice__list">
        {warnings.map((warning, index) => (
          <li key={index}>{warning.message}</li>
        ))}
      </ul>
    </section>
  );
}
