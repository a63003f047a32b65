import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum DevelopmentItemKind {
  WISH = 'WISH',
  ACTION = 'ACTION',
}

export enum DevelopmentItemStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

registerEnumType(DevelopmentItemKind, {
  name: 'DevelopmentItemKind',
  description: 'utviklingsønske, avtalt tiltak',
});
registerEnumType(DevelopmentItemStatus, {
  name: 'DevelopmentItemStatus',
  description: 'åpen, pågår, fullført, trukket tilbake',
});

@ObjectType({
  description:
    "An individual development item from a signed-off appraisal; the unit's action plan picks up the open ones.",
})
export class DevelopmentItem {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  employeeId: string;

  @Field(() => ID, { nullable: true })
  appraisalId: string | null;

  @Field(() => DevelopmentItemKind)
  kind: DevelopmentItemKind;

  @Field(() => ID, { nullable: true })
  competenceId: string | null;

  @Field(() => Int, { nullable: true })
  targetLevel: number | null;

  @Field()
  description: string;

  @Field(() => String, { nullable: true, description: 'ISO date.' })
  dueOn: string | null;

  @Field(() => DevelopmentItemStatus)
  status: DevelopmentItemStatus;

  @Field({ description: 'ISO timestamp.' })
  createdAt: string;
}
