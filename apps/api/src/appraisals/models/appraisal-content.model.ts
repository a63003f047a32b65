import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

/**
 * The GraphQL enum of the domain's `DevelopmentWay` (@kp/domain); appraisal.mapper.ts maps
 * the domain's values to it.
 */
export enum DevelopmentWay {
  COURSE = 'COURSE',
  FURTHER_EDUCATION = 'FURTHER_EDUCATION',
  HOSPITATION = 'HOSPITATION',
  E_LEARNING = 'E_LEARNING',
  OWN_TIME = 'OWN_TIME',
}

registerEnumType(DevelopmentWay, {
  name: 'DevelopmentWay',
  description: 'kurs, videreutdanning, hospitering, e-læring, på egen tid',
});

@ObjectType({
  description: 'A level the employee claims (egenerklæring), as reviewed in the talk.',
})
export class AppraisalSelfDeclaration {
  @Field(() => ID)
  competenceId: string;

  @Field(() => Int)
  level: number;

  @Field({ description: 'The leader confirms it: at sign-off it counts as realkompetanse.' })
  leaderConfirms: boolean;
}

@ObjectType({ description: "A competence at a level: the leader's own assessment." })
export class AppraisalCompetenceLevel {
  @Field(() => ID)
  competenceId: string;

  @Field(() => Int)
  level: number;
}

@ObjectType({ description: 'A competence the employee wants to develop, and to what level.' })
export class AppraisalDevelopmentWish {
  @Field(() => ID)
  competenceId: string;

  @Field(() => Int)
  targetLevel: number;
}

@ObjectType({ description: 'An action agreed in the talk.' })
export class AppraisalAction {
  @Field()
  description: string;

  @Field(() => String, { nullable: true, description: 'ISO date.' })
  dueOn: string | null;

  @Field(() => ID, { nullable: true })
  competenceId: string | null;
}

@ObjectType({
  description: 'What the leader records, following the points of the ReKs guide.',
})
export class AppraisalContent {
  @Field(() => String, { nullable: true, description: 'ISO date the talk was held.' })
  heldOn: string | null;

  @Field(() => [AppraisalSelfDeclaration], { description: 'The self-declaration reviewed.' })
  selfDeclarations: AppraisalSelfDeclaration[];

  @Field({ description: 'The HR-system registrations have been checked.' })
  hrRegistrationsChecked: boolean;

  @Field()
  hrRegistrationsComment: string;

  @Field({ description: "Is the employee's potential used?" })
  potentialUsed: string;

  @Field({ description: 'What it would take to use the potential.' })
  potentialNeeds: string;

  @Field(() => [ID], { description: 'Competences the employee could teach or guide others in.' })
  teachingTopicIds: string[];

  @Field({ description: 'The employee agrees to be listed by name in the regional directory.' })
  teachingConsent: boolean;

  @Field(() => [AppraisalDevelopmentWish])
  developmentWishes: AppraisalDevelopmentWish[];

  @Field(() => [DevelopmentWay])
  preferredWays: DevelopmentWay[];

  @Field()
  careerPlan: string;

  @Field()
  careerTargetRole: string;

  @Field(() => [AppraisalAction])
  agreedActions: AppraisalAction[];

  @Field(() => [AppraisalCompetenceLevel], { description: "The leader's assessed levels." })
  leaderAssessments: AppraisalCompetenceLevel[];
}
