import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsNumber, IsUUID, Max, Min } from 'class-validator';
import { Label } from '../../common/validation/label.decorator';
import { Measure } from '../requirement.enums';
import { NewRequirementFields } from './requirement-common.input';

/**
 * Types are checked here; the rules that need the competence's scale or today's date (level on
 * the scale, amount above zero, target date not in the past) are checked by the service, so
 * every problem is reported at once.
 */
@InputType()
export class CreateRequirementInput extends NewRequirementFields({
  targetDate: 'ISO date, not in the past and within the horizon.',
}) {
  @Field(() => ID)
  @Label('Enhet')
  @IsUUID('all')
  unitId: string;

  @Field(() => ID)
  @Label('Kompetanse')
  @IsUUID('all')
  competenceId: string;

  @Field(() => Int, { description: "On the competence's scale." })
  @Label('Minstenivå')
  @IsInt()
  @Min(0)
  @Max(10)
  minLevel: number;

  @Field(() => Float, { description: 'More than 0; whole people for HEADCOUNT.' })
  @Label('Antall')
  @IsNumber({ allowNaN: false, allowInfinity: false })
  required: number;

  @Field(() => Measure, { defaultValue: Measure.HEADCOUNT })
  @Label('Måles i')
  @IsEnum(Measure)
  measure: Measure = Measure.HEADCOUNT;
}
