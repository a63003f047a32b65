import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '@web/shared/format';
import { summariseContent } from '../utils/appraisal-form-summary';
import { appraisalPrintPath } from '../utils/appraisal-paths';
import type { AppraisalRecord } from '../utils/appraisal-types';
import type { CompetenceIndex } from '../utils/competence-index';
import { AppraisalSummaryView } from './appraisal-summary-view';

interface AppraisalReadOnlyProps {
  record: AppraisalRecord;
  index: CompetenceIndex;
  employeeId: string;
  cycleId: string;
  onAmend: () => void;
}

/**
 * A signed-off talk: read-only. It changes only through an amendment with a
 * reason, and every amendment stays listed with who made it and why.
 */
export function AppraisalReadOnly({
  record,
  index,
  employeeId,
  cycleId,
  onAmend,
}: AppraisalReadOnlyProps) {
  const { t } = useTranslation();
  const summary = useMemo(() => summariseContent(record.content, index), [record, index]);
  return (
    <>
      <p className="notice notice--success">
        {t('appraisals.readOnly.signed', {
          time: formatDateTime(record.completedAt),
          name: record.completedByName ?? '–',
        })}
      </p>
      <div className="button-row appraisal-actions">
        <button type="button" className="button" onClick={onAmend}>
          {t('appraisals.readOnly.amend')}
        </button>
        <Link className="button button--secondary" to={appraisalPrintPath(employeeId, cycleId)}>
          {t('appraisals.readOnly.print')}
        </Link>
      </div>

      <section aria-labelledby="record-heading" className="section panel">
        <h2 id="record-heading">{t('appraisals.readOnly.heading')}</h2>
        <AppraisalSummaryView summary={summary} headingLevel={3} idPrefix="record" />
      </section>

      {record.amendments.length > 0 ? (
        <section aria-labelledby="amendments-heading" className="section">
          <h2 id="amendments-heading">{t('appraisals.readOnly.amendments')}</h2>
          <ol className="record-list">
            {[...record.amendments].reverse().map((amendment) => (
              <li key={amendment.id} className="record-list__item">
                <p className="record-list__title">
                  {t('appraisals.readOnly.amendedBy', {
                    time: formatDateTime(amendment.amendedAt),
                    name: amendment.amendedByName ?? '–',
                  })}
                </p>
                <p className="summary-text">{amendment.note}</p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}
