import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { MAX_VERSION } from '../../common/validation/argument.pipes';
import { Label } from '../../common/validation/label.decorator';
import { Trim } from '../../common/validation/trim.decorator';
import { PlanLevel, PlanStatus } from '../plan.enums';

@InputType({ description: 'Omitted parts mean "all"; plans of the caller\'s region only.' })
export class ActionPlanFilter {
  @Field(() => PlanLevel, { nullable: true })
  @Label('Nivå')
  @IsOptional()
  @IsEnum(PlanLevel)
  level?: PlanLevel | null;

  @Field(() => ID, {
    nullable: true,
    description: "The municipality's plan and its units' plans.",
  })
  @Label('Kommune')
  @IsOptional()
  @IsUUID('all')
  municipalityId?: string | null;

  @Field(() => ID, { nullable: true, description: "The unit's plan and its sub-units' plans." })
  @Label('Enhet')
  @IsOptional()
  @IsUUID('all')
  unitId?: string | null;

  @Field(() => Int, { nullable: true })
  @Label('År')
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number | null;

  @Field(() => Int, { nullable: true })
  @Label('Halvår')
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2)
  half?: number | null;

  @Field(() => PlanStatus, { nullable: true })
  @Label('Status')
  @IsOptional()
  @IsEnum(PlanStatus)
  status?: PlanStatus | null;
}

@InputType({
  description:
    'REGION: no municipality or unit (the regional coordinator). MUNICIPALITY: municipalityId (HR). UNIT: unitId (its leader or HR). One plan per scope and half-year.',
})
export class CreateActionPlanInput {
  @Field(() => PlanLevel)
  @Label('Nivå')
  @IsEnum(PlanLevel)
  level: PlanLevel;

  @Field(() => ID, { nullable: true })
  @Label('Kommune')
  @IsOptional()
  @IsUUID('all')
  municipalityId?: string | null;

  @Field(() => ID, { nullable: true })
  @Label('Enhet')
  @IsOptional()
  @IsUUID('all')
  unitId?: string | null;

  @Field(() => Int)
  @Label('År')
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => Int, { description: '1 (January–June) or 2 (July–December).' })
  @Label('Halvår')
  @IsInt()
  @Min(1)
  @Max(2)
  half: number;

  @Field(() => String, { nullable: true })
  @Label('Tittel')
  @IsOptional()
  @Trim()
  @MaxLength(200)
  title?: string | null;
}

@InputType()
export class UpdateActionPlanInput {
  @Field(() => ID)
  @Label('Plan')
  @IsUUID('all')
  id: string;

  @Field(() => Int, { description: 'The version that was read (optimistic locking).' })
  @Label('Versjon')
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version: number;

  @Field()
  @Label('Tittel')
  @Trim()
  @MaxLength(200)
  title: string;
}
