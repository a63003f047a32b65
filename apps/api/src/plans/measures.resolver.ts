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
import { Competence } from '../competences/models/competence.model';
import type { GraphQLContext } from '../graphql/context';
import { Municipality } from '../organisation/models/municipality.model';
import { Unit } from '../organisation/models/unit.model';
import { Requirement } from '../requirements/models/requirement.model';
import {
  ChangeMeasureStatusInput,
  CreateMeasureInput,
  UpdateMeasureInput,
} from './dto/measure.input';
import { ActionPlan } from './models/action-plan.model';
import { MeasureShare, MeasureTarget, MeasureTeacher, PlanMeasure } from './models/measure.model';
import { MeasuresService } from './measures.service';
import { seesNames } from './plan-access';
import { shownCount } from './plan.mapper';

@Resolver(() => PlanMeasure)
export class MeasuresResolver {
  constructor(private readonly service: MeasuresService) {}

  @Query(() => [PlanMeasure], {
    description: "A plan's measures by start date and title (empty for a plan not in the region).",
  })
  measures(
    @Args('planId', { type: () => ID }) planId: string,
    @Context() context: GraphQLContext,
  ): Promise<PlanMeasure[]> {
    return this.service.list(requireActor(context), planId);
  }

  @Query(() => PlanMeasure, { nullable: true })
  measure(
    @Args('id', { type: () => ID }) id: string,
    @Context() context: GraphQLContext,
  ): Promise<PlanMeasure | null> {
    return this.service.get(requireActor(context), id);
  }

  @Mutation(() => PlanMeasure, {
    description:
      'A plan outside the caller’s scope answers like a missing one (UNKNOWN_PLAN); every problem of the input comes back at once as field errors, and nothing is written.',
  })
  createMeasure(
    @Args('input') input: CreateMeasureInput,
    @Context() context: GraphQLContext,
  ): Promise<PlanMeasure> {
    return this.service.create(requireActor(context), input);
  }

  @Mutation(() => PlanMeasure, {
    description: 'A stale version gives CONFLICT with the saved measure in `extensions.current`.',
  })
  updateMeasure(
    @Args('input') input: UpdateMeasureInput,
    @Context() context: GraphQLContext,
  ): Promise<PlanMeasure> {
    return this.service.update(requireActor(context), input);
  }

  @Mutation(() => PlanMeasure, {
    description: 'Moves the measure along `allowedTransitions`; other steps are refused.',
  })
  changeMeasureStatus(
    @Args('input') input: ChangeMeasureStatusInput,
    @Context() context: GraphQLContext,
  ): Promise<PlanMeasure> {
    return this.service.changeStatus(requireActor(context), input);
  }

  @Mutation(() => ID, {
    description: 'Deletes a measure nobody has signed up for; returns its id. Cancel it otherwise.',
  })
  deleteMeasure(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }, new IntBetween('Versjon', 1, MAX_VERSION))
    version: number,
    @Context() context: GraphQLContext,
  ): Promise<string> {
    return this.service.delete(requireActor(context), id, version);
  }

  @ResolveField(() => ActionPlan)
  async plan(
    @Parent() measure: PlanMeasure,
    @Context() context: GraphQLContext,
  ): Promise<ActionPlan> {
    const plan = await context.loaders.plans.planById.load(measure.planId);
    if (!plan) throw new Error(`Measure ${measure.id} has no plan`);
    return plan;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Who is responsible; null for readers who see no names (board members, admins).',
  })
  owner(@Parent() measure: PlanMeasure, @Context() context: GraphQLContext): string | null {
    return seesNames(requireActor(context)) ? measure.owner : null;
  }

  @ResolveField(() => Int, {
    nullable: true,
    description:
      "Participants signed up, completed or not completed (withdrawn ones do not count). For readers who see no names, a count below the region's smallest group is null.",
  })
  participantCount(
    @Parent() measure: PlanMeasure,
    @Context() context: GraphQLContext,
  ): number | null {
    return shownCount(measure.participants, measure.minGroupSize, seesNames(requireActor(context)));
  }

  @ResolveField(() => Municipality, { nullable: true })
  municipality(
    @Parent() measure: PlanMeasure,
    @Context() context: GraphQLContext,
  ): Promise<Municipality | null> | null {
    return measure.municipalityId
      ? context.loaders.organisation.municipalityById.load(measure.municipalityId)
      : null;
  }

  @ResolveField(() => Unit, { nullable: true })
  unit(
    @Parent() measure: PlanMeasure,
    @Context() context: GraphQLContext,
  ): Promise<Unit | null> | null {
    return measure.unitId ? context.loaders.organisation.unitById.load(measure.unitId) : null;
  }

  @ResolveField(() => Unit, { nullable: true })
  lendingUnit(
    @Parent() measure: PlanMeasure,
    @Context() context: GraphQLContext,
  ): Promise<Unit | null> | null {
    return measure.lendingUnitId
      ? context.loaders.organisation.unitById.load(measure.lendingUnitId)
      : null;
  }
}

@Resolver(() => MeasureTarget)
export class MeasureTargetResolver {
  @ResolveField(() => Competence)
  async competence(
    @Parent() target: MeasureTarget,
    @Context() context: GraphQLContext,
  ): Promise<Competence> {
    const competence = await context.loaders.competences.competenceById.load(target.competenceId);
    if (!competence) throw new Error(`Target has no competence ${target.competenceId}`);
    return competence;
  }

  @ResolveField(() => Requirement, {
    nullable: true,
    description: 'Null once the requirement is deleted.',
  })
  requirement(
    @Parent() target: MeasureTarget,
    @Context() context: GraphQLContext,
  ): Promise<Requirement | null> | null {
    return target.requirementId
      ? context.loaders.requirements.requirementById.load(target.requirementId)
      : null;
  }
}

@Resolver(() => MeasureShare)
export class MeasureShareResolver {
  @ResolveField(() => Municipality)
  async municipality(
    @Parent() share: MeasureShare,
    @Context() context: GraphQLContext,
  ): Promise<Municipality> {
    const municipality = await context.loaders.organisation.municipalityById.load(
      share.municipalityId,
    );
    if (!municipality) throw new Error(`Share has no municipality ${share.municipalityId}`);
    return municipality;
  }
}

@Resolver(() => MeasureTeacher)
export class MeasureTeacherResolver {
  @ResolveField(() => ID, {
    nullable: true,
    description: 'Null for readers who see no names (board members, admins).',
  })
  employeeId(@Parent() teacher: MeasureTeacher, @Context() context: GraphQLContext): string | null {
    return seesNames(requireActor(context)) ? teacher.employeeId : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'The name, as the teaching directory shows it: while the person is listed with consent (or lies in the caller’s scope); never to board members and admins.',
  })
  name(@Parent() teacher: MeasureTeacher, @Context() context: GraphQLContext): string | null {
    return seesNames(requireActor(context)) ? teacher.name : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Shown with the name.' })
  unitName(@Parent() teacher: MeasureTeacher, @Context() context: GraphQLContext): string | null {
    return seesNames(requireActor(context)) ? teacher.unitName : null;
  }

  @ResolveField(() => Municipality)
  async municipality(
    @Parent() teacher: MeasureTeacher,
    @Context() context: GraphQLContext,
  ): Promise<Municipality> {
    const municipality = await context.loaders.organisation.municipalityById.load(
      teacher.municipalityId,
    );
    if (!municipality) throw new Error(`Teacher has no municipality ${teacher.municipalityId}`);
    return municipality;
  }

  @ResolveField(() => Competence)
  async competence(
    @Parent() teacher: MeasureTeacher,
    @Context() context: GraphQLContext,
  ): Promise<Competence> {
    const competence = await context.loaders.competences.competenceById.load(teacher.competenceId);
    if (!competence) throw new Error(`Teacher has no competence ${teacher.competenceId}`);
    return competence;
  }
}
