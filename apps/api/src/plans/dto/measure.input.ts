import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { MAX_VERSION } from '../../common/validation/argument.pipes';
import { IsIsoDate } from '../../common/validation/iso-date.decorator';
import { Label } from '../../common/validation/label.decorator';
import { Trim } from '../../common/validation/trim.decorator';
import {
  FundingSource,
  MeasureKind,
  MeasureProvider,
  MeasureStatus,
  MeasureStrategy,
} from '../plan.enums';

export const MAX_PLACES = 10_000;
export const MAX_HOURS = 10_000;

@InputType({ description: 'Part of the cost from one source (kroner, at least 0).' })
export class MeasureFundingInput {
  @Field(() => FundingSource)
  @Label('Finansieringskilde')
  @IsEnum(FundingSource)
  source: FundingSource;

  @Field(() => Float)
  @Label('Beløp')
  @IsNumber({ allowNaN: false, allowInfinity: false })
  amount: number;
}

@InputType({
  description:
    'A requirement (gap row: its competence and minimum level are taken) and/or a competence × level.',
})
export class MeasureTargetInput {
  @Field(() => ID, { nullable: true })
  @Label('Krav')
  @IsOptional()
  @IsUUID('all')
  requirementId?: string | null;

  @Field(() => ID, { nullable: true })
  @Label('Kompetanse')
  @IsOptional()
  @IsUUID('all')
  competenceId?: string | null;

  @Field(() => Int, { nullable: true, description: "Default: the requirement's minimum level." })
  @Label('Nivå')
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10)
  level?: number | null;
}

@InputType({ description: "A regional measure's places for one municipality." })
export class MeasureShareInput {
  @Field(() => ID)
  @Label('Kommune')
  @IsUUID('all')
  municipalityId: string;

  @Field(() => Int)
  @Label('Plasser')
  @IsInt()
  @Min(0)
  @Max(MAX_PLACES)
  places: number;
}

@InputType({ description: 'A person from the teaching directory and the topic they teach.' })
export class MeasureTeacherInput {
  @Field(() => ID)
  @Label('Underviser')
  @IsUUID('all')
  employeeId: string;

  @Field(() => ID)
  @Label('Tema')
  @IsUUID('all')
  competenceId: string;
}

/** The lists a measure holds; in an update an omitted (null) list is left as it is. */
@InputType({ isAbstract: true })
abstract class MeasureLists {
  @Field(() => [MeasureFundingInput], { nullable: true })
  @Label('Finansiering')
  @IsOptional()
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => MeasureFundingInput)
  funding?: MeasureFundingInput[] | null;

  @Field(() => [MeasureTargetInput], { nullable: true })
  @Label('Mål')
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => MeasureTargetInput)
  targets?: MeasureTargetInput[] | null;

  @Field(() => [MeasureShareInput], { nullable: true, description: 'Regional measures only.' })
  @Label('Andeler')
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MeasureShareInput)
  shares?: MeasureShareInput[] | null;

  @Field(() => [MeasureTeacherInput], { nullable: true })
  @Label('Undervisere')
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => MeasureTeacherInput)
  teachers?: MeasureTeacherInput[] | null;

  @Field(() => ID, { nullable: true, description: 'Mobilisation: the unit that lends people.' })
  @Label('Utlånende enhet')
  @IsOptional()
  @IsUUID('all')
  lendingUnitId?: string | null;
}

@InputType()
export class CreateMeasureInput extends MeasureLists {
  @Field(() => ID)
  @Label('Plan')
  @IsUUID('all')
  planId: string;

  @Field()
  @Label('Tittel')
  @Trim()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @Field(() => String, { nullable: true })
  @Label('Beskrivelse')
  @IsOptional()
  @Trim()
  @MaxLength(4000)
  description?: string | null;

  @Field(() => MeasureStrategy)
  @Label('Strategi')
  @IsEnum(MeasureStrategy)
  strategy: MeasureStrategy;

  @Field(() => MeasureKind)
  @Label('Type tiltak')
  @IsEnum(MeasureKind)
  kind: MeasureKind;

  @Field(() => MeasureProvider)
  @Label('Tilbyder')
  @IsEnum(MeasureProvider)
  provider: MeasureProvider;

  @Field(() => String, { nullable: true })
  @Label('Navn på tilbyder')
  @IsOptional()
  @Trim()
  @MaxLength(200)
  providerName?: string | null;

  @Field(() => String, { nullable: true })
  @Label('Målgruppe')
  @IsOptional()
  @Trim()
  @MaxLength(500)
  targetGroup?: string | null;

  @Field()
  @Label('Ansvarlig')
  @Trim()
  @IsNotEmpty()
  @MaxLength(200)
  owner: string;

  @Field(() => Int)
  @Label('Plasser')
  @IsInt()
  @Min(0)
  @Max(MAX_PLACES)
  places: number;

  @Field(() => Float, { nullable: true, description: 'Hours per participant; default 0.' })
  @Label('Timer per deltaker')
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 1 })
  @Min(0)
  @Max(MAX_HOURS)
  hours?: number | null;

  @Field({ description: 'ISO date.' })
  @Label('Startdato')
  @IsIsoDate()
  startsOn: string;

  @Field({ description: 'ISO date, not before the start.' })
  @Label('Sluttdato')
  @IsIsoDate()
  endsOn: string;

  @Field(() => Boolean, { nullable: true })
  @Label('Gir kursbevis/sertifikat')
  @IsOptional()
  @IsBoolean()
  awardsCertificate?: boolean | null;
}

@InputType({ description: 'Omitted or null fields and lists are left as they are.' })
export class UpdateMeasureInput extends MeasureLists {
  @Field(() => ID)
  @Label('Tiltak')
  @IsUUID('all')
  id: string;

  @Field(() => Int, { description: 'The version that was read (optimistic locking).' })
  @Label('Versjon')
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version: number;

  @Field(() => String, { nullable: true })
  @Label('Tittel')
  @IsOptional()
  @Trim()
  @IsNotEmpty()
  @MaxLength(200)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @Label('Beskrivelse')
  @IsOptional()
  @Trim()
  @MaxLength(4000)
  description?: string | null;

  @Field(() => MeasureStrategy, { nullable: true })
  @Label('Strategi')
  @IsOptional()
  @IsEnum(MeasureStrategy)
  strategy?: MeasureStrategy | null;

  @Field(() => MeasureKind, { nullable: true })
  @Label('Type tiltak')
  @IsOptional()
  @IsEnum(MeasureKind)
  kind?: MeasureKind | null;

  @Field(() => MeasureProvider, { nullable: true })
  @Label('Tilbyder')
  @IsOptional()
  @IsEnum(MeasureProvider)
  provider?: MeasureProvider | null;

  @Field(() => String, { nullable: true })
  @Label('Navn på tilbyder')
  @IsOptional()
  @Trim()
  @MaxLength(200)
  providerName?: string | null;

  @Field(() => String, { nullable: true })
  @Label('Målgruppe')
  @IsOptional()
  @Trim()
  @MaxLength(500)
  targetGroup?: string | null;

  @Field(() => String, { nullable: true })
  @Label('Ansvarlig')
  @IsOptional()
  @Trim()
  @IsNotEmpty()
  @MaxLength(200)
  owner?: string | null;

  @Field(() => Int, { nullable: true })
  @Label('Plasser')
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PLACES)
  places?: number | null;

  @Field(() => Float, { nullable: true })
  @Label('Timer per deltaker')
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 1 })
  @Min(0)
  @Max(MAX_HOURS)
  hours?: number | null;

  @Field(() => String, { nullable: true })
  @Label('Startdato')
  @IsOptional()
  @IsIsoDate()
  startsOn?: string | null;

  @Field(() => String, { nullable: true })
  @Label('Sluttdato')
  @IsOptional()
  @IsIsoDate()
  endsOn?: string | null;

  @Field(() => Boolean, { nullable: true })
  @Label('Gir kursbevis/sertifikat')
  @IsOptional()
  @IsBoolean()
  awardsCertificate?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True removes the lending unit (a null lendingUnitId leaves it as it is).',
  })
  @IsOptional()
  @IsBoolean()
  clearLendingUnit?: boolean | null;
}

@InputType()
export class ChangeMeasureStatusInput {
  @Field(() => ID)
  @Label('Tiltak')
  @IsUUID('all')
  id: string;

  @Field(() => Int)
  @Label('Versjon')
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version: number;

  @Field(() => MeasureStatus)
  @Label('Status')
  @IsEnum(MeasureStatus)
  status: MeasureStatus;
}
