import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { requireActor } from '../auth/require-actor';
import type { GraphQLContext } from '../graphql/context';
import { CompetencesService } from './competences.service';
import { CompetenceFilter } from './dto/competence-filter.input';
import { CreateCompetenceInput } from './dto/create-competence.input';
import { UpdateCompetenceInput } from './dto/update-competence.input';
import { Competence } from './models/competence.model';

@Resolver(() => Competence)
export class CompetencesResolver {
  constructor(private readonly service: CompetencesService) {}

  @Query(() => [Competence], { description: "The region's catalogue, sorted by area and name." })
  competences(
    // typed without `| null` so the validation pipe sees the class (a union erases to Object)
    @Args('filter', { type: () => CompetenceFilter, nullable: true })
    filter: CompetenceFilter,
    @Context() context: GraphQLContext,
  ): Promise<Competence[]> {
    return this.service.list(requireActor(context), filter);
  }

  @Query(() => Competence, { nullable: true })
  competence(
    @Args('id', { type: () => ID }) id: string,
    @Context() context: GraphQLContext,
  ): Promise<Competence | null> {
    return this.service.get(requireActor(context), id);
  }

  @Query(() => [String], { description: 'The areas of the active catalogue, sorted.' })
  competenceAreas(@Context() context: GraphQLContext): Promise<string[]> {
    return this.service.areas(requireActor(context));
  }

  @Mutation(() => Competence)
  createCompetence(
    @Args('input') input: CreateCompetenceInput,
    @Context() context: GraphQLContext,
  ): Promise<Competence> {
    return this.service.create(requireActor(context), input);
  }

  @Mutation(() => Competence, {
    description: 'A stale version gives CONFLICT and changes nothing.',
  })
  updateCompetence(
    @Args('input') input: UpdateCompetenceInput,
    @Context() context: GraphQLContext,
  ): Promise<Competence> {
    return this.service.update(requireActor(context), input);
  }
}
