import { useTranslation } from 'react-i18next';
import { ErrorSummary, TextAreaField } from '@web/shared/forms';
import type { AppraisalFormState } from '../hooks/use-appraisal-form';
import { AppraisalSummaryView } from './appraisal-summary-view';
import { DiscardDraft } from './discard-draft';
import { SignOffEffects } from './sign-off-effects';

interface SignOffPanelProps {
  form: AppraisalFormState;
  mode: 'draft' | 'amend';
  incompleteRows: number;
  inConflict: boolean;
  onReload: () => void;
  onCancelAmend: () => void;
  onDiscarded: () => void;
}

/** The end of the form: what signing off records, the amendment note, and the buttons. */
export function AppraisalSignOffPanel({
  form,
  mode,
  incompleteRows,
  inConflict,
  onReload,
  onCancelAmend,
  onDiscarded,
}: SignOffPanelProps) {
  const { t } = useTranslation();
  const { formId, summary, context, busy, autosave } = form;
  const headingId = `${formId}-section-summary`;
  const submitLabel =
    mode === 'amend'
      ? busy
        ? t('appraisals.amend.saving')
        : t('appraisals.amend.save')
      : busy
        ? t('appraisals.signOff.signing')
        : t('appraisals.signOff.submit');

  return (
    <section aria-labelledby={headingId} className="appraisal-section summary-panel">
      <h2 id={headingId}>{t('appraisals.form.summaryHeading')}</h2>
      <p className="section__intro">
        {mode === 'draft' ? t('appraisals.form.summaryIntro') : t('appraisals.amend.summaryIntro')}
      </p>
      <AppraisalSummaryView summary={summary} headingLevel={3} idPrefix={`${formId}-summary`} />
      <SignOffEffects effects={summary.effects} />
      {incompleteRows > 0 ? (
        <p className="notice notice--warning">
          {t('appraisals.form.incompleteWarning', { count: incompleteRows })}
        </p>
      ) : null}

      {mode === 'amend' ? (
        <TextAreaField
          id={context.fieldId('note')}
          label={t('appraisals.amend.note')}
          hint={t('appraisals.amend.noteHint')}
          errors={context.errorsFor('note')}
          rows={3}
          maxLength={2000}
          required
          value={form.note}
          onChange={form.changeNote}
        />
      ) : null}

      <ErrorSummary errors={form.general} />
      <div className="button-row">
        <button type="submit" className="button" aria-disabled={busy || inConflict || undefined}>
          {submitLabel}
        </button>
        {mode === 'amend' ? (
          <button type="button" className="button button--secondary" onClick={onCancelAmend}>
            {t('appraisals.amend.cancel')}
          </button>
        ) : null}
      </div>
      {mode === 'draft' ? (
        <DiscardDraft
          hasRecord={autosave.record !== null}
          stopAutosave={autosave.stop}
          resumeAutosave={onReload}
          onDiscarded={onDiscarded}
        />
      ) : null}
    </section>
  );
}
