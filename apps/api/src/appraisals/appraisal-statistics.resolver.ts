import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { requireActor } from '../auth/require-actor';
import type { GraphQLContext } from '../graphql/context';
import { AppraisalStatisticsService } from './appraisal-statistics.service';
import { AppraisalStatistics } from './models/appraisal-statistics.model';
import { TeachingDirectoryTopic } from './models/teaching-directory.model';

@Resolver(() => AppraisalStatistics)
export class AppraisalStatisticsResolver {
  constructor(private readonly statistics: AppraisalStatisticsService) {}

  @Query(() => AppraisalStatistics, {
    description:
      'Figures for a unit (with sub-units), a municipality, or the region when neither is given. Small groups are hidden for callers without personal-data access to the scope.',
  })
  appraisalStatistics(
    @Args('unitId', { type: () => ID, nullable: true }) unitId: string | null,
    @Args('municipalityId', { type: () => ID, nullable: true }) municipalityId: string | null,
    @Args('cycleId', {
      type: () => ID,
      nullable: true,
      description: "With a unit or municipality: that cycle instead of the municipality's current.",
    })
    cycleId: string | null,
    @Context() context: GraphQLContext,
  ): Promise<AppraisalStatistics> {
    return this.statistics.statistics(requireActor(context), { unitId, municipalityId, cycleId });
  }

  @Query(() => [TeachingDirectoryTopic], {
    description:
      'The regional directory of people who can teach, per topic (by area and name): named with consent, otherwise counted.',
  })
  teachingDirectory(
    @Args('competenceId', { type: () => ID, nullable: true }) competenceId: string | null,
    @Args('municipalityId', { type: () => ID, nullable: true }) municipalityId: string | null,
    @Context() context: GraphQLContext,
  ): Promise<TeachingDirectoryTopic[]> {
    return this.statistics.directory(requireActor(context), { competenceId, municipalityId });
  }
}
