import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
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

@InputType()
export class CreateEmployeeInput {
  @Field(() => ID)
  @Label('Enhet')
  @IsUUID('all')
  unitId: string;

  @Field()
  @Label('Ansattnummer')
  @Trim()
  @IsNotEmpty()
  @MaxLength(50)
  employeeNumber: string;

  @Field()
  @Label('Fornavn')
  @Trim()
  @IsNotEmpty()
  @MaxLength(100)
  givenName: string;

  @Field()
  @Label('Etternavn')
  @Trim()
  @IsNotEmpty()
  @MaxLength(100)
  familyName: string;

  @Field(() => String, { nullable: true })
  @Label('Stillingstittel')
  @IsOptional()
  @Trim()
  @MaxLength(200)
  positionTitle?: string | null;

  @Field(() => String, { nullable: true, description: 'STYRK-08 code, e.g. "2223".' })
  @Label('Yrkeskode (STYRK-08)')
  @IsOptional()
  @Trim()
  professionCode?: string | null;

  @Field(() => Float, { description: 'Stillingsprosent, 0–100.' })
  @Label('Stillingsprosent')
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  fte: number;

  @Field(() => EmploymentType)
  @Label('Ansettelsesform')
  @IsEnum(EmploymentType)
  employmentType: EmploymentType;

  @Field(() => Int, { nullable: true })
  @Label('Fødselsår')
  @IsOptional()
  @IsInt()
  birthYear?: number | null;

  @Field(() => String, { nullable: true, description: 'ISO date.' })
  @Label('Startdato')
  @IsOptional()
  @IsIsoDate()
  @DateWithin('employmentStart')
  startDate?: string | null;
}
