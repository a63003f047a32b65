import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Label } from '../../common/validation/label.decorator';
import { Trim } from '../../common/validation/trim.decorator';
import { Horizon, Priority } from '../../requirements/requirement.enums';

/** Where to look: a unit subtree, a municipality, or (neither) the whole region. */
@InputType()
export class GapScopeInput {
  @Field(() => ID, { nullable: true })
  @Label('Kommune')
  @IsOptional()
  @IsUUID('all')
  municipalityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The unit and all its sub-units.' })
  @Label('Enhet')
  @IsOptional()
  @IsUUID('all')
  unitId?: string | null;
}

@InputType({ description: 'Which requirements to analyse; omitted parts mean "all".' })
export class GapFilter extends GapScopeInput {
  @Field(() => [Horizon], { nullable: true, description: 'Default: all three.' })
  @Label('Tidshorisonter')
  @IsOptional()
  @ArrayMaxSize(10)
  @IsEnum(Horizon, { each: true })
  horizons?: Horizon[] | null;

  @Field(() => [ID], { nullable: true })
  @Label('Kompetanser')
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  competenceIds?: string[] | null;

  @Field(() => String, { nullable: true })
  @Label('Område')
  @IsOptional()
  @Trim()
  @MaxLength(100)
  area?: string | null;

  @Field(() => String, { nullable: true, description: 'Focus area, e.g. "Demensplan 2025".' })
  @Label('Satsingsområde')
  @IsOptional()
  @Trim()
  @MaxLength(80)
  tag?: string | null;

  @Field(() => [Priority], { nullable: true })
  @Label('Prioriteter')
  @IsOptional()
  @ArrayMaxSize(10)
  @IsEnum(Priority, { each: true })
  priorities?: Priority[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'A second scenario: figures if people retire at this age (e.g. 62, AFP).',
  })
  @Label('Tidlig pensjonsalder')
  @IsOptional()
  @IsInt()
  @Min(50)
  @Max(80)
  earlyRetirementAge?: number | null;
}

@InputType()
export class RetirementWaveFilter extends GapScopeInput {
  @Field(() => [ID], {
    nullable: true,
    description: 'Default: competences with a CRITICAL requirement in the scope.',
  })
  @Label('Kompetanser')
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  competenceIds?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'STYRK-08 codes. Default: every profession in the scope.',
  })
  @Label('Yrker')
  @IsOptional()
  @ArrayMaxSize(50)
  @MaxLength(4, { each: true })
  professionCodes?: string[] | null;

  @Field(() => Int, { nullable: true, defaultValue: 10 })
  @Label('Antall år')
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  years?: number | null = 10;

  @Field(() => Int, { nullable: true, description: "Default: the region's retirement age." })
  @Label('Pensjonsalder')
  @IsOptional()
  @IsInt()
  @Min(50)
  @Max(80)
  retirementAge?: number | null;
}

@InputType()
export class ExpiringCertificatesFilter extends GapScopeInput {
  @Field(() => Int, { nullable: true, defaultValue: 12 })
  @Label('Antall måneder')
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(36)
  months?: number | null = 12;
}
