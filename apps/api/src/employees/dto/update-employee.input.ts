import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
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
} from 'class-validator';
import { Label } from '../../common/validation/label.decorator';
import { Trim } from '../../common/validation/trim.decorator';
import { EmploymentType } from '../employee.rows';
import { DateWithin, IsIsoDate } from '../../common/validation/iso-date.decorator';
import { MAX_VERSION } from '../../common/validation/argument.pipes';

@InputType({
  description:
    'Omitted or null fields are left unchanged, except professionCode, birthYear and startDate, where null clears the value.',
})
export class UpdateEmployeeInput {
  @Field(() => ID)
  @Label('Ansatt')
  @IsUUID('all')
  id: string;

  @Field(() => Int, { description: 'The version that was read (optimistic locking).' })
  @Label('Versjon')
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version: number;

  @Field(() => ID, { nullable: true })
  @Label('Enhet')
  @IsOptional()
  @IsUUID('all')
  unitId?: string | null;

  @Field(() => String, { nullable: true })
  @Label('Ansattnummer')
  @IsOptional()
  @Trim()
  @IsNotEmpty()
  @MaxLength(50)
  employeeNumber?: string | null;

  @Field(() => String, { nullable: true })
  @Label('Fornavn')
  @IsOptional()
  @Trim()
  @IsNotEmpty()
  @MaxLength(100)
  givenName?: string | null;

  @Field(() => String, { nullable: true })
  @Label('Etternavn')
  @IsOptional()
  @Trim()
  @IsNotEmpty()
  @MaxLength(100)
  familyName?: string | null;

  @Field(() => String, { nullable: true })
  @Label('Stillingstittel')
  @IsOptional()
  @Trim()
  @MaxLength(200)
  positionTitle?: string | null;

  @Field(() => String, { nullable: true })
  @Label('Yrkeskode (STYRK-08)')
  @IsOptional()
  @Trim()
  professionCode?: string | null;

  @Field(() => Float, { nullable: true })
  @Label('Stillingsprosent')
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  fte?: number | null;

  @Field(() => EmploymentType, { nullable: true })
  @Label('Ansettelsesform')
  @IsOptional()
  @IsEnum(EmploymentType)
  employmentType?: EmploymentType | null;

  @Field(() => Int, { nullable: true })
  @Label('Fødselsår')
  @IsOptional()
  @IsInt()
  birthYear?: number | null;

  @Field(() => String, { nullable: true })
  @Label('Startdato')
  @IsOptional()
  @IsIsoDate()
  @DateWithin('employmentStart')
  startDate?: string | null;

  @Field(() => Boolean, { nullable: true })
  @Label('Aktiv')
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;
}
