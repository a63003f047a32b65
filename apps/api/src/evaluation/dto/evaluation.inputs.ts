import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Label } from '../../common/validation/label.decorator';
import { Trim } from '../../common/validation/trim.decorator';
import {
  BaselineKind,
  ComputedIndicatorKind,
  EvaluationScopeLevel,
  IndicatorDirection,
  IndicatorSource,
} from '../evaluation.enums';

/** The place a figure describes: the region, a municipality, or a unit and its subtree. */
@InputType()
export class EvaluationScopeInput {
  @Field(() => EvaluationScopeLevel)
  @Label('Nivå')
  @IsEnum(EvaluationScopeLevel)
  level: EvaluationScopeLevel;

  @Field(() => ID, {
    nullable: true,
    description: "The municipality's or unit's id; none for the region.",
  })
  @Label('Sted')
  @IsOptional()
  @IsUUID('all')
  id?: string | null;
}

/** Types are checked here; the rules (name length, decimals, subject) in the domain. */
@InputType()
export class CreateIndicatorInput {
  @Field()
  @Label('Navn')
  @IsString()
  @Trim()
  @MaxLength(200)
  name: string;

  @Field(() => String, { nullable: true })
  @Label('Beskrivelse')
  @IsOptional()
  @IsString()
  @Trim()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => IndicatorSource)
  @Label('Kilde')
  @IsEnum(IndicatorSource)
  source: IndicatorSource;

  @Field(() => ComputedIndicatorKind, { nullable: true })
  @Label('Beregning')
  @IsOptional()
  @IsEnum(ComputedIndicatorKind)
  computedKind?: ComputedIndicatorKind | null;

  @Field(() => ID, { nullable: true, description: 'For COMPETENCE_COVERAGE.' })
  @Label('Kompetanse')
  @IsOptional()
  @IsUUID('all')
  competenceId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A competence tag, for FOCUS_AREA_COVERAGE.',
  })
  @Label('Satsingsområde')
  @IsOptional()
  @IsString()
  @Trim()
  @MaxLength(100)
  tag?: string | null;

  @Field(() => String, { nullable: true, description: 'For KOSTRA indicators.' })
  @Label('KOSTRA-kode')
  @IsOptional()
  @IsString()
  @Trim()
  @MaxLength(100)
  kostraCode?: string | null;

  @Field(() => String, { nullable: true, description: "'%', 'poeng', 'antall' …" })
  @Label('Enhet')
  @IsOptional()
  @IsString()
  @Trim()
  @MaxLength(100)
  unit?: string | null;

  @Field(() => Int, { nullable: true })
  @Label('Desimaler')
  @IsOptional()
  @IsInt()
  decimals?: number | null;

  @Field(() => IndicatorDirection, { nullable: true })
  @Label('Retning')
  @IsOptional()
  @IsEnum(IndicatorDirection)
  direction?: IndicatorDirection | null;

  @Field(() => Float, { nullable: true })
  @Label('Mål')
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  target?: number | null;
}

@InputType()
export class SetBaselineInput {
  @Field(() => ID)
  @Label('Indikator')
  @IsUUID('all')
  indicatorId: string;

  @Field(() => EvaluationScopeInput)
  @Label('Sted')
  @ValidateNested()
  @Type(() => EvaluationScopeInput)
  scope: EvaluationScopeInput;

  @Field(() => BaselineKind)
  @Label('Type grunnlinje')
  @IsEnum(BaselineKind)
  kind: BaselineKind;

  @Field(() => String, { nullable: true, description: "First month, 'YYYY-MM' (PERIOD)." })
  @Label('Fra måned')
  @IsOptional()
  @IsString()
  @MaxLength(20)
  fromPeriod?: string | null;

  @Field(() => String, { nullable: true, description: "Last month, 'YYYY-MM' (PERIOD)." })
  @Label('Til måned')
  @IsOptional()
  @IsString()
  @MaxLength(20)
  toPeriod?: string | null;

  @Field(() => Float, { nullable: true, description: 'The baseline value (VALUE).' })
  @Label('Verdi')
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value?: number | null;

  @Field(() => String, { nullable: true, description: 'ISO date the value describes (VALUE).' })
  @Label('Dato')
  @IsOptional()
  @IsString()
  @MaxLength(20)
  measuredOn?: string | null;
}

@InputType()
export class RecordMeasurementInput {
  @Field(() => ID)
  @Label('Indikator')
  @IsUUID('all')
  indicatorId: string;

  @Field(() => EvaluationScopeInput)
  @Label('Sted')
  @ValidateNested()
  @Type(() => EvaluationScopeInput)
  scope: EvaluationScopeInput;

  @Field(() => Float)
  @Label('Verdi')
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value: number;

  @Field({ description: 'ISO date of the measurement; not after today. Its month is the period.' })
  @Label('Dato')
  @IsString()
  @MaxLength(20)
  measuredOn: string;
}

@InputType()
export class ImportMeasurementsInput {
  @Field(() => ID)
  @Label('Indikator')
  @IsUUID('all')
  indicatorId: string;

  @Field(() => EvaluationScopeInput, {
    description: 'Where rows without a place column (Sted) belong.',
  })
  @Label('Sted')
  @ValidateNested()
  @Type(() => EvaluationScopeInput)
  scope: EvaluationScopeInput;

  @Field({ description: 'The file (CSV or XLSX), base64-encoded; at most 1 MB.' })
  @Label('Fil')
  @IsString()
  @MaxLength(1_400_000)
  contentBase64: string;

  @Field(() => String, { nullable: true })
  @Label('Filnavn')
  @IsOptional()
  @IsString()
  @MaxLength(255)
  fileName?: string | null;
}

@InputType()
export class LinkIndicatorMeasureInput {
  @Field(() => ID)
  @Label('Indikator')
  @IsUUID('all')
  indicatorId: string;

  @Field(() => ID)
  @Label('Tiltak')
  @IsUUID('all')
  measureId: string;

  @Field({ description: 'True links, false removes the link.' })
  @Label('Koblet')
  @IsBoolean()
  linked: boolean;
}

@InputType()
export class SeptemberViewInput {
  @Field(() => [ID], { description: 'The indicators to show (at most 20).' })
  @Label('Indikatorer')
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  indicatorIds: string[];
}
