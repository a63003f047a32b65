import { ValidationError, ValidationPipe } from '@nestjs/common';
import { UserError } from '../errors/user-error';
import { fieldLabel } from './label.decorator';
import { describeConstraint, FieldProblem } from './messages';

export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const label = fieldLabel(error.target, error.property);
    const own = Object.entries(error.constraints ?? {}).map(([constraint]) =>
      describeConstraint(field, label, constraint, error.constraints ?? {}),
    );
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** Validates every GraphQL input with class-validator and answers in Norwegian. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => UserError.invalidInput(flattenValidationErrors(errors)),
  });
}
