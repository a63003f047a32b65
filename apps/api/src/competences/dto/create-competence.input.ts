import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Label } from '../../common/validation/label.decorator';
import { Trim } from '../../common/validation/trim.decorator';
import { BuildingBlock } from '../competence.rows';
import { LevelDefinitionInput } from './level-definition.input';

@InputType()
export class CreateCompetenceInput {
  @Field()
  @Label('Navn')
  @Trim()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field(() => String, { nullable: true })
  @Label('Beskrivelse')
  @IsOptional()
  @Trim()
  @MaxLength(4000)
  description?: string | null;

  @Field(() => BuildingBlock)
  @Label('Byggekloss')
  @IsEnum(BuildingBlock)
  buildingBlock: BuildingBlock;

  @Field()
  @Label('Område')
  @Trim()
  @IsNotEmpty()
  @MaxLength(100)
  area: string;

  @Field(() => [String], { nullable: true })
  @Label('Stikkord')
  @IsOptional()
  @ArrayMaxSize(20)
  @MaxLength(80, { each: true })
  tags?: string[] | null;

  @Field(() => [LevelDefinitionInput], {
    nullable: true,
    description: "Default: the domain's scale 0–4.",
  })
  @Label('Nivåskala')
  @IsOptional()
  @ArrayMinSize(2)
  @ArrayMaxSize(11)
  @ValidateNested({ each: true })
  @Type(() => LevelDefinitionInput)
  scale?: LevelDefinitionInput[] | null;

  @Field(() => Int, { nullable: true })
  @Label('Gyldighet i måneder')
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(600)
  validityMonths?: number | null;
}
