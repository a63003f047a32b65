import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Competence } from '../competences/models/competence.model';
import type { GraphQLContext } from '../graphql/context';
import { Assessment } from './models/assessment.model';
import { CompetenceStatus } from './models/competence-status.model';
import { QualificationCompetence } from './models/qualification.model';

// The catalogue entry behind a status, a qualification's mapping or an assessment, through
// the per-request loader: a whole page of employees costs one catalogue read.

async function competenceOf(context: GraphQLContext, id: string): Promise<Competence> {
  const competence = await context.loaders.competences.competenceById.load(id);
  if (!competence) throw new Error(`Competence ${id} is missing`);
  return competence;
}

@Resolver(() => CompetenceStatus)
export class CompetenceStatusResolver {
  @ResolveField(() => Competence)
  competence(@Parent() status: CompetenceStatus, @Context() context: GraphQLContext) {
    return competenceOf(context, status.competenceId);
  }
}

@Resolver(() => QualificationCompetence)
export class QualificationCompetenceResolver {
  @ResolveField(() => Competence)
  competence(@Parent() mapping: QualificationCompetence, @Context() context: GraphQLContext) {
    return competenceOf(context, mapping.competenceId);
  }
}

@Resolver(() => Assessment)
export class AssessmentCompetenceResolver {
  @ResolveField(() => Competence)
  competence(@Parent() assessment: Assessment, @Context() context: GraphQLContext) {
    return competenceOf(context, assessment.competenceId);
  }
}
