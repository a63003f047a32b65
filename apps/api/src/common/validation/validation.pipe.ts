import { type ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { hasControlCharacters } from '@kp/domain';
import type { ValidationError, ValidatorOptions } from 'class-validator';
import { UserError } from '../errors/user-error';
import {
  CONTROL_CHARACTERS,
  controlCharacterErrors,
  flattenValidationErrors,
} from './field-problems';
import { describeConstraint } from './messages';

/** Names of plain (non-input-type) string arguments, for messages about them. */
const ARGUMENT_LABELS: Record<string, string> = {
  email: 'E-post',
  password: 'Passord',
  confirmEmployeeNumber: 'Ansattnummer',
  after: 'Sidemarkør',
};

/**
 * Validates every GraphQL input with class-validator and answers in Norwegian; refuses control
 * characters in any text, including plain string arguments class-validator never sees.
 */
export class KpValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (typeof value === 'string' && hasControlCharacters(value)) {
      const field = metadata.data ?? 'value';
      const label = ARGUMENT_LABELS[field] ?? field;
      throw UserError.invalidInput([describeConstraint(field, label, CONTROL_CHARACTERS, {})]);
    }
    return super.transform(value, metadata);
  }

  protected override async validate(
    object: object,
    options?: ValidatorOptions,
  ): Promise<ValidationError[]> {
    const errors = await super.validate(object, options);
    return [...errors, ...controlCharacterErrors(object)];
  }
}

export function createValidationPipe(): ValidationPipe {
  return new KpValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    // values are kept on the errors for the date rules' messages; they never reach the client
    validationError: { target: true, value: true },
    exceptionFactory: (errors) => UserError.invalidInput(flattenValidationErrors(errors)),
  });
}
