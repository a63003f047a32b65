import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportRunFieldsFragment } from '@web/gql/graphql';
import { formatDateTime, formatInteger } from '@web/shared/format';
import { EmptyState, ErrorState, LoadingState, StatusIcon, TableScroll } from '@web/shared/ui';
import { useImportRuns } from '../hooks/use-import-runs';
import { UndoImportDialog, type UndoSummary } from './undo-import-dialog';

/**
 * `Tidligere importer`: the municipality's applied runs, newest first, each with an
 * "Angre import" action while it can still be undone (docs/imports.md, "Undo").
 */
export function ImportHistory({ municipalityId }: { municipalityId: string | null }) {
  const { t } = useTranslation();
  const runs = useImportRuns(municipalityId);
  const [undoing, setUndoing] = useState<ImportRunFieldsFragment | null>(null);
  const [done, setDone] = useState<UndoSummary | null>(null);

  return (
    <section aria-labelledby="import-history-heading" className="section panel import-history">
      <h2 id="import-history-heading">{t('import.history.heading')}</h2>
      <p>{t('import.history.intro')}</p>
      <div role="status">
        {done ? (
          <p className="notice notice--success">
            <StatusIcon kind="success" />{' '}
            {done.kind === 'EMPLOYEES'
              ? t('import.history.undoneEmployees', {
                  file: done.fileName ?? t('import.history.noFileName'),
                  restored: formatInteger(done.employeesRestored),
                  removed: formatInteger(done.employeesRemoved),
                })
              : t('import.history.undoneQualifications', {
                  file: done.fileName ?? t('import.history.noFileName'),
                  qualifications: formatInteger(done.qualificationsRemoved),
                  assessments: formatInteger(done.assessmentsRemoved),
                })}
          </p>
        ) : null}
      </div>
      {runs.isError ? (
        <ErrorState
          error={runs.error}
          retrying={runs.isFetching}
          onRetry={() => void runs.refetch()}
        />
      ) : !runs.data ? (
        <LoadingState label={t('import.history.loading')} />
      ) : runs.data.length === 0 ? (
        <EmptyState>{t('import.history.empty')}</EmptyState>
      ) : (
        <TableScroll label={t('import.history.caption')}>
          <table className="data-table">
            <caption className="visually-hidden">{t('import.history.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.history.appliedAt')}</th>
                <th scope="col">{t('import.history.what')}</th>
                <th scope="col">{t('import.history.changes')}</th>
                <th scope="col">{t('import.history.status')}</th>
              </tr>
            </thead>
            <tbody>
              {runs.data.map((run) => (
                <tr key={run.id}>
                  <td>
                    {formatDateTime(run.appliedAt)}
                    <br />
                    <span className="muted">
                      {run.viaCommandLine
                        ? t('import.history.commandLine')
                        : (run.appliedByName ?? '–')}
                    </span>
                  </td>
                  <th scope="row">
                    {t(`import.history.kind.${run.kind}`)}
                    {run.fileName ? `: ${run.fileName}` : ''}
                    {run.unitName ? (
                      <>
                        <br />
                        <span className="muted">
                          {t('import.history.limitedTo', { unit: run.unitName })}
                        </span>
                      </>
                    ) : null}
                  </th>
                  <td>
                    <RunChanges run={run} />
                  </td>
                  <td>
                    <UndoCell run={run} onUndo={() => setUndoing(run)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <UndoImportDialog
        run={undoing}
        onClose={() => setUndoing(null)}
        onUndone={(summary) => {
          setUndoing(null);
          setDone(summary);
        }}
      />
    </section>
  );
}

function RunChanges({ run }: { run: ImportRunFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <>
      {run.kind === 'EMPLOYEES'
        ? t('import.history.employeeChanges', {
            created: formatInteger(run.created),
            updated: formatInteger(run.updated),
            deactivated: formatInteger(run.deactivated),
          })
        : t('import.history.qualificationChanges', {
            created: formatInteger(run.created),
            updated: formatInteger(run.updated),
          })}
    </>
  );
}

function UndoCell({ run, onUndo }: { run: ImportRunFieldsFragment; onUndo: () => void }) {
  const { t } = useTranslation();
  switch (run.undoStatus) {
    case 'UNDOABLE':
      return (
        <>
          <button
            type="button"
            className="button button--secondary"
            aria-label={t('import.history.undoNamed', {
              file: run.fileName ?? t('import.history.noFileName'),
              when: formatDateTime(run.appliedAt),
            })}
            onClick={onUndo}
          >
            {t('import.history.undo')}
          </button>
          <br />
          <span className="muted">
            {t('import.history.undoableUntil', { when: formatDateTime(run.undoableUntil) })}
          </span>
        </>
      );
    case 'UNDONE':
      return (
        <>
          {t('import.history.undone', { when: formatDateTime(run.undoneAt) })}
          {run.undoneByName ? ` (${run.undoneByName})` : ''}
        </>
      );
    case 'EXPIRED':
      return <>{t('import.history.expired')}</>;
    default:
      return <>{run.undoBlockedReason ?? t('import.history.blocked')}</>;
  }
}
