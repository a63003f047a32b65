import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AppraisalContent } from './appraisal-content.model';

export enum AppraisalStatus {
  DRAFT = 'DRAFT',
  COMPLETED = 'COMPLETED',
}

registerEnumType(AppraisalStatus, {
  name: 'AppraisalStatus',
  description: 'utkast, signert av leder',
});

@ObjectType({
  description:
    "An appraisal interview (medarbeidersamtale) record. Personal data: the employee's leaders and HR only; every read is audited.",
})
export class Appraisal {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  cycleId: string;

  @Field(() => ID)
  employeeId: string;

  @Field(() => AppraisalStatus)
  status: AppraisalStatus;

  @Field(() => AppraisalContent)
  content: AppraisalContent;

  @Field(() => Int, { description: 'Send back with every save (optimistic locking).' })
  version: number;

  @Field({ description: 'ISO timestamp.' })
  createdAt: string;

  @Field({ description: 'ISO timestamp of the last save.' })
  updatedAt: string;

  @Field(() => String, { nullable: true })
  updatedByName: string | null;

  @Field(() => String, { nullable: true, description: 'ISO timestamp of the sign-off.' })
  completedAt: string | null;

  @Field(() => String, { nullable: true, description: 'The leader who signed off.' })
  completedByName: string | null;
}

@ObjectType({ description: 'A change to a signed-off record, with its reason; never rewritten.' })
export class AppraisalAmendment {
  @Field(() => ID)
  id: string;

  @Field()
  note: string;

  @Field(() => AppraisalContent)
  before: AppraisalContent;

  @Field(() => AppraisalContent)
  after: AppraisalContent;

  @Field({ description: 'ISO timestamp.' })
  amendedAt: string;

  @Field(() => String, { nullable: true })
  amendedByName: string | null;
}
