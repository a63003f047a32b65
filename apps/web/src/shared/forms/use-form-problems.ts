import { useCallback, useEffect, useState } from 'react';
import {
  noProblems,
  problemsFromError,
  problemsFromFields,
  type FieldMessages,
  type FormProblems,
} from './form-problems';

/**
 * A form's problems and the focus rule that goes with them: after a failed
 * attempt, focus moves to the first invalid field (found by its element id),
 * so keyboard and screen-reader users land where the fix is needed.
 */
export function useFormProblems<F extends string>(
  formFields: readonly F[],
  fieldId: (field: F) => string,
) {
  const [problems, setProblems] = useState<FormProblems<F>>(noProblems);
  const [focusRequest, setFocusRequest] = useState<{ id: string } | null>(null);

  useEffect(() => {
    if (focusRequest) document.getElementById(focusRequest.id)?.focus();
  }, [focusRequest]);

  const show = useCallback(
    (next: FormProblems<F>) => {
      setProblems(next);
      if (next.firstInvalid) setFocusRequest({ id: fieldId(next.firstInvalid) });
    },
    [fieldId],
  );

  return {
    problems,
    /** Messages for one field (empty when it is fine). */
    errorsFor: (field: F): string[] => problems.fields[field] ?? [],
    showError: (error: unknown) => show(problemsFromError(error, formFields)),
    showFieldErrors: (fields: FieldMessages<F>) => show(problemsFromFields(fields, formFields)),
    clearField: (field: F) => {
      if (!problems.fields[field]) return;
      setProblems((current) => ({ ...current, fields: { ...current.fields, [field]: undefined } }));
    },
    reset: () => setProblems(noProblems()),
  };
}
