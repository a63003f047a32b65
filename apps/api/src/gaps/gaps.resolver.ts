import { Args, Context, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { requireActor } from '../auth/require-actor';
import type { GraphQLContext } from '../graphql/context';
import { Horizon } from '../requirements/requirement.enums';
import {
  ExpiringCertificatesFilter,
  GapFilter,
  RetirementWaveFilter,
} from './dto/gap-filter.input';
import { GapsService } from './gaps.service';
import { WorkforceService } from './workforce.service';
import { ExpiringCertificates } from './models/expiring-certificates.model';
import {
  GapAnalysis,
  GapBreakdown,
  GapHeatmap,
  GapHolderList,
  GapScopeLevel,
  MobilisationOption,
} from './models/gap-analysis.model';
import { RetirementWave } from './models/retirement-wave.model';
import { IntBetween } from '../common/validation/argument.pipes';

@Resolver()
export class GapsResolver {
  constructor(
    private readonly gaps: GapsService,
    private readonly workforce: WorkforceService,
  ) {}

  @Query(() => GapAnalysis, {
    description:
      'Gaps for a scope (unit subtree, municipality or the region). Default breakdown: per municipality for the region, per unit for a municipality, per requirement for a unit.',
  })
  gapAnalysis(
    @Args('filter', { type: () => GapFilter, nullable: true }) filter: GapFilter | null,
    @Args('breakdown', { type: () => GapBreakdown, nullable: true })
    breakdown: GapBreakdown | null,
    @Context() context: GraphQLContext,
  ): Promise<GapAnalysis> {
    return this.gaps.gapAnalysis(
      requireActor(context),
      filter,
      breakdown,
      context.loaders.organisation,
    );
  }

  @Query(() => GapHeatmap, {
    description: 'Municipalities or units × competences with coverage, at one horizon.',
  })
  gapHeatmap(
    @Args('filter', { type: () => GapFilter, nullable: true }) filter: GapFilter | null,
    @Args('rows', { type: () => GapScopeLevel, nullable: true }) rows: GapScopeLevel | null,
    @Args('horizon', { type: () => Horizon, defaultValue: Horizon.NOW }) horizon: Horizon,
    @Context() context: GraphQLContext,
  ): Promise<GapHeatmap> {
    return this.gaps.heatmap(
      requireActor(context),
      filter,
      rows,
      horizon,
      context.loaders.organisation,
    );
  }

  @Query(() => [MobilisationOption], {
    description: 'Where surplus in one unit could cover a gap in another, biggest gaps first.',
  })
  mobilisationOptions(
    @Args('filter', { type: () => GapFilter, nullable: true }) filter: GapFilter | null,
    @Context() context: GraphQLContext,
  ): Promise<MobilisationOption[]> {
    return this.gaps.mobilisation(requireActor(context), filter, context.loaders.organisation);
  }

  @Query(() => GapHolderList, {
    description:
      "The people behind a requirement's figures (unit leaders in their units, HR in their municipality). Audited.",
  })
  gapHolders(
    @Args('requirementId', { type: () => ID }) requirementId: string,
    @Args('horizon', { type: () => Horizon, defaultValue: Horizon.NOW }) horizon: Horizon,
    @Args(
      'retirementAge',
      { type: () => Int, nullable: true },
      new IntBetween('Pensjonsalder', 50, 80),
    )
    retirementAge: number | null,
    @Context() context: GraphQLContext,
  ): Promise<GapHolderList> {
    return this.gaps.holders(requireActor(context), requirementId, horizon, retirementAge);
  }

  @Query(() => RetirementWave, {
    description: 'Holders of critical competences and staff per profession leaving, by year.',
  })
  retirementWave(
    @Args('filter', { type: () => RetirementWaveFilter, nullable: true })
    filter: RetirementWaveFilter | null,
    @Context() context: GraphQLContext,
  ): Promise<RetirementWave> {
    return this.workforce.retirementWave(
      requireActor(context),
      filter,
      context.loaders.organisation,
    );
  }

  @Query(() => ExpiringCertificates, {
    description: 'Certificates expiring per unit and month, for the coming months.',
  })
  expiringCertificates(
    @Args('filter', { type: () => ExpiringCertificatesFilter, nullable: true })
    filter: ExpiringCertificatesFilter | null,
    @Context() context: GraphQLContext,
  ): Promise<ExpiringCertificates> {
    return this.workforce.expiringCertificates(
      requireActor(context),
      filter,
      context.loaders.organisation,
    );
  }
}
