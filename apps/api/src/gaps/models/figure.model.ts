import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum SuppressionReason {
  /** Built on 1 to k − 1 employees. */
  FEWER_THAN_K = 'FEWER_THAN_K',
  /** Hidden so a hidden figure cannot be worked out from a total. */
  COMPLEMENTARY = 'COMPLEMENTARY',
}

registerEnumType(SuppressionReason, {
  name: 'SuppressionReason',
  description: 'Why a figure is hidden (small-group suppression).',
});

@ObjectType({
  description:
    'A figure about employees. For callers without personal-data access to what it describes, a figure built on fewer than k employees (region setting, default 5) is hidden: value null, suppressed true, and a reason to show instead ("skjult").',
})
export class Figure {
  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field()
  suppressed: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Norwegian text to show in place of the value, e.g. "Skjult: færre enn 5 personer".',
  })
  reason: string | null;

  @Field(() => SuppressionReason, { nullable: true })
  reasonCode: SuppressionReason | null;
}
