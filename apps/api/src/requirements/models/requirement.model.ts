import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Horizon, Measure, Priority, RationaleKind } from '../requirement.enums';

/** The descriptions of the common fields, which differ between the kinds' types. */
interface CommonDescriptions {
  targetDate?: string;
  horizonDate?: string;
  rationale?: string;
  reference?: string;
  templateId?: string;
  version?: string;
  updatedAt?: string;
}

/** The fields every kind of requirement shows besides what it asks for. */
function RequirementFields(descriptions: CommonDescriptions = {}) {
  @ObjectType({ isAbstract: true })
  abstract class RequirementFields {
    @Field(() => ID)
    id: string;

    @Field(() => ID)
    unitId: string;

    @Field(() => ID)
    municipalityId: string;

    @Field(() => Horizon)
    horizon: Horizon;

    @Field(() => String, { nullable: true, description: descriptions.targetDate })
    targetDate: string | null;

    @Field({ description: descriptions.horizonDate })
    horizonDate: string;

    @Field(() => Priority)
    priority: Priority;

    @Field(() => RationaleKind)
    rationaleKind: RationaleKind;

    @Field({ description: descriptions.rationale })
    rationale: string;

    @Field(() => String, { nullable: true, description: descriptions.reference })
    reference: string | null;

    @Field(() => ID, { nullable: true, description: descriptions.templateId })
    templateId: string | null;

    @Field(() => Int, { description: descriptions.version })
    version: number;

    @Field({ description: descriptions.updatedAt })
    updatedAt: string;
  }
  return RequirementFields;
}

@ObjectType({
  description:
    'What a unit needs of one competence (kravanalyse): at least this level, this many, by this horizon.',
})
export class Requirement extends RequirementFields({
  targetDate: 'ISO date within the horizon by which the need must be met.',
  horizonDate:
    'ISO date the requirement applies from: the target date, or the horizon counted from today.',
  rationale: 'Why the unit needs it, in the leader’s words.',
  reference: 'The law, guideline or goal, e.g. "Forskrift om ledelse og kvalitetsforbedring § 8".',
  templateId: 'The requirement this one was copied from.',
  version: 'Send back with updates (optimistic locking).',
  updatedAt: 'When it was last changed (ISO timestamp).',
}) {
  @Field(() => ID)
  competenceId: string;

  @Field(() => Int, { description: "The lowest level that counts, on the competence's scale." })
  minLevel: number;

  @Field(() => Float, { description: 'How many: people (HEADCOUNT) or årsverk (FTE).' })
  required: number;

  @Field(() => Measure)
  measure: Measure;
}

@ObjectType({
  description: 'Staffing requirement: årsverk of one profession (STYRK-08) a unit needs.',
})
export class StaffingRequirement extends RequirementFields() {
  @Field({ description: 'STYRK-08 code, e.g. "2223" (sykepleiere).' })
  professionCode: string;

  @Field(() => String, { nullable: true, description: "SSB's name of the profession." })
  professionName: string | null;

  @Field(() => Float)
  requiredFte: number;
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
