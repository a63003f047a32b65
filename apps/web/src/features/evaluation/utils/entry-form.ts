import { measurementProblems, parseNorwegianDecimal } from '@kp/domain';

export type EntryField = 'value' | 'measuredOn';
export const ENTRY_FIELDS: readonly EntryField[] = ['value', 'measuredOn'];

export interface EntryValues {
  /** As typed: a decimal comma (or point) allowed. */
  value: string;
  /** ISO date from the date input. */
  measuredOn: string;
}

type EntryErrorKey =
  | 'evaluation.entry.errors.valueRequired'
  | 'evaluation.entry.errors.notANumber'
  | 'evaluation.entry.errors.dateRequired'
  | 'evaluation.entry.errors.tooManyDecimals'
  | 'evaluation.entry.errors.wholeNumber'
  | 'evaluation.entry.errors.outOfRange'
  | 'evaluation.entry.errors.future'
  | 'evaluation.entry.errors.invalidDate';

/** A problem as a message key and its parameters (the form translates it). */
export interface EntryProblem {
  field: EntryField;
  key: EntryErrorKey;
  params?: Record<string, string | number>;
}

/**
 * The entry form's own check before sending, with the domain's rules (the API checks the same
 * and answers in Norwegian): a number with at most the indicator's decimals, a real date that
 * is not after today.
 */
export function entryProblems(
  values: EntryValues,
  decimals: number,
  today: string,
): EntryProblem[] {
  const problems: EntryProblem[] = [];
  const text = values.value.trim();
  const value = text === '' ? null : parseNorwegianDecimal(text);
  if (text === '') problems.push({ field: 'value', key: 'evaluation.entry.errors.valueRequired' });
  else if (value === null)
    problems.push({ field: 'value', key: 'evaluation.entry.errors.notANumber' });
  if (values.measuredOn.trim() === '') {
    problems.push({ field: 'measuredOn', key: 'evaluation.entry.errors.dateRequired' });
  }
  const checked = measurementProblems(
    { value: value ?? 0, measuredOn: values.measuredOn.trim() || today },
    { decimals },
    today,
  );
  for (const problem of checked) {
    if (problem.field === 'value' && value !== null) {
      problems.push({
        field: 'value',
        key:
          problem.code === 'TOO_MANY_DECIMALS'
            ? decimals === 0
              ? 'evaluation.entry.errors.wholeNumber'
              : 'evaluation.entry.errors.tooManyDecimals'
            : 'evaluation.entry.errors.outOfRange',
        params: { count: decimals },
      });
    }
    if (problem.field === 'measuredOn' && values.measuredOn.trim() !== '') {
      problems.push({
        field: 'measuredOn',
        key:
          problem.code === 'DATE_IN_FUTURE'
            ? 'evaluation.entry.errors.future'
            : 'evaluation.entry.errors.invalidDate',
      });
    }
  }
  return problems;
}

/** The value to send (the form has checked it). */
export function entryValue(values: EntryValues): number {
  return parseNorwegianDecimal(values.value.trim()) ?? Number.NaN;
}
