import { measureCost } from '@kp/domain';
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
import { IntBetween, MAX_VERSION } from '../common/validation/argument.pipes';
import type { GraphQLContext } from '../graphql/context';
import { Municipality } from '../organisation/models/municipality.model';
import { Unit } from '../organisation/models/unit.model';
import { ActionPlansService } from './action-plans.service';
import {
  ActionPlanFilter,
  CreateActionPlanInput,
  UpdateActionPlanInput,
} from './dto/action-plan.input';
import { ActionPlan, PlanTotals } from './models/action-plan.model';
import { PlanMeasure } from './models/measure.model';
import { seesNames } from './plan-access';
import { FundingSource, MeasureStatus } from './plan.enums';
import { shownCount } from './plan.mapper';

const VERSION = new IntBetween('Versjon', 1, MAX_VERSION);

@Resolver(() => ActionPlan)
export class ActionPlansResolver {
  constructor(private readonly service: ActionPlansService) {}

  @Query(() => [ActionPlan], {
    description:
      "The region's action plans (every signed-in role reads them), newest half-year first, the regional programme before municipalities and units.",
  })
  actionPlans(
    @Args('filter', { type: () => ActionPlanFilter, nullable: true })
    filter: ActionPlanFilter | null,
    @Context() context: GraphQLContext,
  ): Promise<ActionPlan[]> {
    return this.service.list(requireActor(context), filter);
  }

  @Query(() => ActionPlan, { nullable: true })
  actionPlan(
    @Args('id', { type: () => ID }) id: string,
    @Context() context: GraphQLContext,
  ): Promise<ActionPlan | null> {
    return this.service.get(requireActor(context), id);
  }

  @Mutation(() => ActionPlan, {
    description:
      'One plan per scope and half-year (DUPLICATE otherwise). A unit or municipality outside the caller’s scope answers like a missing one.',
  })
  createActionPlan(
    @Args('input') input: CreateActionPlanInput,
    @Context() context: GraphQLContext,
  ): Promise<ActionPlan> {
    return this.service.create(requireActor(context), input);
  }

  @Mutation(() => ActionPlan, {
    description: 'A stale version gives CONFLICT with the saved plan in `extensions.current`.',
  })
  updateActionPlan(
    @Args('input') input: UpdateActionPlanInput,
    @Context() context: GraphQLContext,
  ): Promise<ActionPlan> {
    return this.service.update(requireActor(context), input);
  }

  @Mutation(() => ActionPlan, { description: 'Draft → adopted; records the date and who.' })
  adoptActionPlan(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }, VERSION) version: number,
    @Args('adoptedOn', { description: 'ISO date, not after today.' }) adoptedOn: string,
    @Context() context: GraphQLContext,
  ): Promise<ActionPlan> {
    return this.service.adopt(requireActor(context), id, version, adoptedOn);
  }

  @Mutation(() => ActionPlan, { description: 'Adopted → closed.' })
  closeActionPlan(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }, VERSION) version: number,
    @Context() context: GraphQLContext,
  ): Promise<ActionPlan> {
    return this.service.close(requireActor(context), id, version);
  }

  @Mutation(() => ActionPlan, {
    description: 'One step back: closed → adopted, adopted → draft (the adoption is removed).',
  })
  reopenActionPlan(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }, VERSION) version: number,
    @Context() context: GraphQLContext,
  ): Promise<ActionPlan> {
    return this.service.reopen(requireActor(context), id, version);
  }

  @Mutation(() => ID, {
    description:
      'Deletes a draft without measures; returns its id. A plan with measures keeps them (cancel them instead).',
  })
  deleteActionPlan(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }, VERSION) version: number,
    @Context() context: GraphQLContext,
  ): Promise<string> {
    return this.service.delete(requireActor(context), id, version);
  }

  @ResolveField(() => Municipality, { nullable: true })
  municipality(
    @Parent() plan: ActionPlan,
    @Context() context: GraphQLContext,
  ): Promise<Municipality | null> | null {
    return plan.municipalityId
      ? context.loaders.organisation.municipalityById.load(plan.municipalityId)
      : null;
  }

  @ResolveField(() => Unit, { nullable: true })
  unit(
    @Parent() plan: ActionPlan,
    @Context() context: GraphQLContext,
  ): Promise<Unit | null> | null {
    return plan.unitId ? context.loaders.organisation.unitById.load(plan.unitId) : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Who adopted it; null for readers who see no names (board members, admins).',
  })
  adoptedByName(@Parent() plan: ActionPlan, @Context() context: GraphQLContext): string | null {
    return seesNames(requireActor(context)) ? plan.adoptedByName : null;
  }

  @ResolveField(() => [PlanMeasure], { description: 'By start date and title.' })
  measures(@Parent() plan: ActionPlan, @Context() context: GraphQLContext): Promise<PlanMeasure[]> {
    return context.loaders.plans.measuresByPlanId.load(plan.id);
  }

  @ResolveField(() => PlanTotals)
  async totals(
    @Parent() plan: ActionPlan,
    @Context() context: GraphQLContext,
  ): Promise<PlanTotals> {
    const names = seesNames(requireActor(context));
    const measures = await context.loaders.plans.measuresByPlanId.load(plan.id);
    const counted = measures.filter((m) => m.status !== MeasureStatus.CANCELLED);
    const funding = Object.values(FundingSource).map((source) => ({
      source,
      amount: measureCost(
        counted.flatMap((m) => m.funding.filter((line) => line.source === source)),
      ),
    }));
    return {
      measures: counted.length,
      cancelledMeasures: measures.length - counted.length,
      places: counted.reduce((sum, m) => sum + m.places, 0),
      participants: counted.reduce(
        (sum, m) => sum + (shownCount(m.participants, m.minGroupSize, names) ?? 0),
        0,
      ),
      cost: measureCost(funding),
      funding,
    };
  }
}
