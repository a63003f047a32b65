import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Figure } from './figure.model';

@ObjectType({ description: "A unit's certificates expiring per month." })
export class ExpiringCertificatesRow {
  @Field(() => ID, { description: 'The unit (its own staff, not its sub-units).' })
  unitId: string;

  @Field(() => [Figure], { description: 'One per month, in the order of `months`.' })
  cells: Figure[];

  @Field(() => Figure)
  total: Figure;
}

@ObjectType({
  description:
    'Qualifications (certificates, courses, educations with an expiry) of current staff that expire in the coming months, per unit and month. Units without any are left out.',
})
export class ExpiringCertificates {
  @Field({ description: 'First day counted (today).' })
  from: string;

  @Field({ description: 'Last day counted.' })
  to: string;

  @Field(() => [String], { description: 'Months as "YYYY-MM".' })
  months: string[];

  @Field(() => [ExpiringCertificatesRow])
  rows: ExpiringCertificatesRow[];

  @Field(() => [Figure], { description: 'Per month, all rows.' })
  monthTotals: Figure[];

  @Field(() => Figure)
  total: Figure;

  @Field()
  suppressionApplied: boolean;
}
