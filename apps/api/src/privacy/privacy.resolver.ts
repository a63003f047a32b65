import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { requireActor } from '../auth/require-actor';
import type { GraphQLContext } from '../graphql/context';
import { PrivacyService } from './privacy.service';

@Resolver()
export class PrivacyResolver {
  constructor(private readonly privacy: PrivacyService) {}

  @Query(() => String, {
    description: 'Everything held about one employee, as a JSON document (GDPR right of access).',
  })
  exportEmployeeData(
    @Args('employeeId', { type: () => ID }) employeeId: string,
    @Context() context: GraphQLContext,
  ): Promise<string> {
    return this.privacy.exportEmployeeData(requireActor(context), employeeId);
  }

  @Mutation(() => Boolean, {
    description: 'Erases what identifies an employee; levels, FTE and unit stay for aggregates.',
  })
  eraseEmployee(
    @Args('employeeId', { type: () => ID }) employeeId: string,
    @Args('confirmEmployeeNumber') confirmEmployeeNumber: string,
    @Context() context: GraphQLContext,
  ): Promise<boolean> {
    return this.privacy.eraseEmployee(requireActor(context), employeeId, confirmEmployeeNumber);
  }
}
