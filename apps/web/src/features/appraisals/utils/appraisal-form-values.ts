import type { AppraisalContentInput, DevelopmentWay } from '@web/gql/graphql';
import { DEVELOPMENT_WAYS } from '@kp/domain';
import type { AppraisalContent } from './appraisal-types';

/**
 * The form's own state. Rows carry a `key` (stable across edits, used for React
 * keys and field ids) and keep what the leader has typed so far, even when a
 * row is not complete yet; only complete rows are sent to the API.
 */
export interface CompetenceLevelRow {
  key: string;
  competenceId: string;
  /** '' until a level is chosen. */
  level: string;
}

export interface SelfDeclarationRow extends CompetenceLevelRow {
  leaderConfirms: boolean;
}

export interface TeachingTopicRow {
  key: string;
  competenceId: string;
}

export interface ActionRow {
  key: string;
  description: string;
  /** ISO date from a date input; '' when none. */
  dueOn: string;
  /** '' when the action is not tied to a competence. */
  competenceId: string;
}

export interface AppraisalFormValues {
  /** ISO date; '' lets the API use the day of sign-off. */
  heldOn: string;
  selfDeclarations: SelfDeclarationRow[];
  hrRegistrationsChecked: boolean;
  hrRegistrationsComment: string;
  potentialUsed: string;
  potentialNeeds: string;
  teachingTopics: TeachingTopicRow[];
  teachingConsent: boolean;
  /** `level` is the target level. */
  developmentWishes: CompetenceLevelRow[];
  preferredWays: DevelopmentWay[];
  careerPlan: string;
  careerTargetRole: string;
  agreedActions: ActionRow[];
  leaderAssessments: CompetenceLevelRow[];
}

/** The row lists of the form, in the order of the ReKs guide. */
export const ROW_LISTS = [
  'selfDeclarations',
  'teachingTopics',
  'developmentWishes',
  'agreedActions',
  'leaderAssessments',
] as const;
export type RowList = (typeof ROW_LISTS)[number];

let rowCounter = 0;

/** A key unique within the page's lifetime; rows from the API get fresh ones too. */
export function newRowKey(): string {
  rowCounter += 1;
  return `r${rowCounter}`;
}

export function emptyCompetenceLevelRow(): CompetenceLevelRow {
  return { key: newRowKey(), competenceId: '', level: '' };
}

export function emptySelfDeclarationRow(): SelfDeclarationRow {
  return { ...emptyCompetenceLevelRow(), leaderConfirms: false };
}

export function emptyTeachingTopicRow(): TeachingTopicRow {
  return { key: newRowKey(), competenceId: '' };
}

export function emptyActionRow(): ActionRow {
  return { key: newRowKey(), description: '', dueOn: '', competenceId: '' };
}

export interface FormValuesOptions {
  /** Used for the date of the talk when the record has none yet (a new talk is usually today). */
  defaultHeldOn?: string;
}

/** The form's state from a saved record or the API's pre-filled proposal. */
export function formValuesFromContent(
  content: AppraisalContent,
  options: FormValuesOptions = {},
): AppraisalFormValues {
  return {
    heldOn: content.heldOn ?? options.defaultHeldOn ?? '',
    selfDeclarations: content.selfDeclarations.map((line) => ({
      key: newRowKey(),
      competenceId: line.competenceId,
      level: String(line.level),
      leaderConfirms: line.leaderConfirms,
    })),
    hrRegistrationsChecked: content.hrRegistrationsChecked,
    hrRegistrationsComment: content.hrRegistrationsComment,
    potentialUsed: content.potentialUsed,
    potentialNeeds: content.potentialNeeds,
    teachingTopics: content.teachingTopicIds.map((competenceId) => ({
      key: newRowKey(),
      competenceId,
    })),
    teachingConsent: content.teachingConsent,
    developmentWishes: content.developmentWishes.map((line) => ({
      key: newRowKey(),
      competenceId: line.competenceId,
      level: String(line.targetLevel),
    })),
    preferredWays: DEVELOPMENT_WAYS.filter((way) => content.preferredWays.includes(way)),
    careerPlan: content.careerPlan,
    careerTargetRole: content.careerTargetRole,
    agreedActions: content.agreedActions.map((line) => ({
      key: newRowKey(),
      description: line.description,
      dueOn: line.dueOn ?? '',
      competenceId: line.competenceId ?? '',
    })),
    leaderAssessments: content.leaderAssessments.map((line) => ({
      key: newRowKey(),
      competenceId: line.competenceId,
      level: String(line.level),
    })),
  };
}

function isCompleteLevelRow(row: CompetenceLevelRow): boolean {
  return row.competenceId !== '' && row.level !== '';
}

function isCompleteAction(row: ActionRow): boolean {
  return row.description.trim() !== '';
}

/** A row the leader has started (or added) but not finished; it is not sent until it is. */
export function isIncompleteRow(list: RowList, row: AppraisalFormValues[RowList][number]): boolean {
  switch (list) {
    case 'teachingTopics':
      return row.competenceId === '';
    case 'agreedActions':
      return !isCompleteAction(row as ActionRow);
    default:
      return !isCompleteLevelRow(row as CompetenceLevelRow);
  }
}

/** How many rows are not finished yet: the autosave status says they wait. */
export function countIncompleteRows(values: AppraisalFormValues): number {
  return ROW_LISTS.reduce(
    (sum, list) =>
      sum +
      (values[list] as ReadonlyArray<AppraisalFormValues[RowList][number]>).filter((row) =>
        isIncompleteRow(list, row),
      ).length,
    0,
  );
}

/** Which form row each sent line came from, so the API's `content.<list>.<index>` errors find their row. */
export type SentRowKeys = Record<RowList, string[]>;

export interface ContentInputWithRows {
  content: AppraisalContentInput;
  rowKeys: SentRowKeys;
}

/**
 * The API input for the whole form (autosave sends all of it every time):
 * complete rows only, texts trimmed, empty optional values as null, the ways
 * in their canonical order. Two forms that mean the same give equal inputs,
 * so "nothing changed" can be told from the input alone.
 */
export function toContentInput(values: AppraisalFormValues): ContentInputWithRows {
  const selfDeclarations = values.selfDeclarations.filter(isCompleteLevelRow);
  const teachingTopics = values.teachingTopics.filter((row) => row.competenceId !== '');
  const developmentWishes = values.developmentWishes.filter(isCompleteLevelRow);
  const agreedActions = values.agreedActions.filter(isCompleteAction);
  const leaderAssessments = values.leaderAssessments.filter(isCompleteLevelRow);
  return {
    content: {
      heldOn: values.heldOn || null,
      selfDeclarations: selfDeclarations.map((row) => ({
        competenceId: row.competenceId,
        level: Number(row.level),
        leaderConfirms: row.leaderConfirms,
      })),
      hrRegistrationsChecked: values.hrRegistrationsChecked,
      hrRegistrationsComment: values.hrRegistrationsComment.trim(),
      potentialUsed: values.potentialUsed.trim(),
      potentialNeeds: values.potentialNeeds.trim(),
      teachingTopicIds: teachingTopics.map((row) => row.competenceId),
      teachingConsent: values.teachingConsent,
      developmentWishes: developmentWishes.map((row) => ({
        competenceId: row.competenceId,
        targetLevel: Number(row.level),
      })),
      preferredWays: DEVELOPMENT_WAYS.filter((way) => values.preferredWays.includes(way)),
      careerPlan: values.careerPlan.trim(),
      careerTargetRole: values.careerTargetRole.trim(),
      agreedActions: agreedActions.map((row) => ({
        description: row.description.trim(),
        dueOn: row.dueOn || null,
        competenceId: row.competenceId || null,
      })),
      leaderAssessments: leaderAssessments.map((row) => ({
        competenceId: row.competenceId,
        level: Number(row.level),
      })),
    },
    rowKeys: {
      selfDeclarations: selfDeclarations.map((row) => row.key),
      teachingTopics: teachingTopics.map((row) => row.key),
      developmentWishes: developmentWishes.map((row) => row.key),
      agreedActions: agreedActions.map((row) => row.key),
      leaderAssessments: leaderAssessments.map((row) => row.key),
    },
  };
}

/** A stable text of an input, to tell whether anything changed since the last save. */
export function contentFingerprint(content: AppraisalContentInput): string {
  return JSON.stringify(content);
}

/** The API's list names for the form's lists (teaching topics are plain ids there). */
const API_LIST: Record<string, RowList> = {
  selfDeclarations: 'selfDeclarations',
  teachingTopicIds: 'teachingTopics',
  developmentWishes: 'developmentWishes',
  agreedActions: 'agreedActions',
  leaderAssessments: 'leaderAssessments',
};

/** Fields outside the lists that the form shows (the amendment's note included). */
const SCALAR_FIELDS = new Set([
  'heldOn',
  'hrRegistrationsComment',
  'potentialUsed',
  'potentialNeeds',
  'careerPlan',
  'careerTargetRole',
  'note',
]);

/** Form fields of a row: the API's names, with `level` for a wish's `targetLevel`. */
const API_SUBFIELD: Record<string, string> = { targetLevel: 'level' };

/**
 * The form's field id for an API field path: `content.selfDeclarations.0.level`
 * → `selfDeclarations.<row key>.level`, `content.teachingTopicIds.1` →
 * `teachingTopics.<row key>.competenceId`, `content.heldOn` → `heldOn`.
 * Null when the path names nothing the form shows.
 */
export function formFieldForApiPath(path: string, rowKeys: SentRowKeys): string | null {
  const parts = path.split('.');
  if (parts[0] === 'content' || parts[0] === 'input') parts.shift();
  if (parts[0] === 'content') parts.shift();
  if (parts.length === 0) return null;
  const list = API_LIST[parts[0]];
  if (!list) return parts.length === 1 && SCALAR_FIELDS.has(parts[0]) ? parts[0] : null;
  const index = Number(parts[1]);
  const key = Number.isInteger(index) ? rowKeys[list][index] : undefined;
  if (!key) return null;
  const subfield = parts[2] ? (API_SUBFIELD[parts[2]] ?? parts[2]) : 'competenceId';
  return `${list}.${key}.${subfield}`;
}
