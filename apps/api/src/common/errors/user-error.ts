import { GraphQLError } from 'graphql';
import type { FieldProblem } from '../validation/messages';

/**
 * An error the user can act on: a machine code, a Norwegian message and,
 * where it concerns fields, one entry per field.
 */
export class UserError extends GraphQLError {
  constructor(
    code: string,
    message: string,
    fields: FieldProblem[] = [],
    extra: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { ...extra, code, fields } });
  }

  static invalidInput(fields: FieldProblem[]): UserError {
    const summary = fields.map((field) => field.message).join('; ');
    return new UserError('BAD_USER_INPUT', `Ugyldige opplysninger: ${summary}`, fields);
  }

  static field(field: string, code: string, message: string): UserError {
    return new UserError('BAD_USER_INPUT', message, [{ field, code, message }]);
  }

  static unauthenticated(): UserError {
    return new UserError('UNAUTHENTICATED', 'Du må logge inn for å se dette.');
  }

  static forbidden(): UserError {
    return new UserError('FORBIDDEN', 'Du har ikke tilgang til dette.');
  }

  /**
   * Optimistic locking: someone else saved first. With `current`, the saved version of the
   * record (the fields a user edits) goes along in `extensions.current`, so a form can show
   * "yours" and "theirs" side by side.
   */
  static conflict(what: string, current?: Record<string, unknown>): UserError {
    return new UserError(
      'CONFLICT',
      `Noen andre har endret ${what} mens du arbeidet. Last inn på nytt og gjør endringen igjen.`,
      [],
      current ? { current } : {},
    );
  }

  /** Used both for missing records and for records outside the caller's scope. */
  static notFound(what: string): UserError {
    return new UserError('NOT_FOUND', `Fant ikke ${what}`);
  }
}

/**
 * Throws every problem found at once, so a form can mark all its fields in one round;
 * a single problem keeps its own message (as UserError.field does).
 */
export function rejectIfAny(problems: FieldProblem[]): void {
  if (problems.length === 0) return;
  if (problems.length === 1) {
    throw new UserError('BAD_USER_INPUT', problems[0].message, problems);
  }
  throw UserError.invalidInput(problems);
}
