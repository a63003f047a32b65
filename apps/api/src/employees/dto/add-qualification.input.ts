import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Label } from '../../common/validation/label.decorator';
import { Trim } from '../../common/validation/trim.decorator';
import { QualificationKind } from '../employee.rows';
import { DateWithin, IsIsoDate } from '../../common/validation/iso-date.decorator';

@InputType()
export class QualificationCompetenceInput {
  @Field(() => ID)
  @Label('Kompetanse')
  @IsUUID('all')
  competenceId: string;

  @Field(() => Int)
  @Label('Nivå')
  @IsInt()
  @Min(0)
  @Max(10)
  level: number;
}

@InputType()
export class AddQualificationInput {
  @Field(() => ID)
  @Label('Ansatt')
  @IsUUID('all')
  employeeId: string;

  @Field(() => QualificationKind)
  @Label('Type')
  @IsEnum(QualificationKind)
  kind: QualificationKind;

  @Field()
  @Label('Tittel')
  @Trim()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @Field(() => String, { nullable: true })
  @Label('Utsteder')
  @IsOptional()
  @Trim()
  @MaxLength(300)
  issuer?: string | null;

  @Field({ description: 'ISO date.' })
  @Label('Dato oppnådd')
  @IsIsoDate()
  obtainedOn: string;

  @Field(() => String, {
    nullable: true,
    description:
      'ISO date, the last day it counts. Default: obtainedOn + the shortest validityMonths among the mapped competences that have one.',
  })
  @Label('Utløpsdato')
  @IsOptional()
  @IsIsoDate()
  @DateWithin('qualificationExpiry')
  expiresOn?: string | null;

  @Field(() => [QualificationCompetenceInput], {
    description: 'The competences and levels it documents.',
  })
  @Label('Kompetanser')
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => QualificationCompetenceInput)
  competences: QualificationCompetenceInput[];
}
