import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AssessmentSource } from '../employee.rows';

export enum NotCountingReason {
  EXPIRED = 'EXPIRED',
  UNCONFIRMED = 'UNCONFIRMED',
}

registerEnumType(NotCountingReason, {
  name: 'NotCountingReason',
  description: 'Why what a source shows does not count: utløpt, ikke bekreftet.',
});

@ObjectType({ description: "One source's current entry for a competence." })
export class SourceLevel {
  @Field(() => AssessmentSource)
  source: AssessmentSource;

  @Field(() => Int, { description: 'The level shown for this source (its current entry).' })
  level: number;

  @Field(() => Int, { nullable: true, description: 'What this source counts; null if nothing.' })
  countingLevel: number | null;

  @Field({ description: 'ISO date of the shown entry.' })
  assessedOn: string;

  @Field(() => String, { nullable: true })
  validUntil: string | null;

  @Field(() => NotCountingReason, {
    nullable: true,
    description: 'Null when the shown entry counts.',
  })
  reason: NotCountingReason | null;
}

@ObjectType({
  description: "An employee's realkompetanse for one competence today, from computeRealkompetanse.",
})
export class CompetenceStatus {
  @Field(() => ID)
  competenceId: string;

  @Field(() => Int, { nullable: true, description: 'Realkompetanse; null when nothing counts.' })
  level: number | null;

  @Field(() => AssessmentSource, { nullable: true })
  source: AssessmentSource | null;

  @Field(() => Int, { nullable: true })
  formalLevel: number | null;

  @Field(() => Int, { nullable: true })
  informalLevel: number | null;

  @Field(() => Int, { nullable: true })
  leaderLevel: number | null;

  @Field(() => Int, { nullable: true, description: 'The newest declaration, confirmed or not.' })
  selfDeclaredLevel: number | null;

  @Field({ description: 'Whether the newest declaration is confirmed by a leader.' })
  selfDeclaredConfirmed: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'ISO date: earliest expiry among what gives the level.',
  })
  expiresOn: string | null;

  @Field(() => String, { nullable: true, description: 'Last day the level still counts.' })
  levelValidUntil: string | null;

  @Field(() => [SourceLevel], { description: 'Every source with entries, strongest first.' })
  sources: SourceLevel[];
}
