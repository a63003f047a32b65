import { UserError } from '../common/errors/user-error';
import type { FieldProblem } from '../common/validation/messages';

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
