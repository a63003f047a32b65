import { UserError } from '../common/errors/user-error';
import type { GraphQLContext } from '../graphql/context';
import type { Actor } from './roles';

/** The caller; the policy guard has already refused anonymous calls to guarded operations. */
export function requireActor(context: Pick<GraphQLContext, 'auth'>): Actor {
  if (!context.auth.actor) throw UserError.unauthenticated();
  return context.auth.actor;
}
