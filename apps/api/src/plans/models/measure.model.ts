import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  FundingSource,
  MeasureKind,
  MeasureProvider,
  MeasureStatus,
  MeasureStrategy,
} from '../plan.enums';

@ObjectType({ description: "Part of a measure's cost, from one funding source (kroner)." })
export class MeasureFunding {
  @Field(() => FundingSource)
  source: FundingSource;

  @Field(() => Float)
  amount: number;
}

@ObjectType({
  description:
    'A competence × level the measure develops; with the requirement (gap row) it was made for.',
})
export class MeasureTarget {
  @Field(() => ID)
  competenceId: string;

  @Field(() => Int)
  level: number;

  @Field(() => ID, { nullable: true })
  requirementId: string | null;
}

@ObjectType({ description: "A regional measure's places given to one municipality." })
export class MeasureShare {
  @Field(() => ID)
  municipalityId: string;

  @Field(() => Int)
  places: number;

  /** Filled by the service; shown through the field resolver (a count, suppressed for some). */
  participants: number;
}

@ObjectType({
  description:
    'Someone from the teaching directory who teaches or guides in the measure, possibly from another municipality.',
})
export class MeasureTeacher {
  @Field(() => ID, {
    description: "The teacher's municipality (both municipalities see the lending).",
  })
  municipalityId: string;

  @Field(() => ID, { description: 'The topic they are listed for.' })
  competenceId: string;

  /** Shown through field resolvers, only to those who may read the teaching directory. */
  employeeId: string;
  name: string | null;
  unitName: string | null;
}

@ObjectType({
  description:
    "A measure (tiltak) in an action plan: what is done about a gap, with Lai's strategy, dates, places, cost and status. (The GraphQL name `Measure` is the HEADCOUNT/FTE enum.)",
})
export class PlanMeasure {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  planId: string;

  @Field(() => ID, { nullable: true, description: "The plan's municipality (null: regional)." })
  municipalityId: string | null;

  @Field(() => ID, { nullable: true, description: "The plan's unit (null: not a unit plan)." })
  unitId: string | null;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => MeasureStrategy)
  strategy: MeasureStrategy;

  @Field(() => MeasureKind)
  kind: MeasureKind;

  @Field(() => MeasureProvider)
  provider: MeasureProvider;

  @Field({ description: 'E.g. «Sykehuset Innlandet», «NTNU Gjøvik»; may be empty.' })
  providerName: string;

  @Field({ description: 'Who it is for, in words.' })
  targetGroup: string;

  /** Who is responsible; shown through the `owner` field resolver (hidden from board members). */
  owner: string;

  @Field(() => Int)
  places: number;

  @Field(() => Float, { description: 'Hours one participant spends.' })
  hours: number;

  @Field({ description: 'ISO date.' })
  startsOn: string;

  @Field({ description: 'ISO date.' })
  endsOn: string;

  @Field({ description: 'Completing it gives a certificate (formal competence).' })
  awardsCertificate: boolean;

  @Field(() => MeasureStatus)
  status: MeasureStatus;

  @Field(() => [MeasureStatus], { description: 'Where the status may go from here.' })
  allowedTransitions: MeasureStatus[];

  @Field(() => ID, {
    nullable: true,
    description: 'A loan or rotation: the unit with surplus that lends people.',
  })
  lendingUnitId: string | null;

  @Field(() => Float, { description: 'Kroner: the sum of the funding lines.' })
  cost: number;

  @Field(() => [MeasureFunding], { description: 'In the order own budget, grant, other.' })
  funding: MeasureFunding[];

  @Field(() => [MeasureTarget])
  targets: MeasureTarget[];

  @Field(() => [MeasureShare], { description: 'Regional measures: places per municipality.' })
  shares: MeasureShare[];

  @Field(() => [MeasureTeacher])
  teachers: MeasureTeacher[];

  /** Participants (not withdrawn); shown through the `participantCount` field resolver. */
  participants: number;

  /** The region's smallest group shown to readers without personal-data access. */
  minGroupSize: number;

  @Field(() => Int)
  version: number;

  @Field({ description: 'When it was last changed (ISO timestamp).' })
  updatedAt: string;
}
