import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { requireActor } from '../auth/require-actor';
import type { GraphQLContext } from '../graphql/context';
import { FundingReport, FundingReportInput } from './models/funding-report.model';
import { FundingReportService } from './funding-report.service';

@Resolver(() => FundingReport)
export class FundingReportResolver {
  constructor(private readonly report: FundingReportService) {}

  @Query(() => FundingReport, {
    description:
      'Measures, participants, participant-hours and cost per funding source for a period and a municipality (or the region), and the gaps they addressed before and after. Download as CSV/XLSX at /api/exports/funding-report.',
  })
  fundingReport(
    @Args('input') input: FundingReportInput,
    @Context() context: GraphQLContext,
  ): Promise<FundingReport> {
    return this.report.build(requireActor(context), input);
  }
}
