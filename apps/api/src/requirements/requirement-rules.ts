import { UserError } from '../common/errors/user-error';
import type { FieldProblem } from '../common/validation/messages';

// The requirement's own value rules (amount, level, target date) are in @kp/domain
// (requirement-rules.ts); what is left here is how the API answers about units.

/** A unit outside the caller's scope is reported exactly like one that does not exist. */
export function unknownUnitProblem(field = 'unitId'): FieldProblem {
  return { field, code: 'UNKNOWN_UNIT', message: 'Enheten finnes ikke' };
}

export function unknownUnit(field = 'unitId'): UserError {
  const problem = unknownUnitProblem(field);
  return UserError.field(problem.field, problem.code, problem.message);
}
