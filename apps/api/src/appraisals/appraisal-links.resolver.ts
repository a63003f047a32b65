import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Competence } from '../competences/models/competence.model';
import { Employee } from '../employees/models/employee.model';
import type { GraphQLContext } from '../graphql/context';
import { Municipality } from '../organisation/models/municipality.model';
import { Unit } from '../organisation/models/unit.model';
import { employeeOf } from './appraisals.resolver';
import {
  AppraisalAction,
  AppraisalCompetenceLevel,
  AppraisalContent,
  AppraisalDevelopmentWish,
  AppraisalSelfDeclaration,
} from './models/appraisal-content.model';
import { AppraisalDraft } from './models/appraisal-draft.model';
import { AppraisalProgress, PendingAppraisal } from './models/appraisal-progress.model';
import { AppraisalCompetenceFigure } from './models/appraisal-statistics.model';
import { DevelopmentItem } from './models/development-item.model';
import { TeachingDirectoryTopic } from './models/teaching-directory.model';

// Catalogue entries, employees and units behind the appraisal types, through the per-request
// loaders: a list of records costs one read per kind, however long it is.

async function competenceOf(context: GraphQLContext, id: string): Promise<Competence> {
  const competence = await context.loaders.competences.competenceById.load(id);
  if (!competence) throw new Error(`Competence ${id} is missing`);
  return competence;
}

@Resolver(() => AppraisalSelfDeclaration)
export class AppraisalSelfDeclarationResolver {
  @ResolveField(() => Competence)
  competence(@Parent() line: AppraisalSelfDeclaration, @Context() context: GraphQLContext) {
    return competenceOf(context, line.competenceId);
  }
}

@Resolver(() => AppraisalCompetenceLevel)
export class AppraisalCompetenceLevelResolver {
  @ResolveField(() => Competence)
  competence(@Parent() line: AppraisalCompetenceLevel, @Context() context: GraphQLContext) {
    return competenceOf(context, line.competenceId);
  }
}

@Resolver(() => AppraisalDevelopmentWish)
export class AppraisalDevelopmentWishResolver {
  @ResolveField(() => Competence)
  competence(@Parent() line: AppraisalDevelopmentWish, @Context() context: GraphQLContext) {
    return competenceOf(context, line.competenceId);
  }
}

@Resolver(() => AppraisalAction)
export class AppraisalActionResolver {
  @ResolveField(() => Competence, { nullable: true })
  competence(@Parent() line: AppraisalAction, @Context() context: GraphQLContext) {
    return line.competenceId ? competenceOf(context, line.competenceId) : null;
  }
}

@Resolver(() => AppraisalContent)
export class AppraisalContentResolver {
  @ResolveField(() => [Competence])
  teachingTopics(@Parent() content: AppraisalContent, @Context() context: GraphQLContext) {
    return Promise.all(content.teachingTopicIds.map((id) => competenceOf(context, id)));
  }
}

@Resolver(() => AppraisalDraft)
export class AppraisalDraftResolver {
  @ResolveField(() => Employee)
  employee(@Parent() draft: AppraisalDraft, @Context() context: GraphQLContext) {
    return employeeOf(context, draft.employeeId);
  }
}

@Resolver(() => PendingAppraisal)
export class PendingAppraisalResolver {
  @ResolveField(() => Employee)
  employee(@Parent() pending: PendingAppraisal, @Context() context: GraphQLContext) {
    return employeeOf(context, pending.employeeId);
  }
}

@Resolver(() => AppraisalProgress)
export class AppraisalProgressResolver {
  @ResolveField(() => Unit, { nullable: true })
  unit(@Parent() progress: AppraisalProgress, @Context() context: GraphQLContext) {
    return progress.unitId ? context.loaders.organisation.unitById.load(progress.unitId) : null;
  }

  @ResolveField(() => Municipality)
  async municipality(@Parent() progress: AppraisalProgress, @Context() context: GraphQLContext) {
    const municipality = await context.loaders.organisation.municipalityById.load(
      progress.municipalityId,
    );
    if (!municipality) throw new Error(`Municipality ${progress.municipalityId} is missing`);
    return municipality;
  }
}

@Resolver(() => AppraisalCompetenceFigure)
export class AppraisalCompetenceFigureResolver {
  @ResolveField(() => Competence)
  competence(@Parent() figure: AppraisalCompetenceFigure, @Context() context: GraphQLContext) {
    return competenceOf(context, figure.competenceId);
  }
}

@Resolver(() => TeachingDirectoryTopic)
export class TeachingDirectoryTopicResolver {
  @ResolveField(() => Competence)
  competence(@Parent() topic: TeachingDirectoryTopic, @Context() context: GraphQLContext) {
    return competenceOf(context, topic.competenceId);
  }
}

@Resolver(() => DevelopmentItem)
export class DevelopmentItemResolver {
  @ResolveField(() => Competence, { nullable: true })
  competence(@Parent() item: DevelopmentItem, @Context() context: GraphQLContext) {
    return item.competenceId ? competenceOf(context, item.competenceId) : null;
  }
}
