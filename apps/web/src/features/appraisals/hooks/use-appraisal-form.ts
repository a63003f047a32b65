import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, isApiError, type ErrorMessage } from '@web/shared/graphql';
import type { FormContext } from '../components/form-context';
import {
  contentFingerprint,
  formFieldForApiPath,
  formValuesFromContent,
  toContentInput,
  type AppraisalFormValues,
  type RowList,
  type SentRowKeys,
} from '../utils/appraisal-form-values';
import { buildAppraisalSummary } from '../utils/appraisal-form-summary';
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
import { useAppraisalAutosave } from './use-appraisal-autosave';
import { useAmendAppraisal, useCompleteAppraisal } from './use-appraisal-mutations';

export interface AppraisalFormOptions {
  draft: AppraisalDraft;
  index: CompetenceIndex;
  mode: 'draft' | 'amend';
  today: string;
  onDone: (message: string) => void;
}

/** Handlers of one list of rows: change a row, add one (focus on it), remove one. */
export interface RowHandlers {
  onChange: (key: string, patch: object) => void;
  onAdd: () => void;
  onRemove: (key: string) => void;
}

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
 * The appraisal form's state and actions: the values (autosaved as a draft), the messages
 * at the fields (live checks and the last attempt), focus after a change of rows or a failed
 * attempt, and signing off or amending.
 */
export function useAppraisalForm({ draft, index, mode, today, onDone }: AppraisalFormOptions) {
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

  const set = <K extends keyof AppraisalFormValues>(key: K, value: AppraisalFormValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setSubmitted((current) => withoutPrefix(current, key));
  };

  const rowHandlers = (list: RowList): RowHandlers => ({
    onChange: (key, patch) => {
      setValues((current) => updateRow(current, list, key, patch));
      setSubmitted((current) => withoutPrefix(current, `${list}.${key}.`));
    },
    onAdd: () => {
      const added = addRow(values, list);
      setValues(added.values);
      setFocusRequest({ id: fieldId(firstField(list, added.key)) });
    },
    onRemove: (key) => {
      const removed = removeRow(values, list, key);
      setValues(removed.values);
      setSubmitted((current) => withoutPrefix(current, `${list}.${key}.`));
      setFocusRequest({
        id: fieldId(removed.focusKey ? firstField(list, removed.focusKey) : `${list}.add`),
      });
    },
  });

  const changeNote = (text: string) => {
    setNote(text);
    setSubmitted((current) => withoutPrefix(current, 'note'));
  };

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

  return {
    formId,
    values,
    set,
    rowHandlers,
    context,
    summary,
    note,
    changeNote,
    general,
    busy,
    autosave,
    /** Signs off a draft or saves an amendment, after the checks. */
    submit: () => (mode === 'amend' ? saveAmendment() : void signOff()),
  };
}

export type AppraisalFormState = ReturnType<typeof useAppraisalForm>;
