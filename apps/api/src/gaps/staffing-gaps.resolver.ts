import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { requireActor } from '../auth/require-actor';
import type { GraphQLContext } from '../graphql/context';
import { Municipality } from '../organisation/models/municipality.model';
import { Unit } from '../organisation/models/unit.model';
import { GapFilter } from './dto/gap-filter.input';
import { StaffingGap } from './models/staffing-gap.model';
import { StaffingGapsService } from './staffing-gaps.service';

@Resolver(() => StaffingGap)
export class StaffingGapsResolver {
  constructor(private readonly staffing: StaffingGapsService) {}

  @Query(() => [StaffingGap], {
    description:
      'Staffing gaps: årsverk per profession each unit needs against the staff still there at each horizon, biggest gaps first. Uses the scope, horizons, priorities and early retirement age of the filter (not its competence filters).',
  })
  staffingGaps(
    @Args('filter', { type: () => GapFilter, nullable: true }) filter: GapFilter | null,
    @Context() context: GraphQLContext,
  ): Promise<StaffingGap[]> {
    return this.staffing.staffingGaps(requireActor(context), filter, context.loaders.organisation);
  }

  @ResolveField(() => Unit)
  async unit(@Parent() gap: StaffingGap, @Context() context: GraphQLContext) {
    const unit = await context.loaders.organisation.unitById.load(gap.unitId);
    if (!unit) throw new Error(`Unit ${gap.unitId} not found`);
    return unit;
  }

  @ResolveField(() => Municipality)
  municipality(@Parent() gap: StaffingGap, @Context() context: GraphQLContext) {
    return context.loaders.organisation.municipalityById.load(gap.municipalityId);
  }
}
