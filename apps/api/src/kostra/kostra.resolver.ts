import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { requireActor } from '../auth/require-actor';
import { UserError } from '../common/errors/user-error';
import { IntBetween } from '../common/validation/argument.pipes';
import type { GraphQLContext } from '../graphql/context';
import { SIZE_BOUNDS } from '../graphql/query-cost';
import { SsbFetchInput } from './dto/ssb-fetch.input';
import { KostraService } from './kostra.service';
import {
  KostraComparison,
  KostraFetchOutcome,
  KostraImportRun,
  KostraIndicator,
  KostraOwnFigure,
} from './models/kostra.model';
import { toImportReport } from './kostra.mapper';

@Resolver()
export class KostraResolver {
  constructor(private readonly kostra: KostraService) {}

  @Query(() => [KostraIndicator], {
    description: 'The KOSTRA indicators imported for the region.',
  })
  kostraIndicators(@Context() context: GraphQLContext): Promise<KostraIndicator[]> {
    return this.kostra.indicators(requireActor(context));
  }

  @Query(() => KostraComparison, {
    description:
      'A municipality of the region against the region (computed), its KOSTRA group, its county and the country, per indicator over the years.',
  })
  kostraComparison(
    @Args('municipalityId', { type: () => ID }) municipalityId: string,
    @Args('indicatorCode', { type: () => String, nullable: true }) indicatorCode: string | null,
    @Context() context: GraphQLContext,
  ): Promise<KostraComparison> {
    return this.kostra.comparison(requireActor(context), municipalityId, indicatorCode);
  }

  @Query(() => KostraOwnFigure, {
    description:
      "The service's own share of user-directed FTE with health education beside SSB's KOSandelmhelseut0000, with why they differ.",
  })
  kostraOwnFigure(
    @Args('municipalityId', { type: () => ID }) municipalityId: string,
    @Context() context: GraphQLContext,
  ): Promise<KostraOwnFigure> {
    return this.kostra.ownFigure(requireActor(context), municipalityId);
  }

  @Query(() => [KostraImportRun], { description: 'The region’s KOSTRA imports, newest first.' })
  kostraImports(
    @Args(
      'first',
      { type: () => Int, defaultValue: SIZE_BOUNDS.kostraImportsFirst.default },
      new IntBetween('Antall', 1, SIZE_BOUNDS.kostraImportsFirst.max),
    )
    first: number,
    @Context() context: GraphQLContext,
  ): Promise<KostraImportRun[]> {
    return this.kostra.importRuns(requireActor(context), first);
  }

  @Mutation(() => KostraFetchOutcome, {
    description:
      'Fetches a table from SSB’s open API and imports it like a file. Without internet access the outcome says so (problem) and nothing is written.',
  })
  async fetchKostraFromSsb(
    @Args('input', { type: () => SsbFetchInput }) input: SsbFetchInput,
    @Context() context: GraphQLContext,
  ): Promise<KostraFetchOutcome> {
    const actor = requireActor(context);
    try {
      const report = await this.kostra.fetchFromSsb(
        { regionId: actor.regionId, actor, source: 'SSB' },
        input,
      );
      return { report: toImportReport(report), problem: null };
    } catch (error) {
      // SSB not reachable or refusing is an outcome to show, not a fault of the request
      const code = error instanceof UserError ? error.extensions.code : null;
      if (code === 'SSB_UNREACHABLE' || code === 'SSB_REFUSED') {
        return { report: null, problem: (error as UserError).message };
      }
      throw error;
    }
  }
}
