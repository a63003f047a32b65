import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppraisalForm } from '../hooks/use-appraisal-form';
import { useLatestAppraisalDraft } from '../hooks/use-appraisal-queries';
import { countIncompleteRows } from '../utils/appraisal-form-values';
import { summariseContent } from '../utils/appraisal-form-summary';
import type { AppraisalDraft } from '../utils/appraisal-types';
import type { CompetenceIndex } from '../utils/competence-index';
import { AppraisalContentSections } from './appraisal-content-sections';
import { AppraisalSignOffPanel } from './appraisal-sign-off-panel';
import { AppraisalSummaryView } from './appraisal-summary-view';
import { AutosaveStatus } from './autosave-status';
import { ConflictPanel } from './conflict-panel';

interface AppraisalFormProps {
  draft: AppraisalDraft;
  index: CompetenceIndex;
  /** A draft autosaves and is signed off; an amendment changes a signed record with a note. */
  mode: 'draft' | 'amend';
  today: string;
  /** Open the saved version afresh (after a conflict), dropping this visit's changes. */
  onReload: () => void;
  onCancelAmend: () => void;
  /** Signed off or amended: the page shows the signed record with this message. */
  onDone: (message: string) => void;
  /** The draft was discarded. */
  onDiscarded: () => void;
}

/**
 * The whole talk on one page, in the order of the ReKs guide, pre-filled from
 * last year's talk and the current assessments. Native controls only, rows
 * added and removed with buttons, focus moved where the work continues; the
 * draft saves itself a moment after each change. State and actions live in
 * useAppraisalForm; the points of the talk in AppraisalContentSections.
 */
export function AppraisalForm({
  draft,
  index,
  mode,
  today,
  onReload,
  onCancelAmend,
  onDone,
  onDiscarded,
}: AppraisalFormProps) {
  const { t } = useTranslation();
  const form = useAppraisalForm({ draft, index, mode, today, onDone });
  const { autosave, formId } = form;
  const record = draft.appraisal;
  const inConflict = autosave.status.kind === 'conflict';
  const latest = useLatestAppraisalDraft(draft.employeeId, draft.cycle.id, inConflict);
  const incompleteRows = countIncompleteRows(form.values);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!inConflict) form.submit();
  };

  const theirs = latest.data
    ? {
        record: latest.data.appraisal ?? null,
        summary: summariseContent(latest.data.content, index),
      }
    : undefined;
  const previous = draft.previous;

  return (
    <form
      className="appraisal-form"
      aria-label={t('appraisals.form.label')}
      noValidate
      onSubmit={onSubmit}
    >
      {mode === 'draft' ? (
        <AutosaveStatus
          status={autosave.status}
          opened={
            record ? { updatedAt: record.updatedAt, updatedByName: record.updatedByName } : null
          }
          incompleteRows={incompleteRows}
          onRetry={() => void autosave.saveNow()}
        />
      ) : (
        <p className="notice notice--warning">{t('appraisals.amend.intro')}</p>
      )}

      {inConflict ? (
        <ConflictPanel
          error={autosave.status.kind === 'conflict' ? autosave.status.error : null}
          mine={form.summary}
          theirs={theirs}
          loadError={latest.isError ? latest.error : null}
          onRetryLoad={() => void latest.refetch()}
          onReload={onReload}
          onKeepMine={(saved) => void autosave.overwrite({ id: saved.id, version: saved.version })}
        />
      ) : null}

      {!record && mode === 'draft' ? (
        <p className="notice">{t('appraisals.form.prefilled')}</p>
      ) : null}

      {previous ? (
        <details className="previous-talk">
          <summary>
            {t('appraisals.form.previous', {
              cycle: previous.cycle.name,
              name: previous.completedByName ?? '–',
            })}
          </summary>
          <AppraisalSummaryView
            summary={summariseContent(previous.content, index)}
            headingLevel={3}
            idPrefix={`${formId}-previous`}
          />
        </details>
      ) : null}

      <AppraisalContentSections form={form} />

      <AppraisalSignOffPanel
        form={form}
        mode={mode}
        incompleteRows={incompleteRows}
        inConflict={inConflict}
        onReload={onReload}
        onCancelAmend={onCancelAmend}
        onDiscarded={onDiscarded}
      />
    </form>
  );
}
