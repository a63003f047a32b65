import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { requireActor } from '../auth/require-actor';
import { Competence } from '../competences/models/competence.model';
import type { GraphQLContext } from '../graphql/context';
import { CopyRequirementsInput } from './dto/copy-requirements.input';
import { CreateRequirementInput } from './dto/create-requirement.input';
import { UpdateRequirementInput } from './dto/update-requirement.input';
import { CopyRequirementsResult, Requirement } from './models/requirement.model';
import { COMPETENCE_KIND } from './requirement-kinds';
import { RequirementResolverBase } from './requirement-resolver.base';

@Resolver(() => Requirement)
export class RequirementsResolver extends RequirementResolverBase(COMPETENCE_KIND, {
  type: Requirement,
  label: 'Requirement',
  list: {
    name: 'requirements',
    description: "The region's competence requirements, by unit (top first), area and name.",
  },
  delete: { name: 'deleteRequirement', description: 'Deletes a requirement; returns its id.' },
}) {
  @Query(() => Requirement, { nullable: true })
  requirement(
    @Args('id', { type: () => ID }) id: string,
    @Context() context: GraphQLContext,
  ): Promise<Requirement | null> {
    return this.service.of(COMPETENCE_KIND).get(requireActor(context), id);
  }

  @Mutation(() => Requirement, {
    description: 'A unit outside the caller’s scope answers like a missing unit.',
  })
  createRequirement(
    @Args('input') input: CreateRequirementInput,
    @Context() context: GraphQLContext,
  ): Promise<Requirement> {
    return this.service.of(COMPETENCE_KIND).create(requireActor(context), input);
  }

  @Mutation(() => Requirement, {
    description: 'A stale version gives CONFLICT and changes nothing.',
  })
  updateRequirement(
    @Args('input') input: UpdateRequirementInput,
    @Context() context: GraphQLContext,
  ): Promise<Requirement> {
    return this.service.of(COMPETENCE_KIND).update(requireActor(context), input);
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
