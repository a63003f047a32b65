import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@web/shared/format';
import { ErrorState, LoadingState, useErrorText } from '@web/shared/ui';
import { differingSections, type AppraisalSummaryModel } from '../utils/appraisal-form-summary';
import type { AppraisalRecord } from '../utils/appraisal-types';
import { AppraisalSummaryView } from './appraisal-summary-view';

interface ConflictPanelProps {
  /** The error the save got: its Norwegian message names who saved and when. */
  error: unknown;
  mine: AppraisalSummaryModel;
  /** The saved record as it is now; undefined while it is fetched. */
  theirs: { record: AppraisalRecord | null; summary: AppraisalSummaryModel } | undefined;
  loadError: unknown;
  onRetryLoad: () => void;
  /** Throw away this visit's changes and open the saved version. */
  onReload: () => void;
  /** Save this visit's version over the saved one (a conscious choice, never automatic). */
  onKeepMine: (record: AppraisalRecord) => void;
}

/**
 * Someone else saved the talk after it was opened here. Nothing is silently
 * overwritten: both versions are shown side by side, the sections that differ
 * are marked in words, and the leader chooses.
 */
export function ConflictPanel({
  error,
  mine,
  theirs,
  loadError,
  onRetryLoad,
  onReload,
  onKeepMine,
}: ConflictPanelProps) {
  const { t } = useTranslation();
  const message = useErrorText(error);
  const differing = useMemo(
    () => new Set(theirs ? differingSections(mine, theirs.summary) : []),
    [mine, theirs],
  );
  const record = theirs?.record ?? null;

  return (
    <section aria-labelledby="conflict-heading" className="conflict-panel">
      <h2 id="conflict-heading">{t('appraisals.conflict.heading')}</h2>
      <p role="alert">{message}</p>
      {theirs ? (
        <>
          <p>
            {differing.size === 0
              ? t('appraisals.conflict.same')
              : t('appraisals.conflict.differCount', { count: differing.size })}
          </p>
          <div className="conflict-panel__versions">
            <div className="panel">
              <h3>{t('appraisals.conflict.mine')}</h3>
              <AppraisalSummaryView
                summary={mine}
                headingLevel={4}
                differing={differing}
                idPrefix="conflict-mine"
              />
            </div>
            <div className="panel">
              <h3>
                {record
                  ? t('appraisals.conflict.theirs', {
                      name: record.updatedByName ?? '–',
                      time: formatDateTime(record.updatedAt),
                    })
                  : t('appraisals.conflict.theirsGone')}
              </h3>
              <AppraisalSummaryView
                summary={theirs.summary}
                headingLevel={4}
                differing={differing}
                idPrefix="conflict-theirs"
              />
            </div>
          </div>
          <div className="button-row">
            <button type="button" className="button" onClick={onReload}>
              {t('appraisals.conflict.reload')}
            </button>
            {record && record.status === 'DRAFT' ? (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => onKeepMine(record)}
              >
                {t('appraisals.conflict.keepMine')}
              </button>
            ) : null}
          </div>
          {record && record.status === 'COMPLETED' ? (
            <p>{t('appraisals.conflict.signedMeanwhile')}</p>
          ) : null}
        </>
      ) : loadError ? (
        <ErrorState error={loadError} onRetry={onRetryLoad} />
      ) : (
        <LoadingState label={t('appraisals.conflict.loading')} />
      )}
    </section>
  );
}
