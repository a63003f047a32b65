import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AppraisalCycle } from './appraisal-cycle.model';

export enum PendingAppraisalStatus {
  NOT_STARTED = 'NOT_STARTED',
  DRAFT = 'DRAFT',
}

registerEnumType(PendingAppraisalStatus, {
  name: 'PendingAppraisalStatus',
  description: 'ikke påbegynt, utkast',
});

export enum AppraisalUrgency {
  OVERDUE = 'OVERDUE',
  THIS_WEEK = 'THIS_WEEK',
  LATER = 'LATER',
}

registerEnumType(AppraisalUrgency, {
  name: 'AppraisalUrgency',
  description:
    'Fristen er ute; blant dem som må tas denne uken for å bli ferdig i tide; senere (docs/appraisals.md, "Urgency").',
});

@ObjectType({ description: 'An employee without a signed-off talk in the cycle.' })
export class PendingAppraisal {
  @Field(() => ID)
  employeeId: string;

  @Field(() => PendingAppraisalStatus)
  status: PendingAppraisalStatus;

  @Field(() => ID, { nullable: true, description: 'The draft, when one is started.' })
  appraisalId: string | null;

  @Field({ description: 'The cycle closes within the given number of days, or has closed.' })
  overdue: boolean;

  @Field(() => AppraisalUrgency, {
    description:
      "By the deadline and how many remain: the week's share of the outstanding talks is THIS_WEEK.",
  })
  urgency: AppraisalUrgency;
}

@ObjectType({
  description:
    "Progress of a cycle in one of the caller's scopes: a unit leader's unit (with its sub-units) or HR's municipality.",
})
export class AppraisalProgress {
  @Field(() => AppraisalCycle)
  cycle: AppraisalCycle;

  @Field(() => ID, { nullable: true, description: 'The unit; null for a whole municipality.' })
  unitId: string | null;

  @Field(() => ID)
  municipalityId: string;

  @Field({ description: 'The unit or the municipality.' })
  scopeName: string;

  @Field(() => Int, { description: 'Active employees in the scope.' })
  employeeCount: number;

  @Field(() => Int)
  completedCount: number;

  @Field(() => Int)
  draftCount: number;

  @Field(() => Int)
  notStartedCount: number;

  @Field(() => Float, {
    nullable: true,
    description: 'completed / employees; null without employees.',
  })
  completedShare: number | null;

  @Field(() => Int, { description: 'Days until the cycle closes; negative once it has closed.' })
  daysUntilClose: number;

  @Field({
    description: 'Talks are outstanding and the cycle closes within the given days or has closed.',
  })
  overdue: boolean;

  @Field(() => Int, {
    description:
      'Talks a week needed to finish by the deadline; 0 when none remain or it has passed.',
  })
  pacePerWeek: number;

  @Field(() => [PendingAppraisal], {
    description:
      'In the order to hold them: begun drafts, then the longest since a signed talk (never first), then by name.',
  })
  pending: PendingAppraisal[];
}
