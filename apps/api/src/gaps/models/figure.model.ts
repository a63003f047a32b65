import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';

/** Kept for older clients: figures are rounded now, never hidden, so no reason is given. */
export enum SuppressionReason {
  FEWER_THAN_K = 'FEWER_THAN_K',
  COMPLEMENTARY = 'COMPLEMENTARY',
}

registerEnumType(SuppressionReason, {
  name: 'SuppressionReason',
  description: 'No longer used: figures are rounded instead of hidden (see Figure.rounded).',
});

@ObjectType({
  description:
    'A figure about employees. For callers without personal-data access to the people behind it, counts are random roundings to multiples of k (region setting, default 5), added up group by group, so no person can be read out of the figures; `rounded` says so. Årsverk are then the rounded head count times an average position size.',
})
export class Figure {
  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field({ description: 'Always false: figures are rounded instead of hidden.' })
  suppressed: boolean;

  @Field(() => String, { nullable: true, description: 'Always null (nothing is hidden).' })
  reason: string | null;

  @Field(() => SuppressionReason, { nullable: true, description: 'Always null.' })
  reasonCode: SuppressionReason | null;

  @Field({
    description:
      'True when some of the figure is built from randomly rounded groups (show it as "≈ 120").',
  })
  rounded: boolean;
}
