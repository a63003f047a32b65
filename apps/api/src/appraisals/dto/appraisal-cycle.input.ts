import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsNotEmpty, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { MAX_VERSION } from '../../common/validation/argument.pipes';
import { Label } from '../../common/validation/label.decorator';
import { Trim } from '../../common/validation/trim.decorator';
import { DateWithin, IsIsoDate } from '../../common/validation/iso-date.decorator';

@InputType()
export class CreateAppraisalCycleInput {
  @Field(() => ID)
  @Label('Kommune')
  @IsUUID('all')
  municipalityId: string;

  @Field({ description: 'E.g. "Medarbeidersamtaler 2027".' })
  @Label('Navn')
  @Trim()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field({ description: 'ISO date.' })
  @Label('Åpner')
  @IsIsoDate()
  @DateWithin('cycleDate')
  opensOn: string;

  @Field({ description: 'ISO date, inclusive.' })
  @Label('Frist')
  @IsIsoDate()
  @DateWithin('cycleDate')
  closesOn: string;
}

@InputType()
export class UpdateAppraisalCycleInput {
  @Field(() => ID)
  @Label('Samtalerunde')
  @IsUUID('all')
  id: string;

  @Field(() => Int)
  @Label('Versjon')
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version: number;

  @Field(() => String, { nullable: true })
  @Label('Navn')
  @IsOptional()
  @Trim()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @Label('Åpner')
  @IsOptional()
  @IsIsoDate()
  @DateWithin('cycleDate')
  opensOn?: string | null;

  @Field(() => String, { nullable: true })
  @Label('Frist')
  @IsOptional()
  @IsIsoDate()
  @DateWithin('cycleDate')
  closesOn?: string | null;
}
