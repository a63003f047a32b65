import type { AppraisalContentValues, DevelopmentWay } from './appraisal-content';
import type { DevelopmentItemKind, DevelopmentItemStatus } from './models/development-item.model';
import type { AppraisalStatus } from './models/appraisal.model';

/** Rows as the repositories read them (no TypeORM entities: all SQL is hand-written). */

export interface AppraisalCycleRow {
  id: string;
  regionId: string;
  municipalityId: string;
  name: string;
  /** ISO dates. */
  opensOn: string;
  closesOn: string;
  version: number;
}

/** The scalar columns of a record; its lines come from appraisal_competence/appraisal_action. */
export interface AppraisalRow {
  id: string;
  regionId: string;
  municipalityId: string;
  cycleId: string;
  employeeId: string;
  status: AppraisalStatus;
  heldOn: string | null;
  hrRegistrationsChecked: boolean;
  hrRegistrationsComment: string;
  potentialUsed: string;
  potentialNeeds: string;
  teachingConsent: boolean;
  preferredWays: DevelopmentWay[];
  careerPlan: string;
  careerTargetRole: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  updatedByName: string | null;
  completedAt: Date | null;
  completedByName: string | null;
}

/** A record with its content assembled. */
export interface AppraisalRecord extends AppraisalRow {
  content: AppraisalContentValues;
}

export interface CompetenceLineRow {
  appraisalId: string;
  kind: 'SELF_DECLARED' | 'LEADER_ASSESSED' | 'WISH' | 'TEACHING';
  competenceId: string;
  level: number | null;
  leaderConfirms: boolean;
}

export interface ActionLineRow {
  appraisalId: string;
  description: string;
  dueOn: string | null;
  competenceId: string | null;
}

export interface AmendmentRow {
  id: string;
  appraisalId: string;
  note: string;
  before: AppraisalContentValues;
  after: AppraisalContentValues;
  amendedAt: Date;
  amendedByName: string | null;
}

export interface DevelopmentItemRow {
  id: string;
  employeeId: string;
  appraisalId: string | null;
  kind: DevelopmentItemKind;
  competenceId: string | null;
  targetLevel: number | null;
  description: string;
  dueOn: string | null;
  status: DevelopmentItemStatus;
  createdAt: Date;
}

/** An employee as appraisals need it: where they work, for scope, audit and the summary. */
export interface AppraisalEmployeeRow {
  id: string;
  regionId: string;
  municipalityId: string;
  unitId: string;
  givenName: string;
  familyName: string;
  active: boolean;
  unitName: string;
  municipalityName: string;
}
