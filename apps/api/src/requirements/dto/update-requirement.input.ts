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
import { MAX_VERSION } from '../../common/validation/argument.pipes';

@InputType({
  description:
    'Omitted or null fields are left unchanged, except targetDate, where null removes the date. The unit cannot be changed.',
})
export class UpdateRequirementInput {
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
