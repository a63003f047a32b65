import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { Label } from '../../common/validation/label.decorator';
import { Trim } from '../../common/validation/trim.decorator';
import { Horizon, Priority, RationaleKind } from '../requirement.enums';

/** Why, and where it is written: the same in a new requirement and a change. */
@InputType({ isAbstract: true })
abstract class RequirementTexts {
  @Field(() => String, { nullable: true })
  @Label('Begrunnelse')
  @IsOptional()
  @Trim()
  @MaxLength(2000)
  rationale?: string | null;

  @Field(() => String, { nullable: true })
  @Label('Henvisning')
  @IsOptional()
  @Trim()
  @MaxLength(500)
  reference?: string | null;
}

/**
 * The fields every kind of requirement has besides what it asks for, as a new requirement
 * gives them. A function of the one description that differs between the kinds, so the
 * schema stays as it was.
 */
export function NewRequirementFields(descriptions: { targetDate?: string } = {}) {
  @InputType({ isAbstract: true })
  abstract class NewRequirement extends RequirementTexts {
    @Field(() => Horizon)
    @Label('Tidshorisont')
    @IsEnum(Horizon)
    horizon: Horizon;

    @Field(() => String, { nullable: true, description: descriptions.targetDate })
    @Label('Måldato')
    @IsOptional()
    @IsString()
    targetDate?: string | null;

    @Field(() => Priority)
    @Label('Prioritet')
    @IsEnum(Priority)
    priority: Priority;

    @Field(() => RationaleKind)
    @Label('Begrunnelsestype')
    @IsEnum(RationaleKind)
    rationaleKind: RationaleKind;
  }
  return NewRequirement;
}

/** The same fields in a change: omitted or null is left as it is (a null date removes it). */
@InputType({ isAbstract: true })
export abstract class RequirementChanges extends RequirementTexts {
  @Field(() => Horizon, { nullable: true })
  @Label('Tidshorisont')
  @IsOptional()
  @IsEnum(Horizon)
  horizon?: Horizon | null;

  @Field(() => String, { nullable: true })
  @Label('Måldato')
  @IsOptional()
  @IsString()
  targetDate?: string | null;

  @Field(() => Priority, { nullable: true })
  @Label('Prioritet')
  @IsOptional()
  @IsEnum(Priority)
  priority?: Priority | null;

  @Field(() => RationaleKind, { nullable: true })
  @Label('Begrunnelsestype')
  @IsOptional()
  @IsEnum(RationaleKind)
  rationaleKind?: RationaleKind | null;
}
