import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { requireActor } from '../auth/require-actor';
import type { GraphQLContext } from '../graphql/context';
import {
  CreateStaffingRequirementInput,
  UpdateStaffingRequirementInput,
} from './dto/staffing-requirement.input';
import { StaffingRequirement } from './models/requirement.model';
import { STAFFING_KIND } from './requirement-kinds';
import { RequirementResolverBase } from './requirement-resolver.base';

@Resolver(() => StaffingRequirement)
export class StaffingRequirementsResolver extends RequirementResolverBase(STAFFING_KIND, {
  type: StaffingRequirement,
  label: 'Staffing requirement',
  list: {
    name: 'staffingRequirements',
    description: 'Staffing requirements (årsverk per profession), by unit and profession.',
  },
  delete: { name: 'deleteStaffingRequirement' },
}) {
  @Mutation(() => StaffingRequirement)
  createStaffingRequirement(
    @Args('input') input: CreateStaffingRequirementInput,
    @Context() context: GraphQLContext,
  ): Promise<StaffingRequirement> {
    return this.service.of(STAFFING_KIND).create(requireActor(context), input);
  }

  @Mutation(() => StaffingRequirement, {
    description: 'A stale version gives CONFLICT and changes nothing.',
  })
  updateStaffingRequirement(
    @Args('input') input: UpdateStaffingRequirementInput,
    @Context() context: GraphQLContext,
  ): Promise<StaffingRequirement> {
    return this.service.of(STAFFING_KIND).update(requireActor(context), input);
  }
}
