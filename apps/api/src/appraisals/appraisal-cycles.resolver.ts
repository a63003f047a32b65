import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { requireActor } from '../auth/require-actor';
import type { GraphQLContext } from '../graphql/context';
import { Municipality } from '../organisation/models/municipality.model';
import { AppraisalCyclesService } from './appraisal-cycles.service';
import { CreateAppraisalCycleInput, UpdateAppraisalCycleInput } from './dto/appraisal-cycle.input';
import { AppraisalCycle } from './models/appraisal-cycle.model';
import { AppraisalProgress } from './models/appraisal-progress.model';
import { IntBetween } from '../common/validation/argument.pipes';

@Resolver(() => AppraisalCycle)
export class AppraisalCyclesResolver {
  constructor(private readonly cycles: AppraisalCyclesService) {}

  @Query(() => [AppraisalCycle], {
    description: "The region's appraisal cycles, newest first; optionally one municipality's.",
  })
  appraisalCycles(
    @Args('municipalityId', { type: () => ID, nullable: true }) municipalityId: string | null,
    @Context() context: GraphQLContext,
  ): Promise<AppraisalCycle[]> {
    return this.cycles.list(requireActor(context), municipalityId);
  }

  @Query(() => [AppraisalProgress], {
    description:
      "Progress in each of the caller's scopes (a unit leader's unit, HR's municipality) through the current cycle, or the one given.",
  })
  appraisalProgress(
    @Args('cycleId', { type: () => ID, nullable: true }) cycleId: string | null,
    @Args(
      'dueWithinDays',
      {
        type: () => Int,
        defaultValue: 14,
        description:
          'Outstanding talks count as overdue when the cycle closes within this many days.',
      },
      new IntBetween('Antall dager før fristen', 0, 365),
    )
    dueWithinDays: number,
    @Context() context: GraphQLContext,
  ): Promise<AppraisalProgress[]> {
    return this.cycles.progress(requireActor(context), cycleId, dueWithinDays);
  }

  @Mutation(() => AppraisalCycle, { description: 'HR opens a new cycle in its municipality.' })
  createAppraisalCycle(
    @Args('input') input: CreateAppraisalCycleInput,
    @Context() context: GraphQLContext,
  ): Promise<AppraisalCycle> {
    return this.cycles.create(requireActor(context), input);
  }

  @Mutation(() => AppraisalCycle, {
    description: 'Renames or moves the dates of a cycle; a stale version gives CONFLICT.',
  })
  updateAppraisalCycle(
    @Args('input') input: UpdateAppraisalCycleInput,
    @Context() context: GraphQLContext,
  ): Promise<AppraisalCycle> {
    return this.cycles.update(requireActor(context), input);
  }

  @ResolveField(() => Municipality)
  async municipality(
    @Parent() cycle: AppraisalCycle,
    @Context() context: GraphQLContext,
  ): Promise<Municipality> {
    const municipality = await context.loaders.organisation.municipalityById.load(
      cycle.municipalityId,
    );
    if (!municipality) throw new Error(`Municipality ${cycle.municipalityId} is missing`);
    return municipality;
  }
}
