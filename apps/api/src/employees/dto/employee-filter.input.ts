import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PROFESSION_CODES } from '@kp/domain';
import { Label } from '../../common/validation/label.decorator';
import { Trim } from '../../common/validation/trim.decorator';

@InputType()
export class EmployeeFilter {
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

  @Field(() => [String], { nullable: true, description: 'STYRK-08 codes; empty = all.' })
  @Label('Yrke')
  @IsOptional()
  @ArrayMaxSize(50)
  @IsIn(PROFESSION_CODES, { each: true })
  professionCodes?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Employees whose realkompetanse counts for this competence (at any level).',
  })
  @Label('Kompetanse')
  @IsOptional()
  @IsUUID('all')
  competenceId?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'With competenceId: realkompetanse at least this level today.',
  })
  @Label('Minste nivå')
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10)
  minLevel?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Has a qualification or assessment whose last valid day is within N days.',
  })
  @Label('Utløper innen antall dager')
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3650)
  expiringWithinDays?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Name or employee number, case-insensitive.',
  })
  @Label('Søk')
  @IsOptional()
  @Trim()
  @MaxLength(100)
  search?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @Label('Ta med inaktive')
  @IsOptional()
  @IsBoolean()
  includeInactive?: boolean | null = false;
}
