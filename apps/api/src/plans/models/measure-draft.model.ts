import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { MeasureKind, MeasureProvider, MeasureStrategy, PlanLevel } from '../plan.enums';
import { MeasureTarget } from './measure.model';

@ObjectType({
  description:
    'The plan a drafted measure belongs in: the one the caller may write for the scope and the current half-year. `planId` is null when that plan does not exist yet (create it with these values).',
})
export class SuggestedPlan {
  @Field(() => ID, { nullable: true })
  planId: string | null;

  @Field(() => PlanLevel)
  level: PlanLevel;

  @Field(() => ID, { nullable: true })
  municipalityId: string | null;

  @Field(() => ID, { nullable: true })
  unitId: string | null;

  @Field(() => Int)
  year: number;

  @Field(() => Int)
  half: number;

  @Field()
  periodLabel: string;
}

@ObjectType({
  description:
    'A measure filled in from a gap row, a mobilisation pair or expiring certificates: nothing is saved. Its fields match CreateMeasureInput, so the web can show it as a form and send it.',
})
export class MeasureDraft {
  @Field(() => SuggestedPlan, {
    nullable: true,
    description: 'Null when the caller may not write any plan that covers it.',
  })
  plan: SuggestedPlan | null;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => MeasureStrategy)
  strategy: MeasureStrategy;

  @Field(() => MeasureKind)
  kind: MeasureKind;

  @Field(() => MeasureProvider)
  provider: MeasureProvider;

  @Field()
  targetGroup: string;

  @Field(() => Int)
  places: number;

  @Field({ description: "ISO date: the later of today and the half-year's start." })
  startsOn: string;

  @Field({ description: "ISO date: the half-year's end." })
  endsOn: string;

  @Field()
  awardsCertificate: boolean;

  @Field(() => ID, { nullable: true })
  lendingUnitId: string | null;

  @Field(() => [MeasureTarget])
  targets: MeasureTarget[];

  @Field(() => Int, {
    nullable: true,
    description:
      "Expiring certificates only: how many run out, when every person lies in the caller's personal-data scope; otherwise null.",
  })
  expiringCount: number | null;
}
