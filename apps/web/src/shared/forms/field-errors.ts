import type { FieldError } from '@web/shared/graphql';

export interface MappedFieldErrors<F extends string> {
  /** Messages per form field, in the order the API sent them. */
  byField: Partial<Record<F, string[]>>;
  /** Errors for fields the form does not show; the form lists them on their own. */
  unmatched: FieldError[];
}

/**
 * Sorts the API's field errors onto a form's fields. The API names fields as
 * in its input type (`name`, `parentId`); a nested path such as `input.name`
 * is matched on its last part.
 */
export function mapFieldErrors<F extends string>(
  errors: readonly FieldError[],
  formFields: readonly F[],
): MappedFieldErrors<F> {
  const byField: Partial<Record<F, string[]>> = {};
  const unmatched: FieldError[] = [];
  for (const error of errors) {
    const name = error.field.split('.').pop() ?? error.field;
    const field = formFields.find((candidate) => candidate === name);
    if (field === undefined) {
      unmatched.push(error);
      continue;
    }
    const messages = byField[field] ?? [];
    if (!messages.includes(error.message)) messages.push(error.message);
    byField[field] = messages;
  }
  return { byField, unmatched };
}

/** The first field, in the form's order, that has an error: where focus should go. */
export function firstInvalidField<F extends string>(
  byField: Partial<Record<F, string[]>>,
  formFields: readonly F[],
): F | null {
  return formFields.find((field) => (byField[field]?.length ?? 0) > 0) ?? null;
}
