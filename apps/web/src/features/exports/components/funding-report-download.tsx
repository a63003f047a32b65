import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { fundingReportUrl } from '../utils/export-paths';

/** Download links for the funding report of a half-year, for a municipality or the region. */
export function FundingReportDownload({
  period,
  municipality,
}: {
  period: { year: number; half: number };
  /** The municipality; null for the whole region. */
  municipality: { number: string; name: string } | null;
}) {
  const { t } = useTranslation();
  const hintId = useId();
  return (
    <div
      className="export-buttons"
      role="group"
      aria-label={t('exports.fundingReport.label', {
        place: municipality?.name ?? t('exports.fundingReport.region'),
      })}
    >
      {(['csv', 'xlsx'] as const).map((format) => (
        <a
          key={format}
          className="button button--small button--secondary"
          href={fundingReportUrl(format, period, municipality?.number)}
          download
          aria-describedby={hintId}
        >
          {t(`exports.fundingReport.${format}`)}
        </a>
      ))}
      <p id={hintId} className="muted">
        {t('exports.fundingReport.hint')}
      </p>
    </div>
  );
}
