import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { competenceOverviewUrl } from '../utils/export-paths';

/**
 * Download links for a municipality's competence overview (CSV and Excel). The API decides
 * what the file holds: HR gets the municipality, a unit leader their own units.
 */
export function CompetenceOverviewDownload({
  municipality,
}: {
  municipality: { number: string; name: string };
}) {
  const { t } = useTranslation();
  const hintId = useId();
  return (
    <div
      className="export-buttons"
      role="group"
      aria-label={t('exports.competenceOverview.label', { name: municipality.name })}
    >
      {(['csv', 'xlsx'] as const).map((format) => (
        <a
          key={format}
          className="button button--small button--secondary"
          href={competenceOverviewUrl(format, municipality.number)}
          download
          aria-describedby={hintId}
        >
          {t(`exports.competenceOverview.${format}`)}
        </a>
      ))}
      <p id={hintId} className="muted">
        {t('exports.competenceOverview.hint')}
      </p>
    </div>
  );
}
