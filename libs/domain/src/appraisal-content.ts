import type { FieldProblem } from './input-rules';
import { describeLevels } from './levels';

/**
 * The content of an appraisal record as plain data: what the leader fills in, what drafts,
 * sign-off and amendments compare, and what amendments keep as before/after. Rules here are
 * pure functions so they are tested without a database.
 */

/** Ways an employee prefers to develop (ReKs guide), in their canonical order. */
export const DEVELOPMENT_WAYS = [
  'COURSE',
  'FURTHER_EDUCATION',
  'HOSPITATION',
  'E_LEARNING',
  'OWN_TIME',
] as const;

export type DevelopmentWay = (typeof DEVELOPMENT_WAYS)[number];

export const DEVELOPMENT_WAY_NAMES: Record<DevelopmentWay, string> = {
  COURSE: 'Kurs',
  FURTHER_EDUCATION: 'Videreutdanning',
  HOSPITATION: 'Hospitering',
  E_LEARNING: 'E-læring',
  OWN_TIME: 'På egen tid',
};

export interface SelfDeclarationLine {
  competenceId: string;
  /** The level the employee claims. */
  level: number;
  /** The leader confirms the claim: at sign-off it counts as realkompetanse. */
  leaderConfirms: boolean;
}

export interface CompetenceLevelLine {
  competenceId: string;
  level: number;
}

export interface WishLine {
  competenceId: string;
  targetLevel: number;
}

export interface ActionLine {
  description: string;
  /** ISO date. */
  dueOn: string | null;
  competenceId: string | null;
}

export interface AppraisalContentValues {
  /** ISO date the talk was held; set to the sign-off date when still empty then. */
  heldOn: string | null;
  selfDeclarations: SelfDeclarationLine[];
  hrRegistrationsChecked: boolean;
  hrRegistrationsComment: string;
  potentialUsed: string;
  /** What it would take to use the potential. */
  potentialNeeds: string;
  teachingTopicIds: string[];
  /** The employee agrees to be listed by name in the regional directory. */
  teachingConsent: boolean;
  developmentWishes: WishLine[];
  preferredWays: DevelopmentWay[];
  careerPlan: string;
  careerTargetRole: string;
  agreedActions: ActionLine[];
  leaderAssessments: CompetenceLevelLine[];
}

export function emptyContent(): AppraisalContentValues {
  return {
    heldOn: null,
    selfDeclarations: [],
    hrRegistrationsChecked: false,
    hrRegistrationsComment: '',
    potentialUsed: '',
    potentialNeeds: '',
    teachingTopicIds: [],
    teachingConsent: false,
    developmentWishes: [],
    preferredWays: [],
    careerPlan: '',
    careerTargetRole: '',
    agreedActions: [],
    leaderAssessments: [],
  };
}

/** The content as a client sends it: optional parts may be left out. */
export type AppraisalContentInputValues = Omit<
  AppraisalContentValues,
  'heldOn' | 'agreedActions'
> & {
  heldOn?: string | null;
  agreedActions: Array<{
    description: string;
    dueOn?: string | null;
    competenceId?: string | null;
  }>;
};

/** The input as stored: texts trimmed, preferred ways unique in their canonical order. */
export function normaliseContent(
  input: AppraisalContentInputValues | AppraisalContentValues,
): AppraisalContentValues {
  const ways = new Set(input.preferredWays);
  return {
    heldOn: input.heldOn ?? null,
    selfDeclarations: input.selfDeclarations.map((line) => ({
      competenceId: line.competenceId,
      level: line.level,
      leaderConfirms: line.leaderConfirms ?? false,
    })),
    hrRegistrationsChecked: input.hrRegistrationsChecked ?? false,
    hrRegistrationsComment: (input.hrRegistrationsComment ?? '').trim(),
    potentialUsed: (input.potentialUsed ?? '').trim(),
    potentialNeeds: (input.potentialNeeds ?? '').trim(),
    teachingTopicIds: [...input.teachingTopicIds],
    teachingConsent: input.teachingConsent ?? false,
    developmentWishes: input.developmentWishes.map((line) => ({
      competenceId: line.competenceId,
      targetLevel: line.targetLevel,
    })),
    preferredWays: DEVELOPMENT_WAYS.filter((way) => ways.has(way)),
    careerPlan: (input.careerPlan ?? '').trim(),
    careerTargetRole: (input.careerTargetRole ?? '').trim(),
    agreedActions: input.agreedActions.map((line) => ({
      description: line.description.trim(),
      dueOn: line.dueOn ?? null,
      competenceId: line.competenceId ?? null,
    })),
    leaderAssessments: input.leaderAssessments.map((line) => ({
      competenceId: line.competenceId,
      level: line.level,
    })),
  };
}

export function sameContent(a: AppraisalContentValues, b: AppraisalContentValues): boolean {
  return JSON.stringify(normaliseContent(a)) === JSON.stringify(normaliseContent(b));
}

/** Every competence the content refers to, once each. */
export function competenceIdsOf(content: AppraisalContentValues): string[] {
  return [
    ...new Set([
      ...content.selfDeclarations.map((line) => line.competenceId),
      ...content.leaderAssessments.map((line) => line.competenceId),
      ...content.developmentWishes.map((line) => line.competenceId),
      ...content.teachingTopicIds,
      ...content.agreedActions.flatMap((line) => (line.competenceId ? [line.competenceId] : [])),
    ]),
  ];
}

/** What validation needs to know about a catalogue entry. */
export interface CatalogueEntry {
  id: string;
  name: string;
  active: boolean;
  /** The levels of the competence's own scale, ascending. */
  levels: number[];
}

const LIST_LABELS = {
  selfDeclarations: 'Egenerklæringen',
  leaderAssessments: 'Lederens vurdering',
  developmentWishes: 'Utviklingsønskene',
  teachingTopicIds: 'Temaene den ansatte kan lære bort',
  agreedActions: 'De avtalte tiltakene',
} as const;

/**
 * Problems the validation pipe cannot see: competences that are not in the region's
 * catalogue, inactive competences newly added (old lines may keep theirs), levels outside the
 * competence's own scale, and a competence twice in one list. Field paths are those of the
 * input (`content.selfDeclarations.0.level`), so a form can mark the very field.
 */
export function contentProblems(
  content: AppraisalContentValues,
  catalogue: ReadonlyMap<string, CatalogueEntry>,
  alreadyUsed: ReadonlySet<string>,
  prefix = 'content',
): FieldProblem[] {
  const problems: FieldProblem[] = [];

  const checkCompetence = (field: string, competenceId: string): CatalogueEntry | null => {
    const entry = catalogue.get(competenceId);
    if (!entry) {
      problems.push({
        field,
        code: 'UNKNOWN_COMPETENCE',
        message: 'Kompetansen finnes ikke i katalogen',
      });
      return null;
    }
    if (!entry.active && !alreadyUsed.has(competenceId)) {
      problems.push({
        field,
        code: 'INACTIVE_COMPETENCE',
        message: `«${entry.name}» er ikke lenger i bruk i katalogen`,
      });
    }
    return entry;
  };

  const checkLevel = (field: string, entry: CatalogueEntry | null, level: number): void => {
    if (!entry || entry.levels.includes(level)) return;
    problems.push({
      field,
      code: 'LEVEL_OUT_OF_SCALE',
      message: `Nivå ${level} finnes ikke på skalaen for «${entry.name}» (${describeLevels(entry.levels)})`,
    });
  };

  const checkRepeats = (
    list: keyof typeof LIST_LABELS,
    ids: ReadonlyArray<string | null>,
    subfield: string | null,
  ): void => {
    const seen = new Set<string>();
    ids.forEach((id, index) => {
      if (id === null) return;
      if (seen.has(id)) {
        const name = catalogue.get(id)?.name ?? 'samme kompetanse';
        problems.push({
          field: `${prefix}.${list}.${index}${subfield ? `.${subfield}` : ''}`,
          code: 'DUPLICATE_COMPETENCE',
          message: `${LIST_LABELS[list]} har «${name}» mer enn én gang`,
        });
      }
      seen.add(id);
    });
  };

  content.selfDeclarations.forEach((line, index) => {
    const field = `${prefix}.selfDeclarations.${index}`;
    checkLevel(
      `${field}.level`,
      checkCompetence(`${field}.competenceId`, line.competenceId),
      line.level,
    );
  });
  checkRepeats(
    'selfDeclarations',
    content.selfDeclarations.map((line) => line.competenceId),
    'competenceId',
  );

  content.leaderAssessments.forEach((line, index) => {
    const field = `${prefix}.leaderAssessments.${index}`;
    checkLevel(
      `${field}.level`,
      checkCompetence(`${field}.competenceId`, line.competenceId),
      line.level,
    );
  });
  checkRepeats(
    'leaderAssessments',
    content.leaderAssessments.map((line) => line.competenceId),
    'competenceId',
  );

  content.developmentWishes.forEach((line, index) => {
    const field = `${prefix}.developmentWishes.${index}`;
    checkLevel(
      `${field}.targetLevel`,
      checkCompetence(`${field}.competenceId`, line.competenceId),
      line.targetLevel,
    );
  });
  checkRepeats(
    'developmentWishes',
    content.developmentWishes.map((line) => line.competenceId),
    'competenceId',
  );

  content.teachingTopicIds.forEach((id, index) =>
    checkCompetence(`${prefix}.teachingTopicIds.${index}`, id),
  );
  checkRepeats('teachingTopicIds', content.teachingTopicIds, null);

  content.agreedActions.forEach((line, index) => {
    if (line.competenceId) {
      checkCompetence(`${prefix}.agreedActions.${index}.competenceId`, line.competenceId);
    }
  });

  return problems;
}

/** Sign-off rules on top of the content rules: a talk is signed off once it has been held. */
export function signOffProblems(
  content: AppraisalContentValues,
  today: string,
  prefix = 'content',
): FieldProblem[] {
  if (content.heldOn && content.heldOn > today) {
    return [
      {
        field: `${prefix}.heldOn`,
        code: 'HELD_IN_FUTURE',
        message: 'Samtaledato kan ikke være fram i tid når samtalen signeres',
      },
    ];
  }
  return [];
}

export interface SignOffEffects {
  /** New LEADER_ASSESSED assessments. */
  leaderAssessments: CompetenceLevelLine[];
  /** New SELF_DECLARED assessments, confirmed by the leader. */
  confirmedSelfDeclarations: CompetenceLevelLine[];
  /** Development wishes to add as items, and those (from this record) to cancel. */
  newWishes: WishLine[];
  withdrawnWishes: WishLine[];
  newActions: ActionLine[];
  withdrawnActions: ActionLine[];
}

function wishKey(line: WishLine): string {
  return `${line.competenceId}:${line.targetLevel}`;
}

function actionKey(line: ActionLine): string {
  return JSON.stringify([line.description, line.dueOn, line.competenceId]);
}

/**
 * What a sign-off (before = null) or an amendment (before = the signed-off content) adds to
 * the competence picture. Assessments are append-only, so an amendment adds a new row only
 * for a level that is new or different; a line removed by an amendment leaves history alone.
 * Development items follow the record: new lines become items, removed lines are withdrawn.
 */
export function signOffEffects(
  before: AppraisalContentValues | null,
  after: AppraisalContentValues,
): SignOffEffects {
  const previousLeader = new Map(
    (before?.leaderAssessments ?? []).map((line) => [line.competenceId, line.level]),
  );
  const previousConfirmed = new Map(
    (before?.selfDeclarations ?? [])
      .filter((line) => line.leaderConfirms)
      .map((line) => [line.competenceId, line.level]),
  );
  const beforeWishes = new Set((before?.developmentWishes ?? []).map(wishKey));
  const afterWishes = new Set(after.developmentWishes.map(wishKey));
  const beforeActions = new Set((before?.agreedActions ?? []).map(actionKey));
  const afterActions = new Set(after.agreedActions.map(actionKey));

  return {
    leaderAssessments: after.leaderAssessments
      .filter((line) => previousLeader.get(line.competenceId) !== line.level)
      .map(({ competenceId, level }) => ({ competenceId, level })),
    confirmedSelfDeclarations: after.selfDeclarations
      .filter(
        (line) => line.leaderConfirms && previousConfirmed.get(line.competenceId) !== line.level,
      )
      .map(({ competenceId, level }) => ({ competenceId, level })),
    newWishes: after.developmentWishes.filter((line) => !beforeWishes.has(wishKey(line))),
    withdrawnWishes: (before?.developmentWishes ?? []).filter(
      (line) => !afterWishes.has(wishKey(line)),
    ),
    newActions: after.agreedActions.filter((line) => !beforeActions.has(actionKey(line))),
    withdrawnActions: (before?.agreedActions ?? []).filter(
      (line) => !afterActions.has(actionKey(line)),
    ),
  };
}

/** The newest self-declared and leader-assessed level per competence, for pre-filling. */
export interface CurrentLevel {
  competenceId: string;
  source: 'SELF_DECLARED' | 'LEADER_ASSESSED';
  level: number;
  confirmed: boolean;
}

/**
 * A new record pre-filled from last cycle's signed-off record and the current assessments:
 * the self-declaration to review and the leader's levels come from the assessments (the
 * picture as it is now); teaching topics and consent, wishes, preferred ways, career plan
 * and what the potential needs are carried over from last year's talk so the leader only
 * updates them. Agreed actions are not carried over: they already became development items.
 * The date, the HR check and how the potential is used belong to this year's talk.
 */
export function prefillContent(
  previous: AppraisalContentValues | null,
  current: readonly CurrentLevel[],
): AppraisalContentValues {
  const content = emptyContent();
  for (const line of current) {
    if (line.source === 'SELF_DECLARED') {
      content.selfDeclarations.push({
        competenceId: line.competenceId,
        level: line.level,
        leaderConfirms: line.confirmed,
      });
    } else {
      content.leaderAssessments.push({ competenceId: line.competenceId, level: line.level });
    }
  }
  if (previous) {
    content.potentialNeeds = previous.potentialNeeds;
    content.teachingTopicIds = [...previous.teachingTopicIds];
    content.teachingConsent = previous.teachingConsent;
    content.developmentWishes = previous.developmentWishes.map((line) => ({ ...line }));
    content.preferredWays = [...previous.preferredWays];
    content.careerPlan = previous.careerPlan;
    content.careerTargetRole = previous.careerTargetRole;
  }
  return content;
}
