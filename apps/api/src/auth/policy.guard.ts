import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuditService } from '../audit/audit.service';
import { UserError } from '../common/errors/user-error';
import type { GraphQLContext } from '../graphql/context';
import { policyFor } from './policy';
import { requestOrigin } from './request-origin';
import { hasRole } from './roles';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * Global guard: every GraphQL query and mutation must have a row in the policy
 * table; an operation without one is refused (fail closed). Row-level scope is
 * enforced where the data is read. Refusals are written to the audit log (thinned, see
 * AuditService.refused), except a signed-out caller asking who they are (`me`), which the
 * web app does on every visit.
 */
@Injectable()
export class PolicyGuard implements CanActivate {
  constructor(private readonly audit: AuditService) {}

  async canActivate(executionContext: ExecutionContext): Promise<boolean> {
    if (executionContext.getType<string>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(executionContext);
    const info = gql.getInfo<{ fieldName: string; parentType: { name: string } }>();
    if (!ROOT_TYPES.has(info.parentType.name)) return true;

    const context = gql.getContext<GraphQLContext>();
    const policy = policyFor(info.fieldName);
    let refusal: UserError | null = null;
    if (!policy) refusal = UserError.forbidden();
    else if (policy.roles === 'PUBLIC') return true;
    else if (!context.auth.actor) refusal = UserError.unauthenticated();
    else if (!hasRole(context.auth.actor, ...policy.roles)) refusal = UserError.forbidden();
    if (!refusal) return true;

    const reason = String(refusal.extensions.code);
    const ownAccount = policy?.data === 'ACCOUNT' && reason === 'UNAUTHENTICATED';
    if (!ownAccount && firstRefusalOf(context)) {
      await this.audit.refused(context.auth.actor, requestOrigin(context.req, context.auth), {
        action: 'access.denied',
        reason,
        operation: info.fieldName,
      });
    }
    throw refusal;
  }
}

const refusedRequests = new WeakSet<object>();

/** One entry per request, however many refused fields (aliases) it asks for. */
function firstRefusalOf(context: GraphQLContext): boolean {
  if (refusedRequests.has(context.req)) return false;
  refusedRequests.add(context.req);
  return true;
}
