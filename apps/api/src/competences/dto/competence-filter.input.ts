import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, MaxLength } from 'class-validator';
import { Label } from '../../common/validation/label.decorator';
import { Trim } from '../../common/validation/trim.decorator';
import { BuildingBlock } from '../competence.rows';

@InputType()
export class CompetenceFilter {
  @Field(() => String, { nullable: true, description: 'Name or description, case-insensitive.' })
  @Label('Søk')
  @IsOptional()
  @Trim()
  @MaxLength(100)
  search?: string | null;

  @Field(() => String, { nullable: true })
  @Label('Område')
  @IsOptional()
  @Trim()
  @MaxLength(100)
  area?: string | null;

  @Field(() => String, { nullable: true })
  @Label('Stikkord')
  @IsOptional()
  @Trim()
  @MaxLength(80)
  tag?: string | null;

  @Field(() => BuildingBlock, { nullable: true })
  @Label('Byggekloss')
  @IsOptional()
  @IsEnum(BuildingBlock)
  buildingBlock?: BuildingBlock | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @Label('Ta med inaktive')
  @IsOptional()
  @IsBoolean()
  includeInactive?: boolean | null = false;
}
