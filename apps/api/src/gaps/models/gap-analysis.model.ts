import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Horizon, Measure, Priority } from '../../requirements/requirement.enums';
import { Figure } from './figure.model';

export enum GapScopeLevel {
  REGION = 'REGION',
  MUNICIPALITY = 'MUNICIPALITY',
  UNIT = 'UNIT',
}

/** How the scope is broken down into rows (one breakdown per answer; see docs/gap-analysis.md). */
export enum GapBreakdown {
  MUNICIPALITY = 'MUNICIPALITY',
  UNIT = 'UNIT',
  REQUIREMENT = 'REQUIREMENT',
}

registerEnumType(GapScopeLevel, { name: 'GapScopeLevel' });
registerEnumType(GapBreakdown, {
  name: 'GapBreakdown',
  description:
    'Rows per municipality (region scope), per unit directly under the scope, or per requirement.',
});

@ObjectType({ description: 'An evaluated horizon and its date (today, +1 year, +3 years).' })
export class HorizonDate {
  @Field(() => Horizon)
  horizon: Horizon;

  @Field()
  date: string;
}

@ObjectType({ description: "A requirement's figures under one retirement age." })
export class GapFigures {
  @Field(() => Int)
  retirementAge: number;

  @Field(() => Figure, { description: 'People who hold the competence at the horizon.' })
  holdersHeadcount: Figure;

  @Field(() => Figure, { description: 'Their årsverk.' })
  holdersFte: Figure;

  @Field(() => Figure, { description: "Holders in the requirement's own measure." })
  holders: Figure;

  @Field(() => Figure, { description: 'Expected from planned measures (shown apart).' })
  expectedHeadcount: Figure;

  @Field(() => Figure)
  expectedFte: Figure;

  @Field(() => Figure)
  expected: Figure;

  @Field(() => Figure, { description: 'max(0, required − holders).' })
  gap: Figure;

  @Field(() => Figure, { description: 'max(0, holders − required): competence to mobilise.' })
  surplus: Figure;

  @Field(() => Figure, { description: 'holders / required (1 = fully covered).' })
  coverage: Figure;
}

@ObjectType({ description: 'One requirement evaluated at one horizon.' })
export class RequirementGap extends GapFigures {
  @Field(() => ID)
  requirementId: string;

  @Field(() => ID)
  unitId: string;

  @Field(() => ID)
  municipalityId: string;

  @Field(() => ID)
  competenceId: string;

  @Field(() => Int)
  minLevel: number;

  @Field(() => Float)
  required: number;

  @Field(() => Measure)
  measure: Measure;

  @Field(() => Priority)
  priority: Priority;

  @Field(() => Horizon, { description: 'The evaluated horizon.' })
  horizon: Horizon;

  @Field()
  horizonDate: string;

  @Field(() => GapFigures, {
    nullable: true,
    description: 'The same figures under the earlier retirement age, when one was asked for.',
  })
  earlyRetirement: GapFigures | null;
}

@ObjectType({ description: 'Roll-up figures under one retirement age.' })
export class GapRollUpFigures {
  @Field(() => Int)
  retirementAge: number;

  @Field(() => Figure, { description: 'Sum of the requirements’ gaps (surplus never cancels).' })
  gap: Figure;

  @Field(() => Figure, { description: 'Sum of the requirements’ surpluses.' })
  surplus: Figure;

  @Field(() => Figure, {
    description:
      'Sum of the requirements’ expected: signed-up participants of planned, open or running measures due by the horizon (shown apart from holders).',
  })
  expected: Figure;

  @Field(() => Figure, { description: 'required − gap: the part that is met.' })
  covered: Figure;

  @Field(() => Figure, { description: '(required − gap) / required.' })
  coverage: Figure;
}

@ObjectType({
  description:
    'Requirements summed by competence, measure and horizon for a region, municipality or unit (a unit includes its sub-units).',
})
export class GapRollUp extends GapRollUpFigures {
  @Field(() => GapScopeLevel)
  scopeLevel: GapScopeLevel;

  @Field(() => ID, { description: 'Region, municipality or unit id.' })
  scopeId: string;

  @Field(() => ID, { nullable: true, description: 'Set for unit rows.' })
  unitId: string | null;

  @Field(() => ID, { nullable: true, description: 'Set for municipality and unit rows.' })
  municipalityId: string | null;

  @Field(() => ID)
  competenceId: string;

  @Field(() => Measure)
  measure: Measure;

  @Field(() => Horizon)
  horizon: Horizon;

  @Field()
  horizonDate: string;

  @Field(() => Priority, { description: 'The most urgent priority among its requirements.' })
  priority: Priority;

  @Field(() => Int)
  requirementCount: number;

  @Field(() => Float, {
    description: 'Sum of what the requirements ask for (exact: it describes units, not people).',
  })
  required: number;

  @Field(() => GapRollUpFigures, { nullable: true })
  earlyRetirement: GapRollUpFigures | null;
}

@ObjectType({ description: 'The gap analysis of a scope: what is needed against what is held.' })
export class GapAnalysis {
  @Field({ description: 'The date the analysis was made for (Norwegian calendar).' })
  today: string;

  @Field(() => [HorizonDate])
  horizons: HorizonDate[];

  @Field(() => Int)
  retirementAge: number;

  @Field(() => Int, { nullable: true })
  earlyRetirementAge: number | null;

  @Field(() => Int, {
    description: 'k: callers without access see counts rounded to multiples of it, group by group.',
  })
  minGroupSize: number;

  @Field(() => GapScopeLevel)
  scopeLevel: GapScopeLevel;

  @Field(() => ID)
  scopeId: string;

  @Field()
  scopeName: string;

  @Field(() => GapBreakdown)
  breakdown: GapBreakdown;

  @Field({
    description:
      'True when the caller lacks personal-data access to part of the scope, so figures about those people are sums of randomly rounded groups (see Figure.rounded).',
  })
  suppressionApplied: boolean;

  @Field(() => [GapRollUp], {
    description:
      'The whole scope per competence, measure and horizon (bars: gap vs required, horizons side by side). Biggest gaps first.',
  })
  totals: GapRollUp[];

  @Field(() => [GapRollUp], {
    description: 'Breakdown MUNICIPALITY or UNIT: one row per part of the scope and competence.',
  })
  rows: GapRollUp[];

  @Field(() => [RequirementGap], {
    description: 'Breakdown REQUIREMENT: every requirement at every horizon it applies to.',
  })
  requirementGaps: RequirementGap[];
}

@ObjectType({ description: 'A row of the heatmap: a municipality or a unit.' })
export class HeatmapRow {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => GapScopeLevel)
  level: GapScopeLevel;
}

@ObjectType({
  description:
    'Rows (municipalities or units) × competences coloured by coverage, at one horizon. Cells are the roll-ups of each row; a competence with both measures has a cell for each.',
})
export class GapHeatmap {
  @Field(() => Horizon)
  horizon: Horizon;

  @Field()
  horizonDate: string;

  @Field(() => [HeatmapRow])
  rows: HeatmapRow[];

  @Field(() => [ID], {
    description: 'Competences with requirements in the scope, by area and name.',
  })
  competenceIds: string[];

  @Field(() => [GapRollUp], { description: 'One per row, competence and measure.' })
  cells: GapRollUp[];

  @Field(() => [GapRollUp], { description: 'The column totals: the whole scope per competence.' })
  totals: GapRollUp[];

  @Field()
  suppressionApplied: boolean;
}

@ObjectType({ description: 'One side of a mobilisation option.' })
export class MobilisationEnd {
  @Field(() => ID)
  requirementId: string;

  @Field(() => ID)
  unitId: string;

  @Field(() => ID)
  municipalityId: string;

  @Field(() => Int)
  minLevel: number;

  @Field(() => Priority)
  priority: Priority;

  @Field(() => Figure, { description: 'The surplus (from) or the gap (to).' })
  amount: Figure;
}

@ObjectType({
  description:
    'Surplus in one unit that could cover a gap in another (the "mobilise" strategy): same competence, measure and horizon, at least the level the gap needs, neither unit under the other.',
})
export class MobilisationOption {
  @Field(() => ID)
  competenceId: string;

  @Field(() => Measure)
  measure: Measure;

  @Field(() => Horizon)
  horizon: Horizon;

  @Field(() => MobilisationEnd)
  from: MobilisationEnd;

  @Field(() => MobilisationEnd)
  to: MobilisationEnd;

  @Field(() => Figure, { description: 'min(surplus, gap).' })
  transferable: Figure;
}

@ObjectType({ description: 'A person who holds (or is expected to gain) the competence.' })
export class GapHolder {
  @Field(() => ID)
  employeeId: string;

  @Field()
  fullName: string;

  @Field(() => ID)
  unitId: string;

  @Field(() => String, { nullable: true })
  professionCode: string | null;

  @Field(() => Float, { description: 'Stillingsprosent.' })
  fte: number;

  @Field(() => Int, { nullable: true })
  birthYear: number | null;

  @Field(() => Int, { description: 'The highest level that counts at the horizon.' })
  level: number;

  @Field(() => String, {
    nullable: true,
    description: 'Last day a qualifying level counts (null: no expiry).',
  })
  validUntil: string | null;
}

@ObjectType({ description: 'Who makes up a requirement’s figures (personal data, audited).' })
export class GapHolderList {
  @Field(() => ID)
  requirementId: string;

  @Field(() => Horizon)
  horizon: Horizon;

  @Field()
  horizonDate: string;

  @Field(() => Int)
  retirementAge: number;

  @Field(() => [GapHolder], { description: 'By family name, given name.' })
  holders: GapHolder[];

  @Field(() => [GapHolder], { description: 'Expected from planned measures.' })
  expected: GapHolder[];
}
