import { errorMessage, isApiError, type ErrorMessage } from '@web/shared/graphql';
import { firstInvalidField, mapFieldErrors } from './field-errors';

export type FieldMessages<F extends string> = Partial<Record<F, string[]>>;

/** What a form shows after a failed attempt. */
export interface FormProblems<F extends string> {
  fields: FieldMessages<F>;
  /** Shown above the submit button: errors that belong to no field of the form. */
  general: ErrorMessage[];
  /** Where focus should go: the first invalid field in the form's order, if any. */
  firstInvalid: F | null;
}

export function noProblems<F extends string>(): FormProblems<F> {
  return { fields: {}, general: [], firstInvalid: null };
}

/**
 * Sorts a failed request onto the form: the API's field errors next to their
 * fields, errors for fields the form does not show and errors without fields
 * (not found, conflict, network) as general messages.
 */
export function problemsFromError<F extends string>(
  error: unknown,
  formFields: readonly F[],
): FormProblems<F> {
  const mapped = mapFieldErrors(isApiError(error) ? error.fields : [], formFields);
  const general: ErrorMessage[] = mapped.unmatched.map((problem) => ({ text: problem.message }));
  const hasFieldErrors = Object.keys(mapped.byField).length > 0;
  if (!hasFieldErrors && general.length === 0) general.push(errorMessage(error));
  return {
    fields: mapped.byField,
    general,
    firstInvalid: firstInvalidField(mapped.byField, formFields),
  };
}

/** Problems found before sending (empty required fields and the like). */
export function problemsFromFields<F extends string>(
  fields: FieldMessages<F>,
  formFields: readonly F[],
): FormProblems<F> {
  const present: FieldMessages<F> = {};
  for (const field of formFields) {
    const messages = fields[field];
    if (messages && messages.length > 0) present[field] = messages;
  }
  return { fields: present, general: [], firstInvalid: firstInvalidField(present, formFields) };
}

export function hasProblems<F extends string>(problems: FormProblems<F>): boolean {
  return problems.general.length > 0 || Object.keys(problems.fields).length > 0;
}

/** Client-side checks return message keys (testable without i18n); this translates them per field. */
export function translateFieldKeys<F extends string, K extends string>(
  keys: Partial<Record<F, K>>,
  t: (key: K) => string,
): FieldMessages<F> {
  const fields: FieldMessages<F> = {};
  for (const [field, key] of Object.entries(keys) as Array<[F, K | undefined]>) {
    if (key) fields[field] = [t(key)];
  }
  return fields;
}
