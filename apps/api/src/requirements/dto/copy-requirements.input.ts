import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Label } from '../../common/validation/label.decorator';
import { Trim } from '../../common/validation/trim.decorator';

@InputType({
  description:
    "Copies one unit's requirement set (a template, e.g. the regional baseline for nursing homes) to other units, which may then adjust it.",
})
export class CopyRequirementsInput {
  @Field(() => ID)
  @Label('Mal (enhet)')
  @IsUUID('all')
  sourceUnitId: string;

  @Field(() => [ID], { nullable: true })
  @Label('Til enheter')
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  targetUnitIds?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Also every unit (not department) of this service type the caller may change, e.g. "sykehjem".',
  })
  @Label('Tjenestetype')
  @IsOptional()
  @Trim()
  @MaxLength(100)
  targetServiceType?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'Overwrite a target’s requirement for the same competence, level, measure and horizon.',
  })
  @Label('Erstatt eksisterende')
  @IsOptional()
  @IsBoolean()
  replaceExisting?: boolean | null = false;

  @Field(() => Boolean, { nullable: true, defaultValue: true })
  @Label('Ta med bemanningskrav')
  @IsOptional()
  @IsBoolean()
  includeStaffing?: boolean | null = true;
}
