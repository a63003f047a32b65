import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, ErrorSummary } from '@web/shared/forms';
import { errorMessage, isApiError, type ErrorMessage } from '@web/shared/graphql';
import { useAppraisalAutosave } from '../hooks/use-appraisal-autosave';
import { useAmendAppraisal, useCompleteAppraisal } from '../hooks/use-appraisal-mutations';
import { useLatestAppraisalDraft } from '../hooks/use-appraisal-queries';
import {
  contentFingerprint,
  countIncompleteRows,
  DEVELOPMENT_WAYS,
  formFieldForApiPath,
  formValuesFromContent,
  toContentInput,
  type AppraisalFormValues,
  type RowList,
  type SentRowKeys,
} from '../utils/appraisal-form-values';
import { buildAppraisalSummary, summariseContent } from '../utils/appraisal-form-summary';
import {
  amendmentProblems,
  draftProblems,
  firstProblemField,
  signOffProblems,
  type AppraisalProblems,
} from '../utils/appraisal-form-validation';
import type { AppraisalDraft } from '../utils/appraisal-types';
import type { CompetenceIndex } from '../utils/competence-index';
import { addRow, removeRow, updateRow } from '../utils/form-rows';
import { ActionRows } from './action-rows';
import { AppraisalSummaryView } from './appraisal-summary-view';
import { AutosaveStatus } from './autosave-status';
import { ConflictPanel } from './conflict-panel';
import { DiscardDraft } from './discard-draft';
import type { FormContext } from './form-context';
import { FormSection } from './form-section';
import { LevelRows } from './level-rows';
import { SignOffEffects } from './sign-off-effects';
import { TeachingRows } from './teaching-rows';
import { TextField } from './text-field';

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

type TextFieldName =
  'hrRegistrationsComment' | 'potentialUsed' | 'potentialNeeds' | 'careerPlan' | 'careerTargetRole';

/** The first control of a row: where focus goes when the row is added. */
function firstField(list: RowList, key: string): string {
  return list === 'agreedActions' ? `${list}.${key}.description` : `${list}.${key}.competenceId`;
}

function withoutPrefix(messages: Record<string, string[]>, prefix: string) {
  return Object.fromEntries(
    Object.entries(messages).filter(([field]) => !field.startsWith(prefix)),
  );
}

/**
 * The whole talk on one page, in the order of the ReKs guide, pre-filled from
 * last year's talk and the current assessments. Native controls only, rows
 * added and removed with buttons, focus moved where the work continues; the
 * draft saves itself a moment after each change.
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
  const formId = useId();
  const record = draft.appraisal;
  const [opened] = useState(() =>
    formValuesFromContent(draft.content, { defaultHeldOn: mode === 'draft' ? today : undefined }),
  );
  const [values, setValues] = useState<AppraisalFormValues>(opened);
  const [openedFingerprint] = useState(() => contentFingerprint(toContentInput(opened).content));
  const autosave = useAppraisalAutosave({
    employeeId: draft.employeeId,
    cycleId: draft.cycle.id,
    values,
    saved: record ? { id: record.id, version: record.version } : null,
    openedFingerprint,
    enabled: mode === 'draft',
  });
  const complete = useCompleteAppraisal(draft.employeeId);
  const amend = useAmendAppraisal(draft.employeeId);
  const [note, setNote] = useState('');
  const [submitted, setSubmitted] = useState<Record<string, string[]>>({});
  const [general, setGeneral] = useState<ErrorMessage[]>([]);
  const [busy, setBusy] = useState(false);
  const [focusRequest, setFocusRequest] = useState<{ id: string } | null>(null);

  const inConflict = autosave.status.kind === 'conflict';
  const latest = useLatestAppraisalDraft(draft.employeeId, draft.cycle.id, inConflict);

  useEffect(() => {
    if (focusRequest) document.getElementById(focusRequest.id)?.focus();
  }, [focusRequest]);

  const fieldId = (field: string) => `${formId}-${field.replace(/\./g, '-')}`;
  const live = draftProblems(values);
  const messages: Record<string, string[]> = { ...submitted };
  for (const [field, key] of Object.entries(live)) {
    if (!messages[field]?.length) messages[field] = [t(key)];
  }
  const context: FormContext = {
    fieldId,
    errorsFor: (field) => messages[field] ?? [],
    index,
  };

  const sent = useMemo(() => toContentInput(values), [values]);
  const summary = useMemo(() => buildAppraisalSummary(sent.content, index), [sent, index]);
  const incompleteRows = countIncompleteRows(values);

  const set = <K extends keyof AppraisalFormValues>(key: K, value: AppraisalFormValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setSubmitted((current) => withoutPrefix(current, key));
  };

  const rowHandlers = (list: RowList) => ({
    onChange: (key: string, patch: object) => {
      setValues((current) => updateRow(current, list, key, patch));
      setSubmitted((current) => withoutPrefix(current, `${list}.${key}.`));
    },
    onAdd: () => {
      const added = addRow(values, list);
      setValues(added.values);
      setFocusRequest({ id: fieldId(firstField(list, added.key)) });
    },
    onRemove: (key: string) => {
      const removed = removeRow(values, list, key);
      setValues(removed.values);
      setSubmitted((current) => withoutPrefix(current, `${list}.${key}.`));
      setFocusRequest({
        id: fieldId(removed.focusKey ? firstField(list, removed.focusKey) : `${list}.add`),
      });
    },
  });

  /** The free-text fields: name, value and change handler for a TextField. */
  const textField = (name: TextFieldName) => ({
    name,
    value: values[name],
    onChange: (value: string) => set(name, value),
    context,
  });

  const showProblems = (problems: AppraisalProblems) => {
    setSubmitted(Object.fromEntries(Object.entries(problems).map(([f, key]) => [f, [t(key)]])));
    setGeneral([{ text: t('appraisals.problems.summary') }]);
    const first = firstProblemField(problems, values);
    if (first) setFocusRequest({ id: fieldId(first) });
  };

  const showApiError = (error: unknown, rowKeys: SentRowKeys) => {
    const byField: Record<string, string[]> = {};
    const other: ErrorMessage[] = [];
    for (const problem of isApiError(error) ? error.fields : []) {
      const field = formFieldForApiPath(problem.field, rowKeys);
      if (field) byField[field] = [...(byField[field] ?? []), problem.message];
      else other.push({ text: problem.message });
    }
    const hasFieldErrors = Object.keys(byField).length > 0;
    setSubmitted(byField);
    setGeneral(
      other.length > 0
        ? other
        : hasFieldErrors
          ? [{ text: t('appraisals.problems.summary') }]
          : [errorMessage(error)],
    );
    const first = firstProblemField(byField, values);
    if (first) setFocusRequest({ id: fieldId(first) });
  };

  const signOff = async () => {
    if (busy) return;
    const problems = signOffProblems(values, today);
    if (Object.keys(problems).length > 0) {
      showProblems(problems);
      return;
    }
    setSubmitted({});
    setGeneral([]);
    setBusy(true);
    const saved = await autosave.saveNow();
    if (!saved) {
      setBusy(false);
      setGeneral([{ text: t('appraisals.signOff.notSaved') }]);
      return;
    }
    const { content, rowKeys } = toContentInput(values);
    complete.mutate(
      { id: saved.id, version: saved.version, content },
      {
        onSuccess: () => onDone(t('appraisals.signOff.done')),
        onError: (error) => showApiError(error, rowKeys),
        onSettled: () => setBusy(false),
      },
    );
  };

  const saveAmendment = () => {
    if (busy || !record) return;
    const problems = amendmentProblems(values, note, today);
    if (Object.keys(problems).length > 0) {
      showProblems(problems);
      return;
    }
    setSubmitted({});
    setGeneral([]);
    setBusy(true);
    const { content, rowKeys } = toContentInput(values);
    amend.mutate(
      { id: record.id, version: record.version, note: note.trim(), content },
      {
        onSuccess: () => onDone(t('appraisals.amend.done')),
        onError: (error) => showApiError(error, rowKeys),
        onSettled: () => setBusy(false),
      },
    );
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (inConflict) return;
    if (mode === 'amend') saveAmendment();
    else void signOff();
  };

  const theirs = latest.data
    ? {
        record: latest.data.appraisal ?? null,
        summary: summariseContent(latest.data.content, index),
      }
    : undefined;

  const sectionId = (name: string) => `${formId}-section-${name}`;
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
          mine={summary}
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

      <FormSection id={sectionId('talk')} number={1} title={t('appraisals.summary.sections.talk')}>
        <Field
          id={fieldId('heldOn')}
          label={t('appraisals.form.heldOn')}
          hint={t('appraisals.form.heldOnHint')}
          errors={context.errorsFor('heldOn')}
          className="field--date"
        >
          {(control) => (
            <input
              {...control}
              type="date"
              value={values.heldOn}
              onChange={(event) => set('heldOn', event.target.value)}
            />
          )}
        </Field>
      </FormSection>

      <FormSection
        id={sectionId('selfDeclarations')}
        number={2}
        title={t('appraisals.summary.sections.selfDeclarations')}
        intro={t('appraisals.form.selfDeclarations.intro')}
      >
        <LevelRows
          list="selfDeclarations"
          rows={values.selfDeclarations}
          context={context}
          {...rowHandlers('selfDeclarations')}
        />
      </FormSection>

      <FormSection
        id={sectionId('hrRegistrations')}
        number={3}
        title={t('appraisals.summary.sections.hrRegistrations')}
        intro={t('appraisals.form.hr.intro')}
      >
        <div className="check field">
          <input
            id={fieldId('hrRegistrationsChecked')}
            type="checkbox"
            checked={values.hrRegistrationsChecked}
            onChange={(event) => set('hrRegistrationsChecked', event.target.checked)}
          />
          <label htmlFor={fieldId('hrRegistrationsChecked')}>
            {t('appraisals.form.hr.checked')}
          </label>
        </div>
        <TextField
          {...textField('hrRegistrationsComment')}
          label={t('appraisals.form.hr.comment')}
          hint={t('appraisals.form.hr.commentHint')}
          rows={2}
          maxLength={4000}
        />
      </FormSection>

      <FormSection
        id={sectionId('potential')}
        number={4}
        title={t('appraisals.summary.sections.potential')}
      >
        <TextField
          {...textField('potentialUsed')}
          label={t('appraisals.form.potential.used')}
          rows={2}
          maxLength={4000}
        />
        <TextField
          {...textField('potentialNeeds')}
          label={t('appraisals.form.potential.needs')}
          rows={2}
          maxLength={4000}
        />
      </FormSection>

      <FormSection
        id={sectionId('teaching')}
        number={5}
        title={t('appraisals.summary.sections.teaching')}
        intro={t('appraisals.form.teachingTopics.intro')}
      >
        <TeachingRows
          rows={values.teachingTopics}
          context={context}
          {...rowHandlers('teachingTopics')}
        />
        <div className="check field consent">
          <input
            id={fieldId('teachingConsent')}
            type="checkbox"
            checked={values.teachingConsent}
            aria-describedby={`${fieldId('teachingConsent')}-hint`}
            onChange={(event) => set('teachingConsent', event.target.checked)}
          />
          <label htmlFor={fieldId('teachingConsent')}>
            {t('appraisals.form.teachingTopics.consent')}
          </label>
          <p id={`${fieldId('teachingConsent')}-hint`} className="field__hint">
            {t('appraisals.form.teachingTopics.consentHint')}
          </p>
        </div>
      </FormSection>

      <FormSection
        id={sectionId('developmentWishes')}
        number={6}
        title={t('appraisals.summary.sections.developmentWishes')}
        intro={t('appraisals.form.developmentWishes.intro')}
      >
        <LevelRows
          list="developmentWishes"
          rows={values.developmentWishes}
          context={context}
          {...rowHandlers('developmentWishes')}
        />
      </FormSection>

      <FormSection
        id={sectionId('preferredWays')}
        number={7}
        title={t('appraisals.summary.sections.preferredWays')}
      >
        <fieldset className="field">
          <legend>{t('appraisals.form.ways.legend')}</legend>
          <div className="filters__checks">
            {DEVELOPMENT_WAYS.map((way) => (
              <div key={way} className="check">
                <input
                  id={fieldId(`preferredWays.${way}`)}
                  type="checkbox"
                  checked={values.preferredWays.includes(way)}
                  onChange={(event) =>
                    set(
                      'preferredWays',
                      event.target.checked
                        ? [...values.preferredWays, way]
                        : values.preferredWays.filter((chosen) => chosen !== way),
                    )
                  }
                />
                <label htmlFor={fieldId(`preferredWays.${way}`)}>
                  {t(`appraisals.ways.${way}`)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </FormSection>

      <FormSection
        id={sectionId('career')}
        number={8}
        title={t('appraisals.summary.sections.career')}
      >
        <TextField
          {...textField('careerPlan')}
          label={t('appraisals.form.career.plan')}
          rows={3}
          maxLength={4000}
        />
        <TextField
          {...textField('careerTargetRole')}
          label={t('appraisals.form.career.targetRole')}
          hint={t('appraisals.form.career.targetRoleHint')}
          maxLength={200}
        />
      </FormSection>

      <FormSection
        id={sectionId('agreedActions')}
        number={9}
        title={t('appraisals.summary.sections.agreedActions')}
        intro={t('appraisals.form.agreedActions.intro')}
      >
        <ActionRows
          rows={values.agreedActions}
          context={context}
          {...rowHandlers('agreedActions')}
        />
      </FormSection>

      <FormSection
        id={sectionId('leaderAssessments')}
        number={10}
        title={t('appraisals.summary.sections.leaderAssessments')}
        intro={t('appraisals.form.leaderAssessments.intro')}
      >
        <LevelRows
          list="leaderAssessments"
          rows={values.leaderAssessments}
          context={context}
          {...rowHandlers('leaderAssessments')}
        />
      </FormSection>

      <section aria-labelledby={sectionId('summary')} className="appraisal-section summary-panel">
        <h2 id={sectionId('summary')}>{t('appraisals.form.summaryHeading')}</h2>
        <p className="section__intro">
          {mode === 'draft'
            ? t('appraisals.form.summaryIntro')
            : t('appraisals.amend.summaryIntro')}
        </p>
        <AppraisalSummaryView summary={summary} headingLevel={3} idPrefix={`${formId}-summary`} />
        <SignOffEffects effects={summary.effects} />
        {incompleteRows > 0 ? (
          <p className="notice notice--warning">
            {t('appraisals.form.incompleteWarning', { count: incompleteRows })}
          </p>
        ) : null}

        {mode === 'amend' ? (
          <Field
            id={fieldId('note')}
            label={t('appraisals.amend.note')}
            hint={t('appraisals.amend.noteHint')}
            errors={context.errorsFor('note')}
          >
            {(control) => (
              <textarea
                {...control}
                rows={3}
                maxLength={2000}
                aria-required="true"
                value={note}
                onChange={(event) => {
                  setNote(event.target.value);
                  setSubmitted((current) => withoutPrefix(current, 'note'));
                }}
              />
            )}
          </Field>
        ) : null}

        <ErrorSummary errors={general} />
        <div className="button-row">
          <button type="submit" className="button" aria-disabled={busy || inConflict || undefined}>
            {mode === 'amend'
              ? busy
                ? t('appraisals.amend.saving')
                : t('appraisals.amend.save')
              : busy
                ? t('appraisals.signOff.signing')
                : t('appraisals.signOff.submit')}
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
    </form>
  );
}
