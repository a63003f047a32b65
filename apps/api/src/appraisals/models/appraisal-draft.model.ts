import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AppraisalContent } from './appraisal-content.model';
import { AppraisalCycle } from './appraisal-cycle.model';
import { Appraisal } from './appraisal.model';

@ObjectType({
  description:
    "What the appraisal form opens with: this cycle's record if one exists, otherwise content pre-filled from last cycle's signed-off record and the current assessments.",
})
export class AppraisalDraft {
  @Field(() => ID)
  employeeId: string;

  @Field(() => AppraisalCycle)
  cycle: AppraisalCycle;

  @Field(() => Appraisal, {
    nullable: true,
    description: "This cycle's record; null until the first save.",
  })
  appraisal: Appraisal | null;

  @Field(() => AppraisalContent, {
    description: "The record's content, or the pre-filled proposal when there is no record yet.",
  })
  content: AppraisalContent;

  @Field(() => Appraisal, {
    nullable: true,
    description: 'The last signed-off record from an earlier cycle, to look back at.',
  })
  previous: Appraisal | null;
}
