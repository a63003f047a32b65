import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Label } from '../../common/validation/label.decorator';
import { Trim } from '../../common/validation/trim.decorator';
import { Horizon, Measure, Priority, RationaleKind } from '../requirement.enums';

/**
 * Types are checked here; the rules that need the competence's scale or today's date (level on
 * the scale, amount above zero, target date not in the past) are checked by the service, so
 * every problem is reported at once.
 */
@InputType()
export class CreateRequirementInput {
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

  @Field(() => Horizon)
  @Label('Tidshorisont')
  @IsEnum(Horizon)
  horizon: Horizon;

  @Field(() => String, {
    nullable: true,
    description: 'ISO date, not in the past and within the horizon.',
  })
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
