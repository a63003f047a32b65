import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanMeasureFieldsFragment } from '@web/gql/graphql';
import { formatDate, formatDateTime } from '@web/shared/format';
import { ErrorState, LoadingState, TableScroll, useErrorText } from '@web/shared/ui';
import { compareMeasureValues } from '../utils/measure-compare';
import { storedMeasureValues, type MeasureFormValues } from '../utils/measure-form-values';

interface MeasureConflictProps {
  /** The save's CONFLICT error: its Norwegian message says what happened. */
  error: unknown;
  mine: MeasureFormValues;
  /** The saved measure as it is now; undefined while it loads, null when it is gone. */
  theirs: PlanMeasureFieldsFragment | null | undefined;
  loadError: unknown;
  regional: boolean;
  municipalityName: (id: string) => string;
  competenceName: (id: string) => string;
  onRetryLoad: () => void;
  /** Save this visit's values over the saved version (a conscious choice, never automatic). */
  onKeepMine: (version: number) => void;
  /** Throw this visit's changes away and continue from the saved version. */
  onUseSaved: (theirs: PlanMeasureFieldsFragment) => void;
}

/**
 * Someone saved the measure after it was opened here. Nothing is overwritten and nothing
 * typed is lost: both versions are shown field by field, the differences marked in words,
 * and the user chooses.
 */
export function MeasureConflict({
  error,
  mine,
  theirs,
  loadError,
  regional,
  municipalityName,
  competenceName,
  onRetryLoad,
  onKeepMine,
  onUseSaved,
}: MeasureConflictProps) {
  const { t } = useTranslation();
  const message = useErrorText(error);
  const rows = useMemo(() => {
    if (!theirs) return [];
    const saved = storedMeasureValues(
      theirs,
      mine.shares.map((share) => share.municipalityId),
    );
    return compareMeasureValues(mine, saved, {
      strategy: (value) => t(`plans.strategy.${value}`),
      kind: (value) => t(`plans.kind.${value}`),
      provider: (value) => t(`plans.provider.${value}`),
      fundingSource: (value) => t(`plans.funding.${value}`),
      date: formatDate,
      yesNo: (value) => (value ? t('plans.conflict.yes') : t('plans.conflict.no')),
      municipality: municipalityName,
      competence: competenceName,
      none: '–',
    }).filter((row) => regional || row.field !== 'shares');
  }, [theirs, mine, regional, municipalityName, competenceName, t]);
  const differing = rows.filter((row) => row.differs).length;
  const caption = t('plans.conflict.caption');

  return (
    <section className="conflict-panel" aria-labelledby="measure-conflict-heading">
      <h2 id="measure-conflict-heading">{t('plans.conflict.heading')}</h2>
      <p role="alert">{message}</p>
      {theirs === undefined ? (
        loadError ? (
          <ErrorState error={loadError} onRetry={onRetryLoad} />
        ) : (
          <LoadingState label={t('plans.conflict.loading')} />
        )
      ) : theirs === null ? (
        <p>{t('plans.conflict.gone')}</p>
      ) : (
        <>
          <p>
            {differing === 0
              ? t('plans.conflict.same')
              : t('plans.conflict.differCount', { count: differing })}
          </p>
          <TableScroll label={caption}>
            <table className="data-table data-table--compact conflict-compare">
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('plans.conflict.field')}</th>
                  <th scope="col">{t('plans.conflict.mine')}</th>
                  <th scope="col">
                    {t('plans.conflict.theirs', { time: formatDateTime(theirs.updatedAt) })}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, index) => (
                  <tr
                    key={`${row.field}-${index}`}
                    className={row.differs ? 'conflict-compare__differs' : undefined}
                  >
                    <th scope="row">
                      {
                        t(
                          `plans.measureForm.${row.field}` as never,
                          row.params as never,
                        ) as unknown as string
                      }
                      {row.differs ? (
                        <span className="tag tag--changed"> {t('plans.conflict.differs')}</span>
                      ) : null}
                    </th>
                    <td>{row.mine}</td>
                    <td>{row.theirs}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <div className="button-row">
            <button type="button" className="button" onClick={() => onKeepMine(theirs.version)}>
              {t('plans.conflict.keepMine')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => onUseSaved(theirs)}
            >
              {t('plans.conflict.useSaved')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
