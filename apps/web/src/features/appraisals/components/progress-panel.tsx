import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatInteger, formatPercent } from '@web/shared/format';
import { EmptyState, StatusIcon } from '@web/shared/ui';
import type { AppraisalProgressRow } from '../utils/appraisal-types';
import { progressFacts, type DeadlineFact } from '../utils/progress-facts';
import { CompletedList } from './completed-list';
import { PendingTable } from './pending-table';

interface ProgressPanelProps {
  row: AppraisalProgressRow;
  today: string;
}

/** One of the user's scopes: how far the cycle has come, and who is still waiting for a talk. */
export function ProgressPanel({ row, today }: ProgressPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const facts = progressFacts(row, today);
  // the API lists them in the order to hold them (docs/appraisals.md, "Urgency")
  const pending = row.pending;

  return (
    <section aria-labelledby={`${id}-heading`} className="section panel progress-panel">
      <h2 id={`${id}-heading`}>{row.scopeName}</h2>
      <p className="muted">
        {t('appraisals.progress.cycleLine', {
          name: row.cycle.name,
          opens: formatDate(row.cycle.opensOn),
          closes: formatDate(row.cycle.closesOn),
        })}{' '}
        <span className="tag tag--neutral">{t(`appraisals.cycleStatus.${row.cycle.status}`)}</span>
      </p>

      <Deadline fact={facts.deadline} overdue={facts.overdue} remaining={facts.remaining} />
      {row.pacePerWeek > 0 && facts.remaining > 0 ? (
        <p>
          {t('appraisals.progress.pace', {
            count: row.pacePerWeek,
            formatted: formatInteger(row.pacePerWeek),
          })}
        </p>
      ) : null}

      <dl className="counts">
        <div className="counts__item">
          <dt>{t('appraisals.progress.employees')}</dt>
          <dd>{formatInteger(row.employeeCount)}</dd>
        </div>
        <div className="counts__item counts__item--created">
          <dt>{t('appraisals.progress.completed')}</dt>
          <dd>{formatInteger(row.completedCount)}</dd>
        </div>
        <div className="counts__item counts__item--updated">
          <dt>{t('appraisals.progress.drafts')}</dt>
          <dd>{formatInteger(row.draftCount)}</dd>
        </div>
        <div className="counts__item counts__item--deactivated">
          <dt>{t('appraisals.progress.notStarted')}</dt>
          <dd>{formatInteger(row.notStartedCount)}</dd>
        </div>
        <div className="counts__item">
          <dt>{t('appraisals.progress.share')}</dt>
          <dd>{formatPercent(facts.share)}</dd>
        </div>
      </dl>
      {row.employeeCount > 0 ? (
        <progress
          className="progress-bar"
          max={row.employeeCount}
          value={row.completedCount}
          aria-label={t('appraisals.progress.barLabel', {
            completed: formatInteger(row.completedCount),
            employees: formatInteger(row.employeeCount),
          })}
        />
      ) : null}

      <h3>
        {t('appraisals.progress.pendingHeading', {
          count: pending.length,
          formatted: formatInteger(pending.length),
        })}
      </h3>
      {pending.length === 0 ? (
        <EmptyState>{t('appraisals.progress.allDone')}</EmptyState>
      ) : (
        <PendingTable pending={pending} cycleId={row.cycle.id} caption={row.scopeName} />
      )}

      <CompletedList
        cycleId={row.cycle.id}
        unitId={row.unitId ?? null}
        count={row.completedCount}
      />
    </section>
  );
}

function Deadline({
  fact,
  overdue,
  remaining,
}: {
  fact: DeadlineFact;
  overdue: boolean;
  remaining: number;
}) {
  const { t } = useTranslation();
  const text =
    fact.kind === 'opensIn'
      ? t('appraisals.progress.opensIn', { count: fact.days })
      : fact.kind === 'closesIn'
        ? t('appraisals.progress.closesIn', { count: fact.days })
        : fact.kind === 'closesToday'
          ? t('appraisals.progress.closesToday')
          : t('appraisals.progress.closedAgo', { count: fact.days });
  if (overdue && remaining > 0) {
    return (
      <p className="notice notice--warning with-icon">
        <StatusIcon kind="warning" />
        <span>
          {text}{' '}
          {t('appraisals.progress.overdue', {
            count: remaining,
            formatted: formatInteger(remaining),
          })}
        </span>
      </p>
    );
  }
  return <p>{text}</p>;
}
