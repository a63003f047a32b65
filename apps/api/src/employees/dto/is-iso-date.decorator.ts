import { isIsoDate } from '@kp/domain';
import { ValidateBy, ValidationOptions } from 'class-validator';

/**
 * A calendar date written 'YYYY-MM-DD' that exists (no 2024-02-30). Registered under the
 * name `isDate`, so the validation pipe answers "… er ikke en gyldig dato" (INVALID_DATE).
 */
export function IsIsoDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDate',
      validator: { validate: (value: unknown) => isIsoDate(value) },
    },
    options,
  );
}
