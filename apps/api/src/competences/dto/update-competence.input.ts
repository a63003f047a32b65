import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
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
import { BuildingBlock } from '../competence.rows';
import { LevelDefinitionInput } from './level-definition.input';
import { MAX_VERSION } from '../../common/validation/argument.pipes';

/**
 * Omitted or null fields stay as they are, except `validityMonths`, where null removes the
 * validity period (a name or a scale cannot be removed, only replaced).
 */
@InputType({
  description:
    'Omitted or null fields are left unchanged; validityMonths: null removes the validity period.',
})
export class UpdateCompetenceInput {
  @Field(() => ID)
  @Label('Kompetanse')
  @IsUUID('all')
  id: string;

  @Field(() => Int, { description: 'The version that was read (optimistic locking).' })
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
  @Label('Beskrivelse')
  @IsOptional()
  @Trim()
  @MaxLength(4000)
  description?: string | null;

  @Field(() => BuildingBlock, { nullable: true })
  @Label('Byggekloss')
  @IsOptional()
  @IsEnum(BuildingBlock)
  buildingBlock?: BuildingBlock | null;

  @Field(() => String, { nullable: true })
  @Label('Område')
  @IsOptional()
  @Trim()
  @IsNotEmpty()
  @MaxLength(100)
  area?: string | null;

  @Field(() => [String], { nullable: true })
  @Label('Stikkord')
  @IsOptional()
  @ArrayMaxSize(20)
  @MaxLength(80, { each: true })
  tags?: string[] | null;

  @Field(() => [LevelDefinitionInput], { nullable: true })
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

  @Field(() => Boolean, { nullable: true })
  @Label('Aktiv')
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;
}
