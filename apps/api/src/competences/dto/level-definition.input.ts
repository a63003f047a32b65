import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsNotEmpty, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Label } from '../../common/validation/label.decorator';
import { Trim } from '../../common/validation/trim.decorator';

@InputType()
export class LevelDefinitionInput {
  @Field(() => Int)
  @Label('Nivå')
  @IsInt()
  @Min(0)
  @Max(10)
  level: number;

  @Field(() => String, { nullable: true, description: 'Short name, e.g. "Selvstendig".' })
  @Label('Navn på nivået')
  @IsOptional()
  @Trim()
  @MaxLength(60)
  name?: string | null;

  @Field()
  @Label('Beskrivelse av nivået')
  @Trim()
  @IsNotEmpty()
  @MaxLength(500)
  description: string;
}
