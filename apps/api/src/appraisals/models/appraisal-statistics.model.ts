import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DevelopmentWay } from './appraisal-content.model';
import { AppraisalCycle } from './appraisal-cycle.model';

export enum AppraisalStatisticsLevel {
  UNIT = 'UNIT',
  MUNICIPALITY = 'MUNICIPALITY',
  REGION = 'REGION',
}

registerEnumType(AppraisalStatisticsLevel, {
  name: 'AppraisalStatisticsLevel',
  description: 'enhet, kommune, region',
});

@ObjectType({
  description:
    'A number of people. For callers without personal-data access to the people behind it, a sum of groups each randomly rounded to a multiple of k (region setting, default 5), so no person can be read out of the figures; `rounded` says so.',
})
export class AppraisalFigure {
  @Field(() => Int, {
    nullable: true,
    description: 'Never null any more (kept for older clients).',
  })
  value: number | null;

  @Field({ description: 'Always false: figures are rounded instead of hidden.' })
  suppressed: boolean;

  @Field(() => String, { nullable: true, description: 'Always null.' })
  reasonCode: string | null;

  @Field(() => String, { nullable: true, description: 'Always null.' })
  reason: string | null;

  @Field({ description: 'Some of it is built from randomly rounded groups (show "≈ 120").' })
  rounded: boolean;
}

@ObjectType()
export class AppraisalCompetenceFigure {
  @Field(() => ID)
  competenceId: string;

  @Field(() => AppraisalFigure, { description: 'People (not talks) behind the figure.' })
  people: AppraisalFigure;
}

@ObjectType()
export class DevelopmentWayFigure {
  @Field(() => DevelopmentWay)
  way: DevelopmentWay;

  @Field()
  name: string;

  @Field(() => AppraisalFigure)
  people: AppraisalFigure;
}

@ObjectType({ description: 'One row of the breakdown: a municipality (region) or a unit.' })
export class AppraisalBreakdownRow {
  @Field(() => ID, { nullable: true, description: 'Null for the row of everyone else.' })
  id: string | null;

  @Field()
  name: string;

  @Field(() => AppraisalFigure)
  employees: AppraisalFigure;

  @Field(() => AppraisalFigure)
  completed: AppraisalFigure;

  @Field(() => Float, {
    nullable: true,
    description: 'completed / employees; null without employees.',
  })
  completedShare: number | null;
}

@ObjectType({
  description:
    "Appraisal figures for a unit, a municipality or the region, for each municipality's current cycle.",
})
export class AppraisalStatistics {
  @Field(() => AppraisalStatisticsLevel)
  level: AppraisalStatisticsLevel;

  @Field(() => ID, { nullable: true })
  scopeId: string | null;

  @Field()
  scopeName: string;

  @Field(() => [AppraisalCycle], { description: 'The cycles counted (one per municipality).' })
  cycles: AppraisalCycle[];

  @Field({ description: 'Exact figures: the caller may see personal data in this scope.' })
  exact: boolean;

  @Field(() => Int, {
    description: 'k: figures of callers without access are rounded to multiples of it.',
  })
  minGroupSize: number;

  @Field(() => AppraisalFigure, { description: 'Active employees.' })
  employees: AppraisalFigure;

  @Field(() => AppraisalFigure, { description: 'Employees with a signed-off talk.' })
  completed: AppraisalFigure;

  @Field(() => Float, {
    nullable: true,
    description: 'completed / employees; null without employees.',
  })
  completedShare: number | null;

  @Field(() => [AppraisalCompetenceFigure], {
    description: 'Most wished-for competences in signed-off talks, most people first.',
  })
  wishedCompetences: AppraisalCompetenceFigure[];

  @Field(() => [DevelopmentWayFigure], { description: 'Preferred ways to develop.' })
  preferredWays: DevelopmentWayFigure[];

  @Field(() => [AppraisalCompetenceFigure], {
    description:
      'People willing to teach or guide, per topic (with or without consent to be named).',
  })
  teachingTopics: AppraisalCompetenceFigure[];

  @Field(() => [AppraisalBreakdownRow], {
    description: 'Per municipality (region) or per unit (municipality); empty for a unit.',
  })
  breakdown: AppraisalBreakdownRow[];
}
