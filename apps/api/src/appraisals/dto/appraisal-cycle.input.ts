import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsNotEmpty, IsOptional, IsUUID, MaxLength, Min } from 'class-validator';
import { Label } from '../../common/validation/label.decorator';
import { Trim } from '../../common/validation/trim.decorator';
import { IsIsoDate } from '../../employees/dto/is-iso-date.decorator';

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
  opensOn: string;

  @Field({ description: 'ISO date, inclusive.' })
  @Label('Frist')
  @IsIsoDate()
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
  opensOn?: string | null;

  @Field(() => String, { nullable: true })
  @Label('Frist')
  @IsOptional()
  @IsIsoDate()
  closesOn?: string | null;
}
