import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsUUID, Matches } from 'class-validator';
import { Label } from '../../common/validation/label.decorator';
import { Horizon, Priority } from '../requirement.enums';

@InputType({ description: 'Requirements are organisation data: every role may read them all.' })
export class RequirementFilter {
  @Field(() => ID, { nullable: true })
  @Label('Kommune')
  @IsOptional()
  @IsUUID('all')
  municipalityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The unit, and its sub-units unless told not.' })
  @Label('Enhet')
  @IsOptional()
  @IsUUID('all')
  unitId?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: true })
  @Label('Ta med underenheter')
  @IsOptional()
  @IsBoolean()
  includeSubUnits?: boolean | null = true;

  @Field(() => ID, { nullable: true })
  @Label('Kompetanse')
  @IsOptional()
  @IsUUID('all')
  competenceId?: string | null;

  @Field(() => Horizon, { nullable: true })
  @Label('Tidshorisont')
  @IsOptional()
  @IsEnum(Horizon)
  horizon?: Horizon | null;

  @Field(() => Priority, { nullable: true })
  @Label('Prioritet')
  @IsOptional()
  @IsEnum(Priority)
  priority?: Priority | null;

  @Field(() => String, { nullable: true, description: 'Staffing requirements only.' })
  @Label('Yrke')
  @IsOptional()
  @Matches(/^\d{4}$/)
  professionCode?: string | null;
}
