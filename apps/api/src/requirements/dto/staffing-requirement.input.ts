import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Label } from '../../common/validation/label.decorator';
import { Trim } from '../../common/validation/trim.decorator';
import { Horizon, Priority, RationaleKind } from '../requirement.enums';
import { MAX_VERSION } from '../../common/validation/argument.pipes';

@InputType()
export class CreateStaffingRequirementInput {
  @Field(() => ID)
  @Label('Enhet')
  @IsUUID('all')
  unitId: string;

  @Field({ description: 'STYRK-08 code of a health and care profession, e.g. "2223".' })
  @Label('Yrke')
  @Trim()
  @Matches(/^\d{4}$/)
  professionCode: string;

  @Field(() => Float, { description: 'Årsverk, more than 0.' })
  @Label('Årsverk')
  @IsNumber({ allowNaN: false, allowInfinity: false })
  requiredFte: number;

  @Field(() => Horizon)
  @Label('Tidshorisont')
  @IsEnum(Horizon)
  horizon: Horizon;

  @Field(() => String, { nullable: true })
  @Label('Måldato')
  @IsOptional()
  @IsString()
  targetDate?: string | null;

  @Field(() => Priority)
  @Label('Prioritet')
  @IsEnum(Priority)
  priority: Priority;

  @Field(() => RationaleKind)
  @Label('Begrunnelsestype')
  @IsEnum(RationaleKind)
  rationaleKind: RationaleKind;

  @Field(() => String, { nullable: true })
  @Label('Begrunnelse')
  @IsOptional()
  @Trim()
  @MaxLength(2000)
  rationale?: string | null;

  @Field(() => String, { nullable: true })
  @Label('Henvisning')
  @IsOptional()
  @Trim()
  @MaxLength(500)
  reference?: string | null;
}

@InputType({
  description:
    'Omitted or null fields are left unchanged, except targetDate, where null removes the date.',
})
export class UpdateStaffingRequirementInput {
  @Field(() => ID)
  @Label('Bemanningskrav')
  @IsUUID('all')
  id: string;

  @Field(() => Int)
  @Label('Versjon')
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version: number;

  @Field(() => String, { nullable: true })
  @Label('Yrke')
  @IsOptional()
  @Trim()
  @Matches(/^\d{4}$/)
  professionCode?: string | null;

  @Field(() => Float, { nullable: true })
  @Label('Årsverk')
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  requiredFte?: number | null;

  @Field(() => Horizon, { nullable: true })
  @Label('Tidshorisont')
  @IsOptional()
  @IsEnum(Horizon)
  horizon?: Horizon | null;

  @Field(() => String, { nullable: true })
  @Label('Måldato')
  @IsOptional()
  @IsString()
  targetDate?: string | null;

  @Field(() => Priority, { nullable: true })
  @Label('Prioritet')
  @IsOptional()
  @IsEnum(Priority)
  priority?: Priority | null;

  @Field(() => RationaleKind, { nullable: true })
  @Label('Begrunnelsestype')
  @IsOptional()
  @IsEnum(RationaleKind)
  rationaleKind?: RationaleKind | null;

  @Field(() => String, { nullable: true })
  @Label('Begrunnelse')
  @IsOptional()
  @Trim()
  @MaxLength(2000)
  rationale?: string | null;

  @Field(() => String, { nullable: true })
  @Label('Henvisning')
  @IsOptional()
  @Trim()
  @MaxLength(500)
  reference?: string | null;
}
