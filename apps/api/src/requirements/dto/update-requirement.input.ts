import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsNumber, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Label } from '../../common/validation/label.decorator';
import { Measure } from '../requirement.enums';
import { RequirementChanges } from './requirement-common.input';
import { MAX_VERSION } from '../../common/validation/argument.pipes';

@InputType({
  description:
    'Omitted or null fields are left unchanged, except targetDate, where null removes the date. The unit cannot be changed.',
})
export class UpdateRequirementInput extends RequirementChanges {
  @Field(() => ID)
  @Label('Krav')
  @IsUUID('all')
  id: string;

  @Field(() => Int, { description: 'The version that was read (optimistic locking).' })
  @Label('Versjon')
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version: number;

  @Field(() => ID, { nullable: true })
  @Label('Kompetanse')
  @IsOptional()
  @IsUUID('all')
  competenceId?: string | null;

  @Field(() => Int, { nullable: true })
  @Label('Minstenivå')
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10)
  minLevel?: number | null;

  @Field(() => Float, { nullable: true })
  @Label('Antall')
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  required?: number | null;

  @Field(() => Measure, { nullable: true })
  @Label('Måles i')
  @IsOptional()
  @IsEnum(Measure)
  measure?: Measure | null;
}
