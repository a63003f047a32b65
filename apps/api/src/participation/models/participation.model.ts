import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ParticipantStatus } from '../participation.rows';

registerEnumType(ParticipantStatus, {
  name: 'ParticipantStatus',
  description: 'Påmeldt, fullført, ikke fullført, trukket.',
});

export enum ProposalReason {
  DEVELOPMENT_WISH = 'DEVELOPMENT_WISH',
  CERTIFICATE_EXPIRING = 'CERTIFICATE_EXPIRING',
}
registerEnumType(ProposalReason, {
  name: 'ProposalReason',
  description:
    'Why a person is proposed: an open development wish from an appraisal, or a certificate that runs out.',
});

@ObjectType({
  description: 'A person taking part in a measure (personal data: read in scope only).',
})
export class MeasureParticipant {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  measureId: string;

  @Field(() => ID)
  employeeId: string;

  @Field()
  fullName: string;

  @Field(() => ID)
  unitId: string;

  @Field()
  unitName: string;

  @Field(() => ID)
  municipalityId: string;

  @Field()
  municipalityName: string;

  @Field(() => ParticipantStatus)
  status: ParticipantStatus;

  @Field(() => ID, {
    nullable: true,
    description: 'The development item (from an appraisal) the sign-up closes.',
  })
  developmentItemId: string | null;

  @Field()
  signedUpAt: Date;

  @Field(() => String, { nullable: true, description: 'ISO date of the outcome.' })
  outcomeOn: string | null;

  @Field(() => Int, { description: 'Optimistic version: give it back to withdraw.' })
  version: number;
}

@ObjectType({ description: 'A person in scope proposed for a measure, and why.' })
export class ProposedParticipant {
  @Field(() => ID)
  employeeId: string;

  @Field()
  fullName: string;

  @Field(() => ID)
  unitId: string;

  @Field()
  unitName: string;

  @Field(() => ID)
  municipalityId: string;

  @Field(() => ProposalReason)
  reason: ProposalReason;

  @Field(() => ID)
  competenceId: string;

  @Field()
  competenceName: string;

  @Field(() => ID, { nullable: true, description: 'The open wish a sign-up would close.' })
  developmentItemId: string | null;

  @Field(() => Int, { nullable: true, description: 'The level wished for.' })
  targetLevel: number | null;

  @Field(() => String, { nullable: true, description: 'ISO date the certificate runs out.' })
  expiresOn: string | null;
}

@ObjectType({ description: 'A count of people: exact, or randomly rounded to a multiple of k.' })
export class ParticipantCount {
  @Field(() => Int)
  value: number;

  @Field({ description: 'Rounded (the caller may not see the people behind it).' })
  rounded: boolean;
}

@ObjectType({ description: "One municipality's part in a measure." })
export class MunicipalitySignUps {
  @Field(() => ID)
  municipalityId: string;

  @Field()
  municipalityName: string;

  @Field(() => Int, {
    nullable: true,
    description: "A regional measure's places given to the municipality (null: local measure).",
  })
  share: number | null;

  @Field(() => ParticipantCount)
  signedUp: ParticipantCount;

  @Field(() => ParticipantCount)
  completed: ParticipantCount;

  @Field(() => ParticipantCount)
  notCompleted: ParticipantCount;

  @Field(() => ParticipantCount)
  withdrawn: ParticipantCount;

  @Field(() => Int, {
    nullable: true,
    description: 'Places the municipality may still fill (exact callers only; null when rounded).',
  })
  free: number | null;
}

@ObjectType({ description: 'Places and sign-ups of a measure, per municipality (no names).' })
export class MeasureSignUps {
  @Field(() => ID)
  measureId: string;

  @Field(() => Int)
  places: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Places held (all but withdrawn); null when the caller gets rounded counts.',
  })
  taken: number | null;

  @Field(() => Int, { nullable: true, description: 'Places left in the whole measure.' })
  free: number | null;

  @Field(() => [MunicipalitySignUps])
  municipalities: MunicipalitySignUps[];
}

@ObjectType({ description: 'What recording outcomes did.' })
export class ParticipantOutcomesResult {
  @Field(() => [MeasureParticipant])
  participants: MeasureParticipant[];

  @Field(() => Int, { description: 'Participants newly marked completed.' })
  completed: number;

  @Field(() => Int, { description: 'Participants newly marked as not completed.' })
  notCompleted: number;

  @Field(() => Int, { description: 'Participants whose outcome was already recorded.' })
  unchanged: number;

  @Field(() => Int, { description: 'Assessments (competence) added.' })
  assessmentsAdded: number;

  @Field(() => Int, { description: 'Qualifications (certificates, courses) added.' })
  qualificationsAdded: number;
}
