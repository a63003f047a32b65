import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum AppraisalCycleStatus {
  UPCOMING = 'UPCOMING',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

registerEnumType(AppraisalCycleStatus, {
  name: 'AppraisalCycleStatus',
  description: 'ikke åpnet ennå, åpen, avsluttet (on the Norwegian calendar, today)',
});

@ObjectType({
  description:
    'A round of appraisal interviews in a municipality, e.g. "Medarbeidersamtaler 2027".',
})
export class AppraisalCycle {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  municipalityId: string;

  @Field()
  name: string;

  @Field({ description: 'ISO date, the first day of the cycle.' })
  opensOn: string;

  @Field({ description: 'ISO date, the last day talks are due (inclusive).' })
  closesOn: string;

  @Field(() => AppraisalCycleStatus)
  status: AppraisalCycleStatus;

  @Field(() => Int, { description: 'Send back with updates (optimistic locking).' })
  version: number;
}
