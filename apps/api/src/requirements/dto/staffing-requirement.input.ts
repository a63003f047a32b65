import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsNumber, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { Label } from '../../common/validation/label.decorator';
import { Trim } from '../../common/validation/trim.decorator';
import { NewRequirementFields, RequirementChanges } from './requirement-common.input';
import { MAX_VERSION } from '../../common/validation/argument.pipes';

@InputType()
export class CreateStaffingRequirementInput extends NewRequirementFields() {
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
}

@InputType({
  description:
    'Omitted or null fields are left unchanged, except targetDate, where null removes the date.',
})
export class UpdateStaffingRequirementInput extends RequirementChanges {
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
}
