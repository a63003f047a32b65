import type { UseQueryResult } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@web/shared/format';
import { EmptyState, ErrorState, LoadingState, TableScroll } from '@web/shared/ui';
import type { AppraisalCycle } from '../utils/appraisal-types';
import { CycleForm } from './cycle-form';

interface CycleManagerProps {
  municipalityId: string;
  /** The region's cycles (one query for the page); this panel shows its municipality's. */
  cycles: UseQueryResult<AppraisalCycle[]>;
  today: string;
}

/** HR keeps its municipality's cycles: the list, a new cycle, and changes to one. */
export function CycleManager({ municipalityId, cycles, today }: CycleManagerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [editing, setEditing] = useState<AppraisalCycle | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const own = (cycles.data ?? []).filter((cycle) => cycle.municipalityId === municipalityId);
  const municipalityName = own[0]?.municipality.name ?? '';

  return (
    <section aria-labelledby={`${id}-heading`} className="section">
      <h2 id={`${id}-heading`}>
        {municipalityName
          ? t('appraisals.cycles.headingIn', { municipality: municipalityName })
          : t('appraisals.cycles.heading')}
      </h2>
      <p className="section__intro">{t('appraisals.cycles.intro')}</p>
      {cycles.data ? (
        own.length === 0 ? (
          <EmptyState>{t('appraisals.cycles.empty')}</EmptyState>
        ) : (
          <TableScroll label={t('appraisals.cycles.caption')}>
            <table className="data-table">
              <caption className="visually-hidden">{t('appraisals.cycles.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('appraisals.cycles.name')}</th>
                  <th scope="col">{t('appraisals.cycles.opensOn')}</th>
                  <th scope="col">{t('appraisals.cycles.closesOn')}</th>
                  <th scope="col">{t('appraisals.cycles.status')}</th>
                  <th scope="col">{t('appraisals.cycles.action')}</th>
                </tr>
              </thead>
              <tbody>
                {own.map((cycle) => (
                  <tr key={cycle.id}>
                    <th scope="row">{cycle.name}</th>
                    <td>{formatDate(cycle.opensOn)}</td>
                    <td>{formatDate(cycle.closesOn)}</td>
                    <td>{t(`appraisals.cycleStatus.${cycle.status}`)}</td>
                    <td>
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        aria-label={`${t('appraisals.cycles.edit')} ${cycle.name}`}
                        onClick={() => {
                          setDone(null);
                          setEditing(cycle);
                        }}
                      >
                        {t('appraisals.cycles.edit')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )
      ) : cycles.isError ? (
        <ErrorState
          error={cycles.error}
          retrying={cycles.isFetching}
          onRetry={() => void cycles.refetch()}
        />
      ) : (
        <LoadingState label={t('appraisals.cycles.loading')} />
      )}

      <div className="panel narrow-form">
        <CycleForm
          // A new key gives the form fresh values when another cycle is chosen.
          key={editing?.id ?? 'new'}
          municipalityId={municipalityId}
          cycle={editing}
          today={today}
          onSaved={(saved, kind) => {
            setEditing(null);
            setDone(
              kind === 'create'
                ? t('appraisals.cycles.created', { name: saved.name })
                : t('appraisals.cycles.updated', { name: saved.name }),
            );
          }}
          onCancel={() => setEditing(null)}
        />
        <p role="status" className="form__status">
          {done ?? ''}
        </p>
      </div>
    </section>
  );
}
