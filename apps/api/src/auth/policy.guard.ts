import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { UserError } from '../common/errors/user-error';
import type { GraphQLContext } from '../graphql/context';
import { policyFor } from './policy';
import { hasRole } from './roles';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * Global guard: every GraphQL query and mutation must have a row in the policy
 * table; an operation without one is refused (fail closed). Row-level scope is
 * enforced where the data is read.
 */
@Injectable()
export class PolicyGuard implements CanActivate {
  canActivate(executionContext: ExecutionContext): boolean {
    if (executionContext.getType<string>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(executionContext);
    const info = gql.getInfo<{ fieldName: string; parentType: { name: string } }>();
    if (!ROOT_TYPES.has(info.parentType.name)) return true;

    const policy = policyFor(info.fieldName);
    if (!policy) throw UserError.forbidden();
    if (policy.roles === 'PUBLIC') return true;
    const { actor } = gql.getContext<GraphQLContext>().auth;
    if (!actor) throw UserError.unauthenticated();
    if (!hasRole(actor, ...policy.roles)) throw UserError.forbidden();
    return true;
  }
}
