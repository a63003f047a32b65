import { type ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { hasControlCharacters } from '@kp/domain';
import { isUUID, type ValidationError, type ValidatorOptions } from 'class-validator';
import { UserError } from '../errors/user-error';
import {
  CONTROL_CHARACTERS,
  controlCharacterErrors,
  flattenValidationErrors,
} from './field-problems';
import { describeConstraint } from './messages';

/** Names of plain (non-input-type) arguments, for messages about them. */
const ARGUMENT_LABELS: Record<string, string> = {
  email: 'E-post',
  password: 'Passord',
  confirmEmployeeNumber: 'Ansattnummer',
  after: 'Sidemarkør',
  id: 'Oppføringen',
  employeeId: 'Ansatt',
  requirementId: 'Kravet',
  roleAssignmentId: 'Rolletildelingen',
  competenceId: 'Kompetanse',
  municipalityId: 'Kommune',
  unitId: 'Enhet',
  cycleId: 'Samtalerunde',
};

/**
 * Plain ID arguments are named `id` or `…Id` and hold UUIDs (every table's key): one that is
 * not a UUID is refused here, by name, instead of failing as a database error further on.
 */
const ID_ARGUMENT = /^(id|[a-z][A-Za-z]*Id)$/;

/**
 * Validates every GraphQL input with class-validator and answers in Norwegian; refuses control
 * characters in any text, including plain string arguments class-validator never sees.
 */
export class KpValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (typeof value === 'string' && metadata.data) {
      const field = metadata.data;
      const label = ARGUMENT_LABELS[field] ?? field;
      if (hasControlCharacters(value)) {
        throw UserError.invalidInput([describeConstraint(field, label, CONTROL_CHARACTERS, {})]);
      }
      if (ID_ARGUMENT.test(field) && !isUUID(value, 'all')) {
        throw UserError.invalidInput([describeConstraint(field, label, 'isUuid', {})]);
      }
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
