import { useTranslation } from 'react-i18next';
import { Dialog } from '@web/shared/ui';
import type { ImportKind, ImportRunFieldsFragment } from '@web/gql/graphql';
import { formatDateTime, formatInteger } from '@web/shared/format';
import { ErrorSummary, useFormProblems } from '@web/shared/forms';
import { useUndoImportRun } from '../hooks/use-import-runs';

export interface UndoSummary {
  kind: ImportKind;
  fileName: string | null;
  employeesRestored: number;
  employeesRemoved: number;
  qualificationsRemoved: number;
  assessmentsRemoved: number;
}

const NO_FIELDS = [] as const;

/** Asks before undoing a run, saying what will happen to whom; the API decides the rest. */
export function UndoImportDialog({
  run,
  onClose,
  onUndone,
}: {
  run: ImportRunFieldsFragment | null;
  onClose: () => void;
  onUndone: (summary: UndoSummary) => void;
}) {
  const { t } = useTranslation();
  const undo = useUndoImportRun();
  const form = useFormProblems(NO_FIELDS, () => '');
  const close = () => {
    if (undo.isPending) return;
    form.reset();
    onClose();
  };
  const file = run?.fileName ?? t('import.history.noFileName');
  return (
    <Dialog
      open={run !== null}
      title={t('import.undo.title', { file })}
      onClose={close}
      fallbackFocusId="import-history-heading"
    >
      {run ? (
        <div className="form">
          <p>
            {t('import.undo.when', {
              when: formatDateTime(run.appliedAt),
              who: run.viaCommandLine
                ? t('import.history.commandLine')
                : (run.appliedByName ?? '–'),
            })}
          </p>
          <p>
            {run.kind === 'EMPLOYEES'
              ? t('import.undo.employees', {
                  changed: formatInteger(run.updated + run.deactivated),
                  deactivated: formatInteger(run.deactivated),
                  created: formatInteger(run.created),
                })
              : t('import.undo.qualifications', {
                  created: formatInteger(run.created),
                  updated: formatInteger(run.updated),
                })}
          </p>
          <ErrorSummary errors={form.problems.general} />
          <div className="button-row dialog__actions">
            <button
              type="button"
              className="button button--danger"
              aria-disabled={undo.isPending || undefined}
              onClick={() => {
                if (undo.isPending) return;
                form.reset();
                undo.mutate(run.id, {
                  onSuccess: (result) =>
                    onUndone({
                      kind: run.kind,
                      fileName: run.fileName,
                      employeesRestored: result.employeesRestored,
                      employeesRemoved: result.employeesRemoved,
                      qualificationsRemoved: result.qualificationsRemoved,
                      assessmentsRemoved: result.assessmentsRemoved,
                    }),
                  onError: (error) => form.showError(error),
                });
              }}
            >
              {undo.isPending ? t('import.undo.undoing') : t('import.undo.confirm')}
            </button>
            <button type="button" className="button button--secondary" onClick={close}>
              {t('import.undo.cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </Dialog>
  );
}
