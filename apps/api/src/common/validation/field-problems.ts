import { hasControlCharacters } from '@kp/domain';
import { ValidationError } from 'class-validator';
import { fieldLabel } from './label.decorator';
import { describeConstraint, type FieldProblem } from './messages';

/** class-validator's errors, nested, as one Norwegian problem per field ("content.heldOn"). */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const label = fieldLabel(error.target, error.property);
    const own = Object.entries(error.constraints ?? {}).map(([constraint]) =>
      describeConstraint(field, label, constraint, error.constraints ?? {}, {
        value: error.value as unknown,
        target: error.target,
        property: error.property,
        context: error.contexts?.[constraint] as Record<string, unknown> | undefined,
      }),
    );
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

export const CONTROL_CHARACTERS = 'noControlCharacters';

/**
 * Every text in an argument, at any depth, is checked for control characters (a NUL reached
 * PostgreSQL and answered 500 before): one rule for every input, without a decorator to forget.
 */
export function controlCharacterErrors(
  value: unknown,
  seen = new Set<object>(),
): ValidationError[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  const errors: ValidationError[] = [];
  for (const [property, child] of Object.entries(value)) {
    const error = new ValidationError();
    error.target = value;
    error.property = property;
    if (typeof child === 'string') {
      if (!hasControlCharacters(child)) continue;
      error.constraints = { [CONTROL_CHARACTERS]: 'control characters' };
      error.children = [];
    } else {
      error.children = controlCharacterErrors(child, seen);
      if (error.children.length === 0) continue;
    }
    errors.push(error);
  }
  return errors;
}
