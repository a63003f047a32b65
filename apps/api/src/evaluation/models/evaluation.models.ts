import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  BaselineKind,
  ComputedIndicatorKind,
  EvaluationScopeLevel,
  IndicatorDirection,
  IndicatorSource,
  MeasurementSource,
  RunChartSignalKind,
} from '../evaluation.enums';

@ObjectType({ description: 'A measure (tiltak) linked to an indicator it is meant to move.' })
export class LinkedMeasure {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  status: string;

  @Field(() => ID, { nullable: true })
  municipalityId: string | null;

  @Field()
  startsOn: string;

  @Field()
  endsOn: string;
}

@ObjectType({ description: 'Anything measured over time for a scope.' })
export class Indicator {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field(() => IndicatorSource)
  source: IndicatorSource;

  @Field(() => ComputedIndicatorKind, { nullable: true })
  computedKind: ComputedIndicatorKind | null;

  @Field(() => ID, { nullable: true })
  competenceId: string | null;

  @Field(() => String, { nullable: true })
  tag: string | null;

  @Field(() => String, { nullable: true, description: 'The KOSTRA code (KOSTRA indicators).' })
  kostraCode: string | null;

  @Field({ description: "The unit values are given in: '%', 'personer', 'poeng' …" })
  unit: string;

  @Field(() => Int)
  decimals: number;

  @Field(() => IndicatorDirection)
  direction: IndicatorDirection;

  @Field(() => Float, { nullable: true })
  target: number | null;

  @Field({
    description:
      'Counts people: for scopes the caller may not see one by one, its figures are built from rounded counts.',
  })
  countsPeople: boolean;

  @Field(() => [LinkedMeasure])
  measures: LinkedMeasure[];
}

@ObjectType()
export class Baseline {
  @Field(() => BaselineKind)
  kind: BaselineKind;

  @Field(() => String, { nullable: true })
  fromPeriod: string | null;

  @Field(() => String, { nullable: true })
  toPeriod: string | null;

  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field(() => String, { nullable: true })
  measuredOn: string | null;
}

@ObjectType()
export class MeasurementPoint {
  @Field({ description: "The month, 'YYYY-MM'." })
  period: string;

  @Field()
  measuredOn: string;

  @Field(() => Float, { nullable: true, description: 'Null: nothing to share that month.' })
  value: number | null;

  @Field(() => MeasurementSource)
  source: MeasurementSource;

  @Field(() => String, { nullable: true, description: 'Who entered it (entered values).' })
  enteredBy: string | null;

  @Field({ description: 'In the baseline period.' })
  inBaseline: boolean;

  @Field({ description: 'Part of a signal of non-random variation.' })
  inSignal: boolean;
}

@ObjectType()
export class RunChartSignal {
  @Field(() => RunChartSignalKind)
  kind: RunChartSignalKind;

  @Field(() => String, { nullable: true, description: 'UP or DOWN for shifts and trends.' })
  direction: string | null;

  @Field(() => [String], { description: 'The months of the points that make the signal.' })
  periods: string[];

  @Field({ description: 'The signal in one Norwegian sentence.' })
  sentence: string;
}

@ObjectType({ description: 'A run chart (serieplott): the series, its centre line and signals.' })
export class IndicatorSeries {
  @Field(() => Indicator)
  indicator: Indicator;

  @Field(() => EvaluationScopeLevel)
  scopeLevel: EvaluationScopeLevel;

  @Field(() => ID)
  scopeId: string;

  @Field()
  scopeName: string;

  @Field(() => Baseline, { nullable: true })
  baseline: Baseline | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The centre line: the median of the baseline period, or the baseline value.',
  })
  median: number | null;

  @Field(() => [MeasurementPoint])
  points: MeasurementPoint[];

  @Field(() => [RunChartSignal])
  signals: RunChartSignal[];

  @Field(() => Int)
  runs: number;

  @Field(() => Int, { nullable: true })
  runsLower: number | null;

  @Field(() => Int, { nullable: true })
  runsUpper: number | null;

  @Field({ description: 'Built from rounded counts (the caller may not see the people).' })
  rounded: boolean;

  @Field({ description: 'The caller may enter values here (entered indicators).' })
  canEnter: boolean;

  @Field({ description: 'The caller may set the baseline here.' })
  canSetBaseline: boolean;
}

@ObjectType({ description: 'One indicator in one scope of the September view.' })
export class SeptemberCell {
  @Field(() => ID)
  indicatorId: string;

  @Field(() => Float, { nullable: true })
  baselineValue: number | null;

  @Field(() => String, { nullable: true })
  currentPeriod: string | null;

  @Field(() => Float, { nullable: true })
  currentValue: number | null;

  @Field(() => Float, { nullable: true })
  change: number | null;

  @Field({ description: 'The change goes the way the indicator wants.' })
  improved: boolean;

  @Field(() => [String])
  signals: string[];

  @Field()
  rounded: boolean;
}

@ObjectType()
export class SeptemberScope {
  @Field(() => EvaluationScopeLevel)
  level: EvaluationScopeLevel;

  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => [SeptemberCell])
  cells: SeptemberCell[];
}

@ObjectType({ description: 'Baseline against now for the region and each municipality.' })
export class SeptemberView {
  @Field(() => [Indicator])
  indicators: Indicator[];

  @Field(() => [SeptemberScope])
  scopes: SeptemberScope[];
}

@ObjectType()
export class MeasurementImportResult {
  @Field(() => Int)
  recorded: number;
}

@ObjectType()
export class HistoryRebuildResult {
  @Field(() => [String], { description: 'The months measured now (already measured are kept).' })
  periods: string[];
}
