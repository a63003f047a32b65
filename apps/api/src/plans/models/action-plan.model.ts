import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { PlanLevel, PlanStatus } from '../plan.enums';
import { MeasureFunding } from './measure.model';

@ObjectType({
  description:
    "Sums over a plan's measures, cancelled ones left out. Participants are counted for the measures whose count the caller may see.",
})
export class PlanTotals {
  @Field(() => Int, { description: 'Measures that are not cancelled.' })
  measures: number;

  @Field(() => Int)
  cancelledMeasures: number;

  @Field(() => Int)
  places: number;

  @Field(() => Int, { description: 'Participants of the measures whose count is shown.' })
  participants: number;

  @Field(() => Float, { description: 'Kroner: the sum of every funding line.' })
  cost: number;

  @Field(() => [MeasureFunding], { description: 'Cost per funding source (every source, also 0).' })
  funding: MeasureFunding[];
}

@ObjectType({
  description:
    "An action plan for one half-year: the region's programme (REGION), a municipality's plan or a unit's plan.",
})
export class ActionPlan {
  @Field(() => ID)
  id: string;

  @Field(() => PlanLevel)
  level: PlanLevel;

  @Field(() => ID, { nullable: true, description: 'Set for MUNICIPALITY and UNIT plans.' })
  municipalityId: string | null;

  @Field(() => ID, { nullable: true, description: 'Set for UNIT plans.' })
  unitId: string | null;

  @Field(() => Int)
  year: number;

  @Field(() => Int, { description: '1 (January–June) or 2 (July–December).' })
  half: number;

  @Field({ description: '«1. halvår 2026».' })
  periodLabel: string;

  @Field({ description: 'First day of the half-year (ISO date).' })
  startsOn: string;

  @Field({ description: 'Last day of the half-year (ISO date).' })
  endsOn: string;

  @Field({ description: 'May be empty; the web then shows the scope and the period.' })
  title: string;

  @Field(() => PlanStatus)
  status: PlanStatus;

  @Field(() => String, { nullable: true, description: 'When it was adopted (ISO date).' })
  adoptedOn: string | null;

  /** The user who adopted it; shown through the `adoptedByName` field resolver. */
  adoptedByName: string | null;

  @Field(() => Int, { description: 'Send back with changes (optimistic locking).' })
  version: number;

  @Field({ description: 'When it was last changed (ISO timestamp).' })
  updatedAt: string;
}
