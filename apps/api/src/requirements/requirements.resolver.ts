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
import { Competence } from '../competences/models/competence.model';
import type { GraphQLContext } from '../graphql/context';
import { Municipality } from '../organisation/models/municipality.model';
import { Unit } from '../organisation/models/unit.model';
import { CopyRequirementsInput } from './dto/copy-requirements.input';
import { CreateRequirementInput } from './dto/create-requirement.input';
import { RequirementFilter } from './dto/requirement-filter.input';
import { UpdateRequirementInput } from './dto/update-requirement.input';
import { CopyRequirementsResult, Requirement } from './models/requirement.model';
import { RequirementsService } from './requirements.service';
import { IntBetween, MAX_VERSION } from '../common/validation/argument.pipes';

@Resolver(() => Requirement)
export class RequirementsResolver {
  constructor(private readonly service: RequirementsService) {}

  @Query(() => [Requirement], {
    description: "The region's competence requirements, by unit (top first), area and name.",
  })
  requirements(
    @Args('filter', { type: () => RequirementFilter, nullable: true })
    filter: RequirementFilter | null,
    @Context() context: GraphQLContext,
  ): Promise<Requirement[]> {
    return this.service.list(requireActor(context), filter);
  }

  @Query(() => Requirement, { nullable: true })
  requirement(
    @Args('id', { type: () => ID }) id: string,
    @Context() context: GraphQLContext,
  ): Promise<Requirement | null> {
    return this.service.get(requireActor(context), id);
  }

  @Mutation(() => Requirement, {
    description: 'A unit outside the caller’s scope answers like a missing unit.',
  })
  createRequirement(
    @Args('input') input: CreateRequirementInput,
    @Context() context: GraphQLContext,
  ): Promise<Requirement> {
    return this.service.create(requireActor(context), input);
  }

  @Mutation(() => Requirement, {
    description: 'A stale version gives CONFLICT and changes nothing.',
  })
  updateRequirement(
    @Args('input') input: UpdateRequirementInput,
    @Context() context: GraphQLContext,
  ): Promise<Requirement> {
    return this.service.update(requireActor(context), input);
  }

  @Mutation(() => ID, { description: 'Deletes a requirement; returns its id.' })
  deleteRequirement(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }, new IntBetween('Versjon', 1, MAX_VERSION))
    version: number,
    @Context() context: GraphQLContext,
  ): Promise<string> {
    return this.service.delete(requireActor(context), id, version);
  }

  @Mutation(() => CopyRequirementsResult, {
    description: "Copies a unit's requirement set (a template) to other units.",
  })
  copyRequirements(
    @Args('input') input: CopyRequirementsInput,
    @Context() context: GraphQLContext,
  ): Promise<CopyRequirementsResult> {
    return this.service.copy(requireActor(context), input);
  }

  @ResolveField(() => Unit)
  async unit(
    @Parent() requirement: Requirement,
    @Context() context: GraphQLContext,
  ): Promise<Unit> {
    const unit = await context.loaders.organisation.unitById.load(requirement.unitId);
    if (!unit) throw new Error(`Requirement ${requirement.id} has no unit`);
    return unit;
  }

  @ResolveField(() => Municipality)
  async municipality(
    @Parent() requirement: Requirement,
    @Context() context: GraphQLContext,
  ): Promise<Municipality> {
    const municipality = await context.loaders.organisation.municipalityById.load(
      requirement.municipalityId,
    );
    if (!municipality) throw new Error(`Requirement ${requirement.id} has no municipality`);
    return municipality;
  }

  @ResolveField(() => Competence)
  async competence(
    @Parent() requirement: Requirement,
    @Context() context: GraphQLContext,
  ): Promise<Competence> {
    const competence = await context.loaders.competences.competenceById.load(
      requirement.competenceId,
    );
    if (!competence) throw new Error(`Requirement ${requirement.id} has no competence`);
    return competence;
  }
}
