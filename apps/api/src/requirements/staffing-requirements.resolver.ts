import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { requireActor } from '../auth/require-actor';
import type { GraphQLContext } from '../graphql/context';
import { Municipality } from '../organisation/models/municipality.model';
import { Unit } from '../organisation/models/unit.model';
import { RequirementFilter } from './dto/requirement-filter.input';
import {
  CreateStaffingRequirementInput,
  UpdateStaffingRequirementInput,
} from './dto/staffing-requirement.input';
import { StaffingRequirement } from './models/requirement.model';
import { StaffingRequirementsService } from './staffing-requirements.service';
import { IntBetween, MAX_VERSION } from '../common/validation/argument.pipes';

@Resolver(() => StaffingRequirement)
export class StaffingRequirementsResolver {
  constructor(private readonly service: StaffingRequirementsService) {}

  @Query(() => [StaffingRequirement], {
    description: 'Staffing requirements (årsverk per profession), by unit and profession.',
  })
  staffingRequirements(
    @Args('filter', { type: () => RequirementFilter, nullable: true })
    filter: RequirementFilter | null,
    @Context() context: GraphQLContext,
  ): Promise<StaffingRequirement[]> {
    return this.service.list(requireActor(context), filter);
  }

  @Mutation(() => StaffingRequirement)
  createStaffingRequirement(
    @Args('input') input: CreateStaffingRequirementInput,
    @Context() context: GraphQLContext,
  ): Promise<StaffingRequirement> {
    return this.service.create(requireActor(context), input);
  }

  @Mutation(() => StaffingRequirement, {
    description: 'A stale version gives CONFLICT and changes nothing.',
  })
  updateStaffingRequirement(
    @Args('input') input: UpdateStaffingRequirementInput,
    @Context() context: GraphQLContext,
  ): Promise<StaffingRequirement> {
    return this.service.update(requireActor(context), input);
  }

  @Mutation(() => ID)
  deleteStaffingRequirement(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }, new IntBetween('Versjon', 1, MAX_VERSION))
    version: number,
    @Context() context: GraphQLContext,
  ): Promise<string> {
    return this.service.delete(requireActor(context), id, version);
  }

  @ResolveField(() => Unit)
  async unit(
    @Parent() requirement: StaffingRequirement,
    @Context() context: GraphQLContext,
  ): Promise<Unit> {
    const unit = await context.loaders.organisation.unitById.load(requirement.unitId);
    if (!unit) throw new Error(`Staffing requirement ${requirement.id} has no unit`);
    return unit;
  }

  @ResolveField(() => Municipality)
  async municipality(
    @Parent() requirement: StaffingRequirement,
    @Context() context: GraphQLContext,
  ): Promise<Municipality> {
    const municipality = await context.loaders.organisation.municipalityById.load(
      requirement.municipalityId,
    );
    if (!municipality)
      throw new Error(`Staffing requirement ${requirement.id} has no municipality`);
    return municipality;
  }
}
