import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { IsIsoDate } from '../../common/validation/iso-date.decorator';
import { Label } from '../../common/validation/label.decorator';
import { FundingSource, MeasureStatus } from '../../plans/plan.enums';
import { ParticipantCount } from './participation.model';

@InputType({
  description: 'A period (from and to, or a half-year) and a municipality or the region.',
})
export class FundingReportInput {
  @Field(() => String, { nullable: true, description: 'ISO date, first day.' })
  @Label('Fra dato')
  @IsOptional()
  @IsIsoDate()
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date, last day.' })
  @Label('Til dato')
  @IsOptional()
  @IsIsoDate()
  to?: string | null;

  @Field(() => Int, { nullable: true })
  @Label('År')
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number | null;

  @Field(() => Int, { nullable: true, description: '1: January–June, 2: July–December.' })
  @Label('Halvår')
  @IsOptional()
  @IsInt()
  @IsIn([1, 2])
  half?: number | null;

  @Field(() => ID, { nullable: true, description: 'Omitted: the whole region.' })
  @Label('Kommune')
  @IsOptional()
  @IsUUID('all')
  municipalityId?: string | null;
}

@ObjectType()
export class FundingAmount {
  @Field(() => FundingSource)
  source: FundingSource;

  @Field(() => Float, { description: 'NOK, the part the report counts.' })
  amount: number;
}

@ObjectType({ description: "One measure's line in the funding report." })
export class FundingReportMeasure {
  @Field(() => ID)
  measureId: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true, description: 'null: a regional measure.' })
  municipalityName: string | null;

  @Field(() => MeasureStatus)
  status: MeasureStatus;

  @Field()
  startsOn: string;

  @Field()
  endsOn: string;

  @Field(() => Float, { description: 'Hours per participant.' })
  hours: number;

  @Field(() => Float, {
    description:
      "The part of the measure counted: 1, or for a regional measure in a municipality's report its share of the participants (of the places before anyone signed up).",
  })
  attributed: number;

  @Field(() => ParticipantCount, { description: 'Signed up, completed or not completed.' })
  participants: ParticipantCount;

  @Field(() => ParticipantCount)
  completed: ParticipantCount;

  @Field(() => Float)
  participantHours: number;

  @Field(() => Float, { description: 'NOK, the attributed part.' })
  cost: number;

  @Field(() => [FundingAmount])
  funding: FundingAmount[];
}

@ObjectType({ description: 'Sums for one funding source.' })
export class FundingSourceSummary {
  @Field(() => FundingSource)
  source: FundingSource;

  @Field()
  sourceName: string;

  @Field(() => Int)
  measures: number;

  @Field(() => Int, { description: 'Participants of the measures this source paid for.' })
  participants: number;

  @Field(() => Float)
  participantHours: number;

  @Field(() => Float)
  cost: number;
}

@ObjectType()
export class FundingReportTotals {
  @Field(() => Int)
  measures: number;

  @Field(() => Int)
  participants: number;

  @Field(() => Int)
  completed: number;

  @Field(() => Float)
  participantHours: number;

  @Field(() => Float)
  cost: number;
}

@ObjectType({
  description:
    'A requirement (gap row) the measures were made for: its gap when the first of them started and today, counted among today’s staff.',
})
export class FundingReportGap {
  @Field(() => ID)
  requirementId: string;

  @Field()
  unitName: string;

  @Field()
  competenceName: string;

  @Field(() => Int)
  minLevel: number;

  @Field(() => Float)
  required: number;

  @Field({ description: 'HEADCOUNT or FTE.' })
  measure: string;

  @Field({ description: 'ISO date "before" is counted on (the first measure’s start).' })
  before: string;

  @Field(() => Float, { nullable: true, description: 'null: withheld (FTE for rounded readers).' })
  holdersBefore: number | null;

  @Field(() => Float, { nullable: true })
  gapBefore: number | null;

  @Field(() => Float, { nullable: true })
  holdersAfter: number | null;

  @Field(() => Float, { nullable: true })
  gapAfter: number | null;

  @Field({ description: 'Holders randomly rounded to multiples of k (the caller sees no names).' })
  rounded: boolean;

  @Field(() => [ID], { description: 'The measures of the report made for it.' })
  measureIds: string[];
}

@ObjectType({
  description:
    'Measures, participants, hours and cost per funding source, and the gaps they addressed.',
})
export class FundingReport {
  @Field()
  from: string;

  @Field()
  to: string;

  @Field(() => ID, { nullable: true })
  municipalityId: string | null;

  @Field({ description: 'The region or the municipality.' })
  scopeName: string;

  @Field({ description: 'People counts are rounded (the caller may not see the people).' })
  rounded: boolean;

  @Field(() => Int, { description: 'k, the base of the rounding.' })
  minGroupSize: number;

  @Field(() => [FundingReportMeasure])
  measures: FundingReportMeasure[];

  @Field(() => [FundingSourceSummary])
  sources: FundingSourceSummary[];

  @Field(() => FundingReportTotals)
  totals: FundingReportTotals;

  @Field(() => [FundingReportGap])
  gaps: FundingReportGap[];
}
