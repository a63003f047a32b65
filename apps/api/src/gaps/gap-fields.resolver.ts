import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Competence } from '../competences/models/competence.model';
import type { GraphQLContext } from '../graphql/context';
import { Municipality } from '../organisation/models/municipality.model';
import { Unit } from '../organisation/models/unit.model';
import { Requirement } from '../requirements/models/requirement.model';
import { ExpiringCertificatesRow } from './models/expiring-certificates.model';
import {
  GapHeatmap,
  GapHolder,
  GapRollUp,
  MobilisationEnd,
  MobilisationOption,
  RequirementGap,
} from './models/gap-analysis.model';
import { RetirementSeries } from './models/retirement-wave.model';

// Labels for the gap views' rows, each through a per-request DataLoader, so a region view with
// hundreds of rows costs one statement per kind of label.

async function unitOf(context: GraphQLContext, id: string): Promise<Unit> {
  const unit = await context.loaders.organisation.unitById.load(id);
  if (!unit) throw new Error(`Unit ${id} not found`);
  return unit;
}

async function competenceOf(context: GraphQLContext, id: string): Promise<Competence> {
  const competence = await context.loaders.competences.competenceById.load(id);
  if (!competence) throw new Error(`Competence ${id} not found`);
  return competence;
}

@Resolver(() => RequirementGap)
export class RequirementGapFieldsResolver {
  @ResolveField(() => Requirement)
  async requirement(@Parent() gap: RequirementGap, @Context() context: GraphQLContext) {
    const requirement = await context.loaders.requirements.requirementById.load(gap.requirementId);
    if (!requirement) throw new Error(`Requirement ${gap.requirementId} not found`);
    return requirement;
  }

  @ResolveField(() => Unit)
  unit(@Parent() gap: RequirementGap, @Context() context: GraphQLContext) {
    return unitOf(context, gap.unitId);
  }

  @ResolveField(() => Competence)
  competence(@Parent() gap: RequirementGap, @Context() context: GraphQLContext) {
    return competenceOf(context, gap.competenceId);
  }
}

@Resolver(() => GapRollUp)
export class GapRollUpFieldsResolver {
  @ResolveField(() => Unit, { nullable: true })
  unit(@Parent() row: GapRollUp, @Context() context: GraphQLContext) {
    return row.unitId ? unitOf(context, row.unitId) : null;
  }

  @ResolveField(() => Municipality, { nullable: true })
  municipality(@Parent() row: GapRollUp, @Context() context: GraphQLContext) {
    return row.municipalityId
      ? context.loaders.organisation.municipalityById.load(row.municipalityId)
      : null;
  }

  @ResolveField(() => Competence)
  competence(@Parent() row: GapRollUp, @Context() context: GraphQLContext) {
    return competenceOf(context, row.competenceId);
  }
}

@Resolver(() => GapHeatmap)
export class GapHeatmapFieldsResolver {
  @ResolveField(() => [Competence], { description: 'The columns, by area and name.' })
  competences(@Parent() heatmap: GapHeatmap, @Context() context: GraphQLContext) {
    return Promise.all(heatmap.competenceIds.map((id) => competenceOf(context, id)));
  }
}

@Resolver(() => MobilisationOption)
export class MobilisationOptionFieldsResolver {
  @ResolveField(() => Competence)
  competence(@Parent() option: MobilisationOption, @Context() context: GraphQLContext) {
    return competenceOf(context, option.competenceId);
  }
}

@Resolver(() => MobilisationEnd)
export class MobilisationEndFieldsResolver {
  @ResolveField(() => Unit)
  unit(@Parent() end: MobilisationEnd, @Context() context: GraphQLContext) {
    return unitOf(context, end.unitId);
  }
}

@Resolver(() => GapHolder)
export class GapHolderFieldsResolver {
  @ResolveField(() => Unit)
  unit(@Parent() holder: GapHolder, @Context() context: GraphQLContext) {
    return unitOf(context, holder.unitId);
  }
}

@Resolver(() => ExpiringCertificatesRow)
export class ExpiringCertificatesRowFieldsResolver {
  @ResolveField(() => Unit)
  unit(@Parent() row: ExpiringCertificatesRow, @Context() context: GraphQLContext) {
    return unitOf(context, row.unitId);
  }
}

@Resolver(() => RetirementSeries)
export class RetirementSeriesFieldsResolver {
  @ResolveField(() => Competence, { nullable: true })
  competence(@Parent() series: RetirementSeries, @Context() context: GraphQLContext) {
    return series.competenceId ? competenceOf(context, series.competenceId) : null;
  }
}

export const GAP_FIELD_RESOLVERS = [
  RequirementGapFieldsResolver,
  GapRollUpFieldsResolver,
  GapHeatmapFieldsResolver,
  MobilisationOptionFieldsResolver,
  MobilisationEndFieldsResolver,
  GapHolderFieldsResolver,
  ExpiringCertificatesRowFieldsResolver,
  RetirementSeriesFieldsResolver,
];
