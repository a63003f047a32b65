import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Horizon, Measure, Priority, RationaleKind } from '../requirement.enums';

@ObjectType({
  description:
    'What a unit needs of one competence (kravanalyse): at least this level, this many, by this horizon.',
})
export class Requirement {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  unitId: string;

  @Field(() => ID)
  municipalityId: string;

  @Field(() => ID)
  competenceId: string;

  @Field(() => Int, { description: "The lowest level that counts, on the competence's scale." })
  minLevel: number;

  @Field(() => Float, { description: 'How many: people (HEADCOUNT) or årsverk (FTE).' })
  required: number;

  @Field(() => Measure)
  measure: Measure;

  @Field(() => Horizon)
  horizon: Horizon;

  @Field(() => String, {
    nullable: true,
    description: 'ISO date within the horizon by which the need must be met.',
  })
  targetDate: string | null;

  @Field({
    description:
      'ISO date the requirement applies from: the target date, or the horizon counted from today.',
  })
  horizonDate: string;

  @Field(() => Priority)
  priority: Priority;

  @Field(() => RationaleKind)
  rationaleKind: RationaleKind;

  @Field({ description: 'Why the unit needs it, in the leader’s words.' })
  rationale: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The law, guideline or goal, e.g. "Forskrift om ledelse og kvalitetsforbedring § 8".',
  })
  reference: string | null;

  @Field(() => ID, { nullable: true, description: 'The requirement this one was copied from.' })
  templateId: string | null;

  @Field(() => Int, { description: 'Send back with updates (optimistic locking).' })
  version: number;

  @Field({ description: 'When it was last changed (ISO timestamp).' })
  updatedAt: string;
}

@ObjectType({
  description: 'Staffing requirement: årsverk of one profession (STYRK-08) a unit needs.',
})
export class StaffingRequirement {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  unitId: string;

  @Field(() => ID)
  municipalityId: string;

  @Field({ description: 'STYRK-08 code, e.g. "2223" (sykepleiere).' })
  professionCode: string;

  @Field(() => String, { nullable: true, description: "SSB's name of the profession." })
  professionName: string | null;

  @Field(() => Float)
  requiredFte: number;

  @Field(() => Horizon)
  horizon: Horizon;

  @Field(() => String, { nullable: true })
  targetDate: string | null;

  @Field()
  horizonDate: string;

  @Field(() => Priority)
  priority: Priority;

  @Field(() => RationaleKind)
  rationaleKind: RationaleKind;

  @Field()
  rationale: string;

  @Field(() => String, { nullable: true })
  reference: string | null;

  @Field(() => ID, { nullable: true })
  templateId: string | null;

  @Field(() => Int)
  version: number;

  @Field()
  updatedAt: string;
}

@ObjectType({ description: 'What copying a requirement set (a template) did.' })
export class CopyRequirementsResult {
  @Field(() => Int, { description: 'Requirements created in the target units.' })
  created: number;

  @Field(() => Int, { description: 'Existing requirements replaced (replaceExisting).' })
  updated: number;

  @Field(() => Int, { description: 'Requirements left alone because the unit already had them.' })
  skipped: number;

  @Field(() => [ID], { description: 'The units copied to.' })
  targetUnitIds: string[];
}
