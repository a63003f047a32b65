import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
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
import { AppraisalContentInput } from './appraisal-content.input';
import { MAX_VERSION } from '../../common/validation/argument.pipes';

@InputType({ description: 'Creates or updates the draft for an employee in a cycle (autosave).' })
export class SaveAppraisalDraftInput {
  @Field(() => ID)
  @Label('Ansatt')
  @IsUUID('all')
  employeeId: string;

  @Field(() => ID, {
    nullable: true,
    description: "Default: the current cycle of the employee's municipality.",
  })
  @Label('Samtalerunde')
  @IsOptional()
  @IsUUID('all')
  cycleId?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The version last read; omitted for the first save.',
  })
  @Label('Versjon')
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version?: number | null;

  @Field(() => AppraisalContentInput)
  @Label('Samtalen')
  @ValidateNested()
  @Type(() => AppraisalContentInput)
  content: AppraisalContentInput;
}

@InputType({ description: 'Signs off a draft; with content, saves it first in the same step.' })
export class CompleteAppraisalInput {
  @Field(() => ID)
  @Label('Samtale')
  @IsUUID('all')
  id: string;

  @Field(() => Int)
  @Label('Versjon')
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version: number;

  @Field(() => AppraisalContentInput, { nullable: true })
  @Label('Samtalen')
  @IsOptional()
  @ValidateNested()
  @Type(() => AppraisalContentInput)
  content?: AppraisalContentInput | null;
}

@InputType({ description: 'Changes a signed-off record; the reason is required and kept.' })
export class AmendAppraisalInput {
  @Field(() => ID)
  @Label('Samtale')
  @IsUUID('all')
  id: string;

  @Field(() => Int)
  @Label('Versjon')
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version: number;

  @Field({ description: 'Why the signed-off record is changed.' })
  @Label('Begrunnelse for endringen')
  @Trim()
  @IsNotEmpty()
  @MaxLength(2000)
  note: string;

  @Field(() => AppraisalContentInput)
  @Label('Samtalen')
  @ValidateNested()
  @Type(() => AppraisalContentInput)
  content: AppraisalContentInput;
}
