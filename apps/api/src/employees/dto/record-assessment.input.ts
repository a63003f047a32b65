import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Label } from '../../common/validation/label.decorator';
import { Trim } from '../../common/validation/trim.decorator';
import { AssessmentSource } from '../employee.rows';
import { DateWithin, IsIsoDate } from '../../common/validation/iso-date.decorator';

@InputType()
export class RecordAssessmentInput {
  @Field(() => ID)
  @Label('Ansatt')
  @IsUUID('all')
  employeeId: string;

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

  @Field(() => AssessmentSource, {
    description: 'INFORMAL, LEADER_ASSESSED or SELF_DECLARED (FORMAL only through qualifications).',
  })
  @Label('Kilde')
  @IsEnum(AssessmentSource)
  source: AssessmentSource;

  @Field(() => String, { nullable: true })
  @Label('Dokumentasjon')
  @IsOptional()
  @Trim()
  @MaxLength(4000)
  evidence?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date; default today.' })
  @Label('Vurderingsdato')
  @IsOptional()
  @IsIsoDate()
  assessedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date, the last day it counts.' })
  @Label('Gyldig til')
  @IsOptional()
  @IsIsoDate()
  @DateWithin('assessmentValidUntil')
  validUntil?: string | null;
}
