import type { AppraisalContentInput, DevelopmentWay } from '@web/gql/graphql';
import { formValuesFromContent, toContentInput } from './appraisal-form-values';
import type { AppraisalContent } from './appraisal-types';
import { competenceName, levelName, type CompetenceIndex } from './competence-index';

export interface SummaryLevelLine {
  competenceId: string;
  /** Null when the competence is not known to the page (the component says so). */
  name: string | null;
  level: number;
  levelName: string | null;
}

export interface SummaryAction {
  description: string;
  dueOn: string | null;
  competenceName: string | null;
}

/** What signing off will do to the competence picture, in numbers the leader can check. */
export interface SignOffEffects {
  /** Leader-assessed levels and confirmed self-declared levels: new realkompetanse. */
  assessments: number;
  /** Wishes and actions: individual development items for the action plan. */
  developmentItems: number;
  /** Topics entered in the regional directory of people who can teach. */
  directoryTopics: number;
  /** Listed with name and unit (consent), or counted anonymously. */
  namedInDirectory: boolean;
}

/** The record in the order of the ReKs guide, as read before sign-off and in the read-only view. */
export interface AppraisalSummaryModel {
  heldOn: string | null;
  selfDeclarations: Array<SummaryLevelLine & { confirmed: boolean }>;
  hrRegistrationsChecked: boolean;
  hrRegistrationsComment: string;
  potentialUsed: string;
  potentialNeeds: string;
  teachingTopics: Array<{ competenceId: string; name: string | null }>;
  teachingConsent: boolean;
  developmentWishes: SummaryLevelLine[];
  preferredWays: DevelopmentWay[];
  careerPlan: string;
  careerTargetRole: string;
  agreedActions: SummaryAction[];
  leaderAssessments: SummaryLevelLine[];
  effects: SignOffEffects;
}

export const SUMMARY_SECTIONS = [
  'talk',
  'selfDeclarations',
  'hrRegistrations',
  'potential',
  'teaching',
  'developmentWishes',
  'preferredWays',
  'career',
  'agreedActions',
  'leaderAssessments',
] as const;
export type SummarySection = (typeof SUMMARY_SECTIONS)[number];

function levelLine(index: CompetenceIndex, competenceId: string, level: number): SummaryLevelLine {
  return {
    competenceId,
    name: competenceName(index, competenceId),
    level,
    levelName: levelName(index, competenceId, level),
  };
}

/**
 * The summary of what would be saved (the API input, so unfinished rows are
 * left out exactly as they are when saving), with the effects of signing.
 */
export function buildAppraisalSummary(
  content: AppraisalContentInput,
  index: CompetenceIndex,
): AppraisalSummaryModel {
  const selfDeclarations = (content.selfDeclarations ?? []).map((line) => ({
    ...levelLine(index, line.competenceId, line.level),
    confirmed: line.leaderConfirms ?? false,
  }));
  const leaderAssessments = (content.leaderAssessments ?? []).map((line) =>
    levelLine(index, line.competenceId, line.level),
  );
  const developmentWishes = (content.developmentWishes ?? []).map((line) =>
    levelLine(index, line.competenceId, line.targetLevel),
  );
  const agreedActions = (content.agreedActions ?? []).map((line) => ({
    description: line.description,
    dueOn: line.dueOn ?? null,
    competenceName: line.competenceId ? competenceName(index, line.competenceId) : null,
  }));
  const teachingTopics = (content.teachingTopicIds ?? []).map((competenceId) => ({
    competenceId,
    name: competenceName(index, competenceId),
  }));
  const teachingConsent = content.teachingConsent ?? false;
  return {
    heldOn: content.heldOn ?? null,
    selfDeclarations,
    hrRegistrationsChecked: content.hrRegistrationsChecked ?? false,
    hrRegistrationsComment: content.hrRegistrationsComment ?? '',
    potentialUsed: content.potentialUsed ?? '',
    potentialNeeds: content.potentialNeeds ?? '',
    teachingTopics,
    teachingConsent,
    developmentWishes,
    preferredWays: [...(content.preferredWays ?? [])],
    careerPlan: content.careerPlan ?? '',
    careerTargetRole: content.careerTargetRole ?? '',
    agreedActions,
    leaderAssessments,
    effects: {
      assessments:
        leaderAssessments.length + selfDeclarations.filter((line) => line.confirmed).length,
      developmentItems: developmentWishes.length + agreedActions.length,
      directoryTopics: teachingTopics.length,
      namedInDirectory: teachingConsent && teachingTopics.length > 0,
    },
  };
}

function sectionData(summary: AppraisalSummaryModel, section: SummarySection): unknown {
  switch (section) {
    case 'talk':
      return summary.heldOn;
    case 'selfDeclarations':
      return summary.selfDeclarations;
    case 'hrRegistrations':
      return [summary.hrRegistrationsChecked, summary.hrRegistrationsComment];
    case 'potential':
      return [summary.potentialUsed, summary.potentialNeeds];
    case 'teaching':
      return [summary.teachingTopics, summary.teachingConsent];
    case 'developmentWishes':
      return summary.developmentWishes;
    case 'preferredWays':
      return summary.preferredWays;
    case 'career':
      return [summary.careerPlan, summary.careerTargetRole];
    case 'agreedActions':
      return summary.agreedActions;
    case 'leaderAssessments':
      return summary.leaderAssessments;
  }
}

/** The sections where two versions differ: after a conflict the leader sees where to look. */
export function differingSections(
  mine: AppraisalSummaryModel,
  theirs: AppraisalSummaryModel,
): SummarySection[] {
  return SUMMARY_SECTIONS.filter(
    (section) =>
      JSON.stringify(sectionData(mine, section)) !== JSON.stringify(sectionData(theirs, section)),
  );
}

/** The summary of a saved record (last year's talk, the version someone else saved). */
export function summariseContent(
  content: AppraisalContent,
  index: CompetenceIndex,
): AppraisalSummaryModel {
  return buildAppraisalSummary(toContentInput(formValuesFromContent(content)).content, index);
}
