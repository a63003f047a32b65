import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { Label } from '../../common/validation/label.decorator';
import { AppraisalStatus } from '../models/appraisal.model';

@InputType()
export class AppraisalFilter {
  @Field(() => ID, { nullable: true })
  @Label('Samtalerunde')
  @IsOptional()
  @IsUUID('all')
  cycleId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The unit and all its sub-units.' })
  @Label('Enhet')
  @IsOptional()
  @IsUUID('all')
  unitId?: string | null;

  @Field(() => ID, { nullable: true })
  @Label('Ansatt')
  @IsOptional()
  @IsUUID('all')
  employeeId?: string | null;

  @Field(() => AppraisalStatus, { nullable: true })
  @Label('Status')
  @IsOptional()
  @IsEnum(AppraisalStatus)
  status?: AppraisalStatus | null;
}
