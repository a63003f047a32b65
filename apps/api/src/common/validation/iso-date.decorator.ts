import { dateProblem, type DateRuleName, isIsoDate, todayInNorway } from '@kp/domain';
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

/**
 * A date within its rule's range (libs/domain input-rules.ts): "Startdato kan ikke være før
 * 01.01.1940". A value that is not a date is left to IsIsoDate.
 */
export function DateWithin(rule: DateRuleName, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'dateWithin',
      validator: {
        validate: (value: unknown) =>
          !isIsoDate(value) || dateProblem('', value, rule, todayInNorway()) === null,
        // not shown (the pipe words it); class-validator passes the context on only with a message
        defaultMessage: () => `outside ${rule}`,
      },
    },
    { ...options, context: { rule } },
  );
}
