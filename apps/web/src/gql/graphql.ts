/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AddQualificationInput = {
  /** The competences and levels it documents. */
  competences: Array<QualificationCompetenceInput>;
  employeeId: string;
  /** ISO date, the last day it counts. Default: obtainedOn + the shortest validityMonths among the mapped competences that have one. */
  expiresOn?: string | null | undefined;
  issuer?: string | null | undefined;
  kind: QualificationKind;
  /** ISO date. */
  obtainedOn: string;
  title: string;
};

export type AddUnitInput = {
  kind?: UnitKind;
  municipalityId: string;
  name: string;
  /** Parent unit; omitted for a top-level unit. */
  parentId?: string | null | undefined;
  serviceType?: string | null | undefined;
};

/** Changes a signed-off record; the reason is required and kept. */
export type AmendAppraisalInput = {
  content: AppraisalContentInput;
  id: string;
  /** Why the signed-off record is changed. */
  note: string;
  version: number;
};

export type AppraisalActionInput = {
  competenceId?: string | null | undefined;
  description: string;
  /** ISO date. */
  dueOn?: string | null | undefined;
};

export type AppraisalCompetenceLevelInput = {
  competenceId: string;
  level: number;
};

export type AppraisalContentInput = {
  agreedActions?: Array<AppraisalActionInput>;
  careerPlan?: string;
  careerTargetRole?: string;
  developmentWishes?: Array<AppraisalDevelopmentWishInput>;
  /** ISO date the talk was held. */
  heldOn?: string | null | undefined;
  hrRegistrationsChecked?: boolean;
  hrRegistrationsComment?: string;
  leaderAssessments?: Array<AppraisalCompetenceLevelInput>;
  potentialNeeds?: string;
  potentialUsed?: string;
  preferredWays?: Array<DevelopmentWay>;
  selfDeclarations?: Array<AppraisalSelfDeclarationInput>;
  teachingConsent?: boolean;
  teachingTopicIds?: Array<string>;
};

/** ikke åpnet ennå, åpen, avsluttet (on the Norwegian calendar, today) */
export type AppraisalCycleStatus =
  | 'CLOSED'
  | 'OPEN'
  | 'UPCOMING';

export type AppraisalDevelopmentWishInput = {
  competenceId: string;
  targetLevel: number;
};

export type AppraisalFilter = {
  cycleId?: string | null | undefined;
  employeeId?: string | null | undefined;
  status?: AppraisalStatus | null | undefined;
  /** The unit and all its sub-units. */
  unitId?: string | null | undefined;
};

export type AppraisalSelfDeclarationInput = {
  competenceId: string;
  leaderConfirms?: boolean;
  level: number;
};

/** enhet, kommune, region */
export type AppraisalStatisticsLevel =
  | 'MUNICIPALITY'
  | 'REGION'
  | 'UNIT';

/** utkast, signert av leder */
export type AppraisalStatus =
  | 'COMPLETED'
  | 'DRAFT';

/** formell, uformell, egenerklært, vurdert av leder */
export type AssessmentSource =
  | 'FORMAL'
  | 'INFORMAL'
  | 'LEADER_ASSESSED'
  | 'SELF_DECLARED';

export type AssignRoleInput = {
  /** For MUNICIPALITY_HR. */
  municipalityId?: string | null | undefined;
  role: Role;
  /** For UNIT_LEADER. */
  unitId?: string | null | undefined;
  userId: string;
};

export type AuditLogFilter = {
  /** Entries after this one in the log's order (newest first: time, then id): the id of the last entry shown. */
  before?: string | null | undefined;
  employeeId?: string | null | undefined;
  first?: number | null | undefined;
  /** First day (ISO date, Norwegian calendar) of entries to include. */
  from?: string | null | undefined;
  municipalityId?: string | null | undefined;
  /** Last day (ISO date, Norwegian calendar, inclusive) of entries to include. */
  to?: string | null | undefined;
};

/** Lai's building blocks: kunnskaper, ferdigheter, evner, holdninger. */
export type BuildingBlock =
  | 'ABILITIES'
  | 'ATTITUDES'
  | 'KNOWLEDGE'
  | 'SKILLS';

export type CompetenceFilter = {
  area?: string | null | undefined;
  buildingBlock?: BuildingBlock | null | undefined;
  includeInactive?: boolean | null | undefined;
  /** Name or description, case-insensitive. */
  search?: string | null | undefined;
  tag?: string | null | undefined;
};

/** Signs off a draft; with content, saves it first in the same step. */
export type CompleteAppraisalInput = {
  content?: AppraisalContentInput | null | undefined;
  id: string;
  version: number;
};

/** Copies one unit's requirement set (a template, e.g. the regional baseline for nursing homes) to other units, which may then adjust it. */
export type CopyRequirementsInput = {
  includeStaffing?: boolean | null | undefined;
  /** Overwrite a target’s requirement for the same competence, level, measure and horizon. */
  replaceExisting?: boolean | null | undefined;
  sourceUnitId: string;
  /** Also every unit (not department) of this service type the caller may change, e.g. "sykehjem". */
  targetServiceType?: string | null | undefined;
  targetUnitIds?: Array<string> | null | undefined;
};

export type CreateAppraisalCycleInput = {
  /** ISO date, inclusive. */
  closesOn: string;
  municipalityId: string;
  /** E.g. "Medarbeidersamtaler 2027". */
  name: string;
  /** ISO date. */
  opensOn: string;
};

export type CreateCompetenceInput = {
  area: string;
  buildingBlock: BuildingBlock;
  description?: string | null | undefined;
  name: string;
  /** Default: the domain's scale 0–4. */
  scale?: Array<LevelDefinitionInput> | null | undefined;
  tags?: Array<string> | null | undefined;
  validityMonths?: number | null | undefined;
};

export type CreateRequirementInput = {
  competenceId: string;
  horizon: Horizon;
  measure?: Measure;
  /** On the competence's scale. */
  minLevel: number;
  priority: Priority;
  rationale?: string | null | undefined;
  rationaleKind: RationaleKind;
  reference?: string | null | undefined;
  /** More than 0; whole people for HEADCOUNT. */
  required: number;
  /** ISO date, not in the past and within the horizon. */
  targetDate?: string | null | undefined;
  unitId: string;
};

export type CreateStaffingRequirementInput = {
  horizon: Horizon;
  priority: Priority;
  /** STYRK-08 code of a health and care profession, e.g. "2223". */
  professionCode: string;
  rationale?: string | null | undefined;
  rationaleKind: RationaleKind;
  reference?: string | null | undefined;
  /** Årsverk, more than 0. */
  requiredFte: number;
  targetDate?: string | null | undefined;
  unitId: string;
};

export type CreateUserInput = {
  email: string;
  name: string;
  /** Omit for single sign-on users. */
  password?: string | null | undefined;
};

/** kurs, videreutdanning, hospitering, e-læring, på egen tid */
export type DevelopmentWay =
  | 'COURSE'
  | 'E_LEARNING'
  | 'FURTHER_EDUCATION'
  | 'HOSPITATION'
  | 'OWN_TIME';

export type EmployeeFilter = {
  /** Employees whose realkompetanse counts for this competence (at any level). */
  competenceId?: string | null | undefined;
  /** Has a qualification or assessment whose last valid day is within N days. */
  expiringWithinDays?: number | null | undefined;
  includeInactive?: boolean | null | undefined;
  /** With competenceId: realkompetanse at least this level today. */
  minLevel?: number | null | undefined;
  municipalityId?: string | null | undefined;
  /** STYRK-08 codes; empty = all. */
  professionCodes?: Array<string> | null | undefined;
  /** Name or employee number, case-insensitive. */
  search?: string | null | undefined;
  /** The unit and all its sub-units. */
  unitId?: string | null | undefined;
};

/** fast (PERMANENT), midlertidig (TEMPORARY), vikar (SUBSTITUTE) */
export type EmploymentType =
  | 'PERMANENT'
  | 'SUBSTITUTE'
  | 'TEMPORARY';

export type ExpiringCertificatesFilter = {
  months?: number | null | undefined;
  municipalityId?: string | null | undefined;
  /** The unit and all its sub-units. */
  unitId?: string | null | undefined;
};

/** Rows per municipality (region scope), per unit directly under the scope, or per requirement. */
export type GapBreakdown =
  | 'MUNICIPALITY'
  | 'REQUIREMENT'
  | 'UNIT';

/** Which requirements to analyse; omitted parts mean "all". */
export type GapFilter = {
  area?: string | null | undefined;
  competenceIds?: Array<string> | null | undefined;
  /** A second scenario: figures if people retire at this age (e.g. 62, AFP). */
  earlyRetirementAge?: number | null | undefined;
  /** Default: all three. */
  horizons?: Array<Horizon> | null | undefined;
  municipalityId?: string | null | undefined;
  priorities?: Array<Priority> | null | undefined;
  /** Focus area, e.g. "Demensplan 2025". */
  tag?: string | null | undefined;
  /** The unit and all its sub-units. */
  unitId?: string | null | undefined;
};

export type GapScopeLevel =
  | 'MUNICIPALITY'
  | 'REGION'
  | 'UNIT';

/** Planning horizon: now, one year ahead, three years ahead. */
export type Horizon =
  | 'NOW'
  | 'ONE_YEAR'
  | 'THREE_YEARS';

/** EMPLOYEES: the staff list from the HR system; QUALIFICATIONS: formal qualifications. */
export type ImportKind =
  | 'EMPLOYEES'
  | 'QUALIFICATIONS';

/** UNDOABLE: can be undone now; UNDONE: already undone; EXPIRED: past the undo window; BLOCKED: something it touched has changed since (see undoBlockedReason). */
export type ImportUndoStatus =
  | 'BLOCKED'
  | 'EXPIRED'
  | 'UNDOABLE'
  | 'UNDONE';

/** What a comparison series stands for. */
export type KostraSeriesKind =
  | 'COUNTRY'
  | 'COUNTY'
  | 'KOSTRA_GROUP'
  | 'MUNICIPALITY'
  | 'REGION';

export type LevelDefinitionInput = {
  description: string;
  level: number;
  /** Short name, e.g. "Selvstendig". */
  name?: string | null | undefined;
};

/** Counted in people (HEADCOUNT) or in full-time equivalents (FTE, årsverk). */
export type Measure =
  | 'FTE'
  | 'HEADCOUNT';

/** ikke påbegynt, utkast */
export type PendingAppraisalStatus =
  | 'DRAFT'
  | 'NOT_STARTED';

/** Kritisk, viktig, ønskelig. */
export type Priority =
  | 'CRITICAL'
  | 'DESIRABLE'
  | 'IMPORTANT';

export type QualificationCompetenceInput = {
  competenceId: string;
  level: number;
};

/** utdanning, sertifikat/sertifisering, kurs */
export type QualificationKind =
  | 'CERTIFICATE'
  | 'COURSE'
  | 'EDUCATION';

/** Lov eller forskrift, nasjonal faglig retningslinje, lokalt mål. */
export type RationaleKind =
  | 'LAW'
  | 'LOCAL_GOAL'
  | 'NATIONAL_GUIDELINE';

export type RecordAssessmentInput = {
  /** ISO date; default today. */
  assessedOn?: string | null | undefined;
  competenceId: string;
  employeeId: string;
  evidence?: string | null | undefined;
  level: number;
  /** INFORMAL, LEADER_ASSESSED or SELF_DECLARED (FORMAL only through qualifications). */
  source: AssessmentSource;
  /** ISO date, the last day it counts. */
  validUntil?: string | null | undefined;
};

/** Requirements are organisation data: every role may read them all. */
export type RequirementFilter = {
  competenceId?: string | null | undefined;
  horizon?: Horizon | null | undefined;
  includeSubUnits?: boolean | null | undefined;
  municipalityId?: string | null | undefined;
  priority?: Priority | null | undefined;
  /** Staffing requirements only. */
  professionCode?: string | null | undefined;
  /** The unit, and its sub-units unless told not. */
  unitId?: string | null | undefined;
};

export type RetirementWaveFilter = {
  /** Default: competences with a CRITICAL requirement in the scope. */
  competenceIds?: Array<string> | null | undefined;
  municipalityId?: string | null | undefined;
  /** STYRK-08 codes. Default: every profession in the scope. */
  professionCodes?: Array<string> | null | undefined;
  /** Default: the region's retirement age. */
  retirementAge?: number | null | undefined;
  /** The unit and all its sub-units. */
  unitId?: string | null | undefined;
  years?: number | null | undefined;
};

/** A role, always held in a scope. */
export type Role =
  | 'BOARD_MEMBER'
  | 'MUNICIPALITY_HR'
  | 'REGIONAL_COORDINATOR'
  | 'REGION_ADMIN'
  | 'UNIT_LEADER';

/** Creates or updates the draft for an employee in a cycle (autosave). */
export type SaveAppraisalDraftInput = {
  content: AppraisalContentInput;
  /** Default: the current cycle of the employee's municipality. */
  cycleId?: string | null | undefined;
  employeeId: string;
  /** The version last read; omitted for the first save. */
  version?: number | null | undefined;
};

/** No longer used: figures are rounded instead of hidden (see Figure.rounded). */
export type SuppressionReason =
  | 'COMPLEMENTARY'
  | 'FEWER_THAN_K';

/** Level in the unit tree: service area → unit → department. */
export type UnitKind =
  | 'DEPARTMENT'
  | 'SERVICE_AREA'
  | 'UNIT';

export type UpdateAppraisalCycleInput = {
  closesOn?: string | null | undefined;
  id: string;
  name?: string | null | undefined;
  opensOn?: string | null | undefined;
  version: number;
};

/** Omitted or null fields are left unchanged; validityMonths: null removes the validity period. */
export type UpdateCompetenceInput = {
  active?: boolean | null | undefined;
  area?: string | null | undefined;
  buildingBlock?: BuildingBlock | null | undefined;
  description?: string | null | undefined;
  id: string;
  name?: string | null | undefined;
  scale?: Array<LevelDefinitionInput> | null | undefined;
  tags?: Array<string> | null | undefined;
  validityMonths?: number | null | undefined;
  /** The version that was read (optimistic locking). */
  version: number;
};

export type UpdateRegionSettingsInput = {
  minGroupSize?: number | null | undefined;
  retirementAge?: number | null | undefined;
  sessionAbsoluteHours?: number | null | undefined;
  sessionIdleMinutes?: number | null | undefined;
};

/** Omitted or null fields are left unchanged, except targetDate, where null removes the date. The unit cannot be changed. */
export type UpdateRequirementInput = {
  competenceId?: string | null | undefined;
  horizon?: Horizon | null | undefined;
  id: string;
  measure?: Measure | null | undefined;
  minLevel?: number | null | undefined;
  priority?: Priority | null | undefined;
  rationale?: string | null | undefined;
  rationaleKind?: RationaleKind | null | undefined;
  reference?: string | null | undefined;
  required?: number | null | undefined;
  targetDate?: string | null | undefined;
  /** The version that was read (optimistic locking). */
  version: number;
};

/** Omitted or null fields are left unchanged, except targetDate, where null removes the date. */
export type UpdateStaffingRequirementInput = {
  horizon?: Horizon | null | undefined;
  id: string;
  priority?: Priority | null | undefined;
  professionCode?: string | null | undefined;
  rationale?: string | null | undefined;
  rationaleKind?: RationaleKind | null | undefined;
  reference?: string | null | undefined;
  requiredFte?: number | null | undefined;
  targetDate?: string | null | undefined;
  version: number;
};

export type UpdateUserInput = {
  active?: boolean | null | undefined;
  id: string;
  name?: string | null | undefined;
  password?: string | null | undefined;
  version: number;
};

export type AdminUserFieldsFragment = { id: string, email: string, name: string, active: boolean, hasPassword: boolean, version: number, roles: Array<{ id: string, role: Role, municipalityId: string | null, unitId: string | null, scopeName: string | null }> };

export type AssignRoleMutationVariables = Exact<{
  input: AssignRoleInput;
}>;


export type AssignRoleMutation = { assignRole: { id: string, email: string, name: string, active: boolean, hasPassword: boolean, version: number, roles: Array<{ id: string, role: Role, municipalityId: string | null, unitId: string | null, scopeName: string | null }> } };

export type AuditLogQueryVariables = Exact<{
  filter?: AuditLogFilter | null | undefined;
}>;


export type AuditLogQuery = { auditLog: Array<{ id: string, at: string, actorEmail: string | null, action: string, entityType: string, entityId: string | null, employeeId: string | null, employeeCount: number, municipalityId: string | null, unitId: string | null, sessionId: string | null, address: string | null, before: string | null, after: string | null, details: string | null }> };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, email: string, name: string, active: boolean, hasPassword: boolean, version: number, roles: Array<{ id: string, role: Role, municipalityId: string | null, unitId: string | null, scopeName: string | null }> } };

export type RegionSettingsFieldsFragment = { id: string, name: string, minGroupSize: number, retirementAge: number, sessionIdleMinutes: number, sessionAbsoluteHours: number };

export type RegionSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionSettingsQuery = { regionSettings: { id: string, name: string, minGroupSize: number, retirementAge: number, sessionIdleMinutes: number, sessionAbsoluteHours: number } };

export type RemoveRoleMutationVariables = Exact<{
  roleAssignmentId: string;
}>;


export type RemoveRoleMutation = { removeRole: { id: string, email: string, name: string, active: boolean, hasPassword: boolean, version: number, roles: Array<{ id: string, role: Role, municipalityId: string | null, unitId: string | null, scopeName: string | null }> } };

export type UpdateRegionSettingsMutationVariables = Exact<{
  input: UpdateRegionSettingsInput;
}>;


export type UpdateRegionSettingsMutation = { updateRegionSettings: { id: string, name: string, minGroupSize: number, retirementAge: number, sessionIdleMinutes: number, sessionAbsoluteHours: number } };

export type UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { id: string, email: string, name: string, active: boolean, hasPassword: boolean, version: number, roles: Array<{ id: string, role: Role, municipalityId: string | null, unitId: string | null, scopeName: string | null }> } };

export type AdminUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminUsersQuery = { users: Array<{ id: string, email: string, name: string, active: boolean, hasPassword: boolean, version: number, roles: Array<{ id: string, role: Role, municipalityId: string | null, unitId: string | null, scopeName: string | null }> }> };

export type AmendAppraisalMutationVariables = Exact<{
  input: AmendAppraisalInput;
}>;


export type AmendAppraisalMutation = { amendAppraisal: { id: string, employeeId: string, cycleId: string, status: AppraisalStatus, version: number, createdAt: string, updatedAt: string, updatedByName: string | null, completedAt: string | null, completedByName: string | null, content: { heldOn: string | null, hrRegistrationsChecked: boolean, hrRegistrationsComment: string, potentialUsed: string, potentialNeeds: string, teachingTopicIds: Array<string>, teachingConsent: boolean, preferredWays: Array<DevelopmentWay>, careerPlan: string, careerTargetRole: string, selfDeclarations: Array<{ competenceId: string, level: number, leaderConfirms: boolean, competence: { id: string, name: string, area: string, active: boolean, scale: Array<{ level: number, name: string | null, description: string }> } }>, teachingTopics: Array<{ id: string, name: string, area: string, active: boolean, scale: Array<{ level: number, name: string | null, description: string }> }>, developmentWishes: Array<{ competenceId: string, targetLevel: number, competence: { id: string, name: string, area: string, active: boolean, scale: Array<{ level: number, name: string | null, description: string }> } }>, agreedActions: Array<{ description: string, dueOn: string | null, competenceId: string | null, competence: { id: string, name: string, area: string, active: boolean, scale: Array<{ level: number, name: string | null, description: string }> } | null }>, leaderAssessments: Array<{ competenceId: string, level: number, competence: { id: string, name: string, area: string, active: boolean, scale: Array<{ level: number, name: string | null, description: string }> } }> }, amendments: Array<{ id: string, note: string, amendedAt: string, amendedByName: string | null }> } };

export type AppraisalCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type AppraisalCatalogueQuery = { competences: Array<{ id: string, name: string, area: string, active: boolean, scale: Array<{ level: number, name: string | null, description: string }> }> };

export type AppraisalCompetenceFieldsFragment = { id: string, name: string, area: string, active: boolean, scale: Array<{ level: number, name: string | null, description: string }> };

export type AppraisalContentFieldsFragment = { heldOn: string | null, hrRegistrationsChecked: boolean, hrRegistrationsComment: string, potentialUsed: string, potentialNeeds: string, teachingTopicIds: Array<string>, teachingConsent: boolean, preferredWays: Array<DevelopmentWay>, careerPlan: string, careerTargetRole: string, selfDeclarations: Array<{ competenceId: string, level: number, leaderConfirms: boolean, competence: { id: string, name: string, area: string, active: boolean, scale: Array<{ level: number, name: string | null, description: string }> } }>, teachingTopics: Array<{ id: string, name: string, area: string, active: boolean, scale: Array<{ level: number, name: string | null, description: string }> }>, developmentWishes: Array<{ competenceId: string, targetLevel: number, competence: { id: string, name: string, area: string, active: boolean, scale: Array<{ level: number, name: string | null, description: string }> } }>, agreedActions: Array<{ description: string, dueOn: string | null, competenceId: string | null, competence: { id: string, name: string, area: string, active: boolean, scale: Array<{ level: number, name: string | null, description: string }> } | null }>, leaderAssessments: Array<{ competenceId: string, level: number, competence: { id: string, name: string, area: string, active: boolean, scale: Array<{ level: number, name: string | null, description: string }> } }> };

export type AppraisalCycleFieldsFragment = { id: string, name: string, opensOn: string, closesOn: string, status: AppraisalCycleStatus, version: number, municipalityId: string, municipality: { id: string, name: string } };

export type AppraisalCyclesQueryVariables = Exact<{
  municipalityId?: string | null | undefined;
}>;


export type AppraisalCyclesQuery = { appraisalCycles: Array<{ id: string, name: string, opensOn: string, closesOn: string, status: AppraisalCycleStatus, version: number, municipalityId: string, municipality: { id: string, name: string } }> };

export type AppraisalDraftQueryVariables = Exact<{
  employeeId: string;
  cycleId?: string | null | undefined;
}>;


export type AppraisalDraftQuery = { appraisalDraft: { employeeId: string, employee: { id: string, fullName: string, positionTitle: string, active: boolean, unit: { id: string, name: string }, municipality: { id: string, name: string } }, cycle: { id: string, name: string, opensOn: string, closesOn: string, status: AppraisalCycleStatus, version: number, municipalityId: string, municipality: { id: string, name: string } }, appraisal: { id: string, employeeId: string, cycleId: string, status: AppraisalStatus, version: number, createdAt: string, updatedAt: string, updatedByName: string | null, completedAt: string | null, completedByName: string | null, content: { heldOn: string | null, hrRegistrationsChecked: boolean, hrRegistrationsComment: string, potentialUsed: string, potentialNeeds: string, teachingTopicIds: Array<string>, teachingConsent: boolean, preferredWays: Array<DevelopmentWay>, careerPlan: string, careerTargetRole: string, selfDeclarations: Array<{ competenceId: string, level: number, leaderConfirms: boolean, competence: { id: string, name: string, area: string, active: boolean, scale: Array<{ level: number, name: string | null, description: string }> } }>, teachingTopics: Array<{ id: string, name: string, area: string, active: boolean, scale: Array<{ level: number, name: string | null, description: string }> }>, developmentWishes: Array<{ competenceId: string, targetLevel: number, competence: { id: string, name: string, area: string, active: boolean, scale: Array<{ level: number, name: string | null, description: string }> } }>, agreedActions: Array<{ description: string, dueOn: string | null, competenceId: string | null, competence: { id: string, name: string, area: string, active: boolean, scale: Array<{ level: number, name: string | null, description: string }> } | null }>, leaderAssessments: Array<{ competenceId: string, level: number, competence: { id: string, name: string, area: string, active: boolean, scale: Array<{ level: number, name: string | null, description: string }> } }> }, amendments: Array<{ id: string, note: string, amendedAt: string, amendedByName: string | null }> } | null, content: { heldOn: string | null, hrRegistrationsChecked: boolean, hrRegistrationsComment: string, potentialUsed: string, potentialNeeds: string, teachingTopicIds: Array<string>, teachingConsent: boolean, preferredWays: Array<DevelopmentWay>, careerPlan: string, careerTargetRole: string, selfDeclarations: Array<{ competenceId: string, level: number, leaderConfirms: boolean, competence: { id: string, name: string, area: string, active: boolean, scale: Array<{ level: number, name: string | null, description: string }> } }>, teachingTopics: Array<{ id: string, name: string, area: string, active: boolean, scale: Array<{ level: number, name: string | null, description: string }> }>, developmentWishes: Array<{ competenceId: string, targetLevel: number, competence: { id: string, name: string, area: string, active: boolean, scale: Array<{ level: number, name: string | null, description: string }> } }>, agreedActions: Array<{ description: string, dueOn: string | null, competenceId: string | null, competence: { id: string, name: string, area: string, active: boolean, scale: Array<{ level: number, name: string | null, description: string }> } | null }>, leaderAssessments: Array<{ competenceId: string, level: number, competence: { id: string, name: string, area: string, active: boolean, scale: Array<{ level: number, name: string | null, description: string }> } }> }, previous: { id: string, completedAt: string | null, completedByName: string | null, cycle: { id: string, name: string }, content: { heldOn: string | null, hrRegistrationsChecked: boolean, hrRegistrationsComment: string, potentialUsed: string, potentialNeeds: string, teachingTopicIds: Array<string>, teachingConsent: boolean, preferredWays: Array<DevelopmentWay>, careerPlan: string, careerTargetRole: string, selfDeclarations: Array<{ competenceId: string, level: number, leaderConfirms: boolean, competence: { id: string, name: string, area: string, active: boolean, scale: Array<{ level: number, name: string | null, description: string }> } }>, teachingTopics: Array<{ id: string, name: string, area: string, active: boolean, scale: Array<{ level: number, name: string | null, description: string }> }>, developmentWishes: Array<{ competenceId: string, targetLevel: number, competence: { id: string, name: string, area: string, active: boolean, scale: Array<{ level: number, name: string | null, description: string }> } }>, agreedActions: Array<{ description: string, dueOn: string | null, competenceId: string | null, competence: { id: string, name: string, area: string, active: boolean, scale: Array<{ level: number, name: string | null, description: string }> } | null }>, leaderAssessments: Array<{ competenceId: string, level: number, competence: { id: string, name: string, area: string, active: boolean, scale: Array<{ level: number, name: string | null, description: string }> } }> } } | null } | null };

export type AppraisalProgressQueryVariables = Exact<{
  cycleId?: string | null | undefined;
  dueWithinDays: number;
}>;


export type AppraisalProgressQuery = { appraisalProgress: Array<{ scopeName: string, unitId: string | null, municipalityId: string, employeeCount: number, completedCount: number, draftCount: number, notStartedCount: number, completedShare: number | null, overdue: boolean, daysUntilClose: number, cycle: { id: string, name: string, opensOn: string, closesOn: string, status: AppraisalCycleStatus, version: number, municipalityId: string, municipality: { id: string, name: string } }, pending: Array<{ employeeId: string, appraisalId: string | null, status: PendingAppraisalStatus, overdue: boolean, employee: { id: string, fullName: string, positionTitle: string, unit: { id: string, name: string } } }> }> };

export type AppraisalRecordFieldsFragment = { id: string, employeeId: string, cycleId: string, status: AppraisalStatus, version: number, createdAt: string, updatedAt: string, updatedByName: string | null, completedAt: string | null, completedByName: string | null, content: { heldOn: string | null, hrRegistrationsChecked: boolean, hrRegistrationsComment: string, potentialUsed: string, potentialNeeds: string, teachingTopicIds: Array<string>, teachingConsent: boolean, preferredWays: Array<DevelopmentWay>, careerPlan: string, careerTargetRole: string, selfDeclarations: Array<{ competenceId: string, level: number, leaderConfirms: boolean, competence: { id: string, name: string, area: string, active: boolean, scale: Array<{ level: number, name: string | null, description: string }> } }>, teachingTopics: Array<{ id: string, name: string, area: string, active: boolean, scale: Array<{ level: number, name: string | null, description: string }> }>, developmentWishes: Array<{ competenceId: string, targetLevel: number, competence: { id: string, name: string, area: string, active: boolean, scale: Array<{ level: number, name: string | null, description: string }> } }>, agreedActions: Array<{ description: string, dueOn: string | null, competenceId: string | null, competence: { id: string, name: string, area: string, active: boolean, scale: Array<{ level: number, name: string | null, description: string }> } | null }>, leaderAssessments: Array<{ competenceId: string, level: number, competence: { id: string, name: string, area: string, active: boolean, scale: Array<{ level: number, name: string | null, description: string }> } }> }, amendments: Array<{ id: string, note: string, amendedAt: string, amendedByName: string | null }> };

export type AppraisalFigureFieldsFragment = { value: number | null, suppressed: boolean, reasonCode: string | null, reason: string | null, rounded: boolean };

export type AppraisalStatisticsQueryVariables = Exact<{
  unitId?: string | null | undefined;
  municipalityId?: string | null | undefined;
}>;


export type AppraisalStatisticsQuery = { appraisalStatistics: { level: AppraisalStatisticsLevel, scopeId: string | null, scopeName: string, exact: boolean, minGroupSize: number, completedShare: number | null, cycles: Array<{ id: string, name: string, status: AppraisalCycleStatus, municipality: { id: string, name: string } }>, employees: { value: number | null, suppressed: boolean, reasonCode: string | null, reason: string | null, rounded: boolean }, completed: { value: number | null, suppressed: boolean, reasonCode: string | null, reason: string | null, rounded: boolean }, breakdown: Array<{ id: string | null, name: string, completedShare: number | null, employees: { value: number | null, suppressed: boolean, reasonCode: string | null, reason: string | null, rounded: boolean }, completed: { value: number | null, suppressed: boolean, reasonCode: string | null, reason: string | null, rounded: boolean } }>, wishedCompetences: Array<{ competenceId: string, competence: { id: string, name: string }, people: { value: number | null, suppressed: boolean, reasonCode: string | null, reason: string | null, rounded: boolean } }>, preferredWays: Array<{ way: DevelopmentWay, name: string, people: { value: number | null, suppressed: boolean, reasonCode: string | null, reason: string | null, rounded: boolean } }>, teachingTopics: Array<{ competenceId: string, competence: { id: string, name: string }, people: { value: number | null, suppressed: boolean, reasonCode: string | null, reason: string | null, rounded: boolean } }> } };

export type AppraisalSummaryQueryVariables = Exact<{
  id: string;
}>;


export type AppraisalSummaryQuery = { appraisalSummary: { appraisalId: string, title: string, statusText: string, employeeName: string, unitName: string, municipalityName: string, cycleName: string, sections: Array<{ heading: string, lines: Array<string> }> } | null };

export type AppraisalsQueryVariables = Exact<{
  filter?: AppraisalFilter | null | undefined;
}>;


export type AppraisalsQuery = { appraisals: Array<{ id: string, employeeId: string, status: AppraisalStatus, completedAt: string | null, completedByName: string | null, employee: { id: string, fullName: string, unit: { id: string, name: string } } }> };

export type CompleteAppraisalMutationVariables = Exact<{
  input: CompleteAppraisalInput;
}>;


export type CompleteAppraisalMutation = { completeAppraisal: { id: string, employeeId: string, cycleId: string, status: AppraisalStatus, version: number, createdAt: string, updatedAt: string, updatedByName: string | null, completedAt: string | null, completedByName: string | null, content: { heldOn: string | null, hrRegistrationsChecked: boolean, hrRegistrationsComment: string, potentialUsed: string, potentialNeeds: string, teachingTopicIds: Array<string>, teachingConsent: boolean, preferredWays: Array<DevelopmentWay>, careerPlan: string, careerTargetRole: string, selfDeclarations: Array<{ competenceId: string, level: number, leaderConfirms: boolean, competence: { id: string, name: string, area: string, active: boolean, scale: Array<{ level: number, name: string | null, description: string }> } }>, teachingTopics: Array<{ id: string, name: string, area: string, active: boolean, scale: Array<{ level: number, name: string | null, description: string }> }>, developmentWishes: Array<{ competenceId: string, targetLevel: number, competence: { id: string, name: string, area: string, active: boolean, scale: Array<{ level: number, name: string | null, description: string }> } }>, agreedActions: Array<{ description: string, dueOn: string | null, competenceId: string | null, competence: { id: string, name: string, area: string, active: boolean, scale: Array<{ level: number, name: string | null, description: string }> } | null }>, leaderAssessments: Array<{ competenceId: string, level: number, competence: { id: string, name: string, area: string, active: boolean, scale: Array<{ level: number, name: string | null, description: string }> } }> }, amendments: Array<{ id: string, note: string, amendedAt: string, amendedByName: string | null }> } };

export type CreateAppraisalCycleMutationVariables = Exact<{
  input: CreateAppraisalCycleInput;
}>;


export type CreateAppraisalCycleMutation = { createAppraisalCycle: { id: string, name: string, opensOn: string, closesOn: string, status: AppraisalCycleStatus, version: number, municipalityId: string, municipality: { id: string, name: string } } };

export type DiscardAppraisalDraftMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type DiscardAppraisalDraftMutation = { discardAppraisalDraft: boolean };

export type SaveAppraisalDraftMutationVariables = Exact<{
  input: SaveAppraisalDraftInput;
}>;


export type SaveAppraisalDraftMutation = { saveAppraisalDraft: { id: string, version: number, status: AppraisalStatus, updatedAt: string, updatedByName: string | null } };

export type TeachingDirectoryQueryVariables = Exact<{
  competenceId?: string | null | undefined;
  municipalityId?: string | null | undefined;
}>;


export type TeachingDirectoryQuery = { teachingDirectory: Array<{ competenceId: string, competence: { id: string, name: string, area: string }, people: Array<{ name: string, unitId: string, unitName: string, municipalityName: string }>, anonymous: { value: number | null, suppressed: boolean, reasonCode: string | null, reason: string | null, rounded: boolean } }> };

export type UpdateAppraisalCycleMutationVariables = Exact<{
  input: UpdateAppraisalCycleInput;
}>;


export type UpdateAppraisalCycleMutation = { updateAppraisalCycle: { id: string, name: string, opensOn: string, closesOn: string, status: AppraisalCycleStatus, version: number, municipalityId: string, municipality: { id: string, name: string } } };

export type CurrentUserFragment = { id: string, email: string, name: string, regionId: string, roles: Array<{ role: Role, municipalityId: string | null, unitId: string | null }> };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { me: { id: string, email: string, name: string, regionId: string, roles: Array<{ role: Role, municipalityId: string | null, unitId: string | null }> } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, name: string, regionId: string, roles: Array<{ role: Role, municipalityId: string | null, unitId: string | null }> } };

export type CompetenceAreasQueryVariables = Exact<{ [key: string]: never; }>;


export type CompetenceAreasQuery = { competenceAreas: Array<string> };

export type CompetenceFieldsFragment = { id: string, name: string, description: string, buildingBlock: BuildingBlock, area: string, tags: Array<string>, validityMonths: number | null, active: boolean, version: number, scale: Array<{ level: number, description: string }> };

export type CompetenceQueryVariables = Exact<{
  id: string;
}>;


export type CompetenceQuery = { competence: { id: string, name: string, description: string, buildingBlock: BuildingBlock, area: string, tags: Array<string>, validityMonths: number | null, active: boolean, version: number, scale: Array<{ level: number, description: string }> } | null };

export type CompetencesQueryVariables = Exact<{
  filter?: CompetenceFilter | null | undefined;
}>;


export type CompetencesQuery = { competences: Array<{ id: string, name: string, description: string, buildingBlock: BuildingBlock, area: string, tags: Array<string>, validityMonths: number | null, active: boolean, version: number, scale: Array<{ level: number, description: string }> }> };

export type CreateCompetenceMutationVariables = Exact<{
  input: CreateCompetenceInput;
}>;


export type CreateCompetenceMutation = { createCompetence: { id: string, name: string, description: string, buildingBlock: BuildingBlock, area: string, tags: Array<string>, validityMonths: number | null, active: boolean, version: number, scale: Array<{ level: number, description: string }> } };

export type UpdateCompetenceMutationVariables = Exact<{
  input: UpdateCompetenceInput;
}>;


export type UpdateCompetenceMutation = { updateCompetence: { id: string, name: string, description: string, buildingBlock: BuildingBlock, area: string, tags: Array<string>, validityMonths: number | null, active: boolean, version: number, scale: Array<{ level: number, description: string }> } };

export type AddQualificationMutationVariables = Exact<{
  input: AddQualificationInput;
}>;


export type AddQualificationMutation = { addQualification: { id: string, title: string } };

export type AssessmentFieldsFragment = { id: string, level: number, source: AssessmentSource, evidence: string, assessedOn: string, validUntil: string | null, assessedByName: string | null, confirmedAt: string | null, createdAt: string, competence: { id: string, name: string } };

export type ConfirmAssessmentMutationVariables = Exact<{
  id: string;
}>;


export type ConfirmAssessmentMutation = { confirmAssessment: { id: string, level: number, source: AssessmentSource, evidence: string, assessedOn: string, validUntil: string | null, assessedByName: string | null, confirmedAt: string | null, createdAt: string, competence: { id: string, name: string } } };

export type EmployeeSummaryFragment = { id: string, employeeNumber: string, fullName: string, positionTitle: string, fte: number, employmentType: EmploymentType, active: boolean, profession: { code: string, name: string } | null, unit: { id: string, name: string }, municipality: { id: string, number: string, name: string } };

export type EmployeeQueryVariables = Exact<{
  id: string;
}>;


export type EmployeeQuery = { employee: { givenName: string, familyName: string, birthYear: number | null, startDate: string | null, version: number, id: string, employeeNumber: string, fullName: string, positionTitle: string, fte: number, employmentType: EmploymentType, active: boolean, competences: Array<{ level: number | null, source: AssessmentSource | null, formalLevel: number | null, informalLevel: number | null, leaderLevel: number | null, selfDeclaredLevel: number | null, selfDeclaredConfirmed: boolean, expiresOn: string | null, levelValidUntil: string | null, competence: { id: string, name: string, description: string, buildingBlock: BuildingBlock, area: string, tags: Array<string>, validityMonths: number | null, active: boolean, version: number, scale: Array<{ level: number, description: string }> } }>, qualifications: Array<{ id: string, kind: QualificationKind, title: string, issuer: string | null, obtainedOn: string, expiresOn: string | null, competences: Array<{ level: number, competence: { id: string, name: string } }> }>, assessments: Array<{ id: string, level: number, source: AssessmentSource, evidence: string, assessedOn: string, validUntil: string | null, assessedByName: string | null, confirmedAt: string | null, createdAt: string, competence: { id: string, name: string } }>, profession: { code: string, name: string } | null, unit: { id: string, name: string }, municipality: { id: string, number: string, name: string } } | null };

export type EmployeesQueryVariables = Exact<{
  filter?: EmployeeFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type EmployeesQuery = { employees: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, employeeNumber: string, fullName: string, positionTitle: string, fte: number, employmentType: EmploymentType, active: boolean, profession: { code: string, name: string } | null, unit: { id: string, name: string }, municipality: { id: string, number: string, name: string } } }> } };

export type EraseEmployeeMutationVariables = Exact<{
  employeeId: string;
  confirmEmployeeNumber: string;
}>;


export type EraseEmployeeMutation = { eraseEmployee: boolean };

export type ExportEmployeeDataQueryVariables = Exact<{
  employeeId: string;
}>;


export type ExportEmployeeDataQuery = { exportEmployeeData: string };

export type ProfessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProfessionsQuery = { professions: Array<{ code: string, name: string }> };

export type RecordAssessmentMutationVariables = Exact<{
  input: RecordAssessmentInput;
}>;


export type RecordAssessmentMutation = { recordAssessment: { id: string, level: number, source: AssessmentSource, evidence: string, assessedOn: string, validUntil: string | null, assessedByName: string | null, confirmedAt: string | null, createdAt: string, competence: { id: string, name: string } } };

export type ExpiringCertificatesQueryVariables = Exact<{
  filter?: ExpiringCertificatesFilter | null | undefined;
}>;


export type ExpiringCertificatesQuery = { expiringCertificates: { from: string, to: string, months: Array<string>, suppressionApplied: boolean, rows: Array<{ unitId: string, unit: { id: string, name: string, municipalityId: string }, cells: Array<{ value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean }>, total: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean } }>, monthTotals: Array<{ value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean }>, total: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean } } };

export type GapAnalysisQueryVariables = Exact<{
  filter?: GapFilter | null | undefined;
  breakdown?: GapBreakdown | null | undefined;
}>;


export type GapAnalysisQuery = { gapAnalysis: { today: string, scopeId: string, scopeLevel: GapScopeLevel, scopeName: string, breakdown: GapBreakdown, minGroupSize: number, retirementAge: number, suppressionApplied: boolean, horizons: Array<{ horizon: Horizon, date: string }>, totals: Array<{ scopeId: string, scopeLevel: GapScopeLevel, municipalityId: string | null, unitId: string | null, competenceId: string, measure: Measure, horizon: Horizon, horizonDate: string, priority: Priority, required: number, requirementCount: number, municipality: { id: string, name: string } | null, unit: { id: string, name: string } | null, competence: { id: string, name: string, area: string }, gap: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean }, covered: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean }, surplus: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean }, coverage: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean } }>, rows: Array<{ scopeId: string, scopeLevel: GapScopeLevel, municipalityId: string | null, unitId: string | null, competenceId: string, measure: Measure, horizon: Horizon, horizonDate: string, priority: Priority, required: number, requirementCount: number, municipality: { id: string, name: string } | null, unit: { id: string, name: string } | null, competence: { id: string, name: string, area: string }, gap: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean }, covered: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean }, surplus: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean }, coverage: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean } }>, requirementGaps: Array<{ requirementId: string, unitId: string, municipalityId: string, competenceId: string, minLevel: number, measure: Measure, horizon: Horizon, horizonDate: string, priority: Priority, required: number, unit: { id: string, name: string }, competence: { id: string, name: string, area: string }, holders: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean }, gap: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean }, surplus: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean }, coverage: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean } }> } };

export type GapFigureFragment = { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean };

export type GapHeatmapQueryVariables = Exact<{
  filter?: GapFilter | null | undefined;
  horizon: Horizon;
}>;


export type GapHeatmapQuery = { gapHeatmap: { horizon: Horizon, horizonDate: string, suppressionApplied: boolean, rows: Array<{ id: string, name: string, level: GapScopeLevel }>, competences: Array<{ id: string, name: string, area: string }>, cells: Array<{ scopeId: string, competenceId: string, measure: Measure, required: number, gap: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean }, coverage: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean } }>, totals: Array<{ scopeId: string, competenceId: string, measure: Measure, required: number, gap: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean }, coverage: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean } }> } };

export type GapHoldersQueryVariables = Exact<{
  requirementId: string;
  horizon: Horizon;
}>;


export type GapHoldersQuery = { requirement: { id: string, unitId: string, municipalityId: string, minLevel: number, measure: Measure, required: number, horizon: Horizon, priority: Priority, unit: { id: string, name: string }, competence: { id: string, name: string } } | null, gapHolders: { horizon: Horizon, horizonDate: string, retirementAge: number, holders: Array<{ employeeId: string, fullName: string, unitId: string, professionCode: string | null, fte: number, level: number, validUntil: string | null, unit: { id: string, name: string } }>, expected: Array<{ employeeId: string, fullName: string, unitId: string, professionCode: string | null, fte: number, level: number, validUntil: string | null, unit: { id: string, name: string } }> }, professions: Array<{ code: string, name: string }> };

export type GapHolderFieldsFragment = { employeeId: string, fullName: string, unitId: string, professionCode: string | null, fte: number, level: number, validUntil: string | null, unit: { id: string, name: string } };

export type GapRollUpFieldsFragment = { scopeId: string, scopeLevel: GapScopeLevel, municipalityId: string | null, unitId: string | null, competenceId: string, measure: Measure, horizon: Horizon, horizonDate: string, priority: Priority, required: number, requirementCount: number, municipality: { id: string, name: string } | null, unit: { id: string, name: string } | null, competence: { id: string, name: string, area: string }, gap: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean }, covered: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean }, surplus: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean }, coverage: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean } };

export type MobilisationOptionsQueryVariables = Exact<{
  filter?: GapFilter | null | undefined;
}>;


export type MobilisationOptionsQuery = { mobilisationOptions: Array<{ competenceId: string, horizon: Horizon, measure: Measure, competence: { id: string, name: string }, from: { requirementId: string, municipalityId: string, unitId: string, minLevel: number, unit: { id: string, name: string }, amount: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean } }, to: { requirementId: string, municipalityId: string, unitId: string, minLevel: number, priority: Priority, unit: { id: string, name: string }, amount: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean } }, transferable: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean } }> };

export type RetirementWaveQueryVariables = Exact<{
  filter?: RetirementWaveFilter | null | undefined;
}>;


export type RetirementWaveQuery = { retirementWave: { retirementAge: number, years: Array<number>, suppressionApplied: boolean, competences: Array<{ key: string, competenceId: string | null, minLevel: number | null, professionCode: string | null, professionName: string | null, competence: { id: string, name: string } | null, current: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean }, leaving: Array<{ year: number, headcount: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean } }>, leavingTotal: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean } }>, professions: Array<{ key: string, competenceId: string | null, minLevel: number | null, professionCode: string | null, professionName: string | null, competence: { id: string, name: string } | null, current: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean }, leaving: Array<{ year: number, headcount: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean } }>, leavingTotal: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean } }> } };

export type RetirementSeriesFieldsFragment = { key: string, competenceId: string | null, minLevel: number | null, professionCode: string | null, professionName: string | null, competence: { id: string, name: string } | null, current: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean }, leaving: Array<{ year: number, headcount: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean } }>, leavingTotal: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean } };

export type StaffingGapsQueryVariables = Exact<{
  filter?: GapFilter | null | undefined;
}>;


export type StaffingGapsQuery = { staffingGaps: Array<{ staffingRequirementId: string, horizon: Horizon, horizonDate: string, professionCode: string, professionName: string | null, requiredFte: number, priority: Priority, unit: { id: string, name: string }, municipality: { id: string, name: string }, staffHeadcount: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean }, staffFte: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean }, gap: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean }, coverage: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean } }> };

export type ImportColumnsQueryVariables = Exact<{
  kind: ImportKind;
}>;


export type ImportColumnsQuery = { importColumns: Array<{ field: string, header: string, required: boolean, alsoAccepted: Array<string>, description: string, example: string }> };

export type ImportRunFieldsFragment = { id: string, kind: ImportKind, fileName: string | null, viaCommandLine: boolean, appliedAt: string, appliedByName: string | null, unitName: string | null, created: number, updated: number, unchanged: number, deactivated: number, undoableUntil: string, undoneAt: string | null, undoneByName: string | null, undoStatus: ImportUndoStatus, undoBlockedReason: string | null };

export type ImportRunsQueryVariables = Exact<{
  municipalityId: string;
}>;


export type ImportRunsQuery = { importRuns: Array<{ id: string, kind: ImportKind, fileName: string | null, viaCommandLine: boolean, appliedAt: string, appliedByName: string | null, unitName: string | null, created: number, updated: number, unchanged: number, deactivated: number, undoableUntil: string, undoneAt: string | null, undoneByName: string | null, undoStatus: ImportUndoStatus, undoBlockedReason: string | null }> };

export type UndoImportRunMutationVariables = Exact<{
  runId: string;
}>;


export type UndoImportRunMutation = { undoImportRun: { employeesRestored: number, employeesRemoved: number, qualificationsRemoved: number, assessmentsRemoved: number, run: { id: string, kind: ImportKind, fileName: string | null, viaCommandLine: boolean, appliedAt: string, appliedByName: string | null, unitName: string | null, created: number, updated: number, unchanged: number, deactivated: number, undoableUntil: string, undoneAt: string | null, undoneByName: string | null, undoStatus: ImportUndoStatus, undoBlockedReason: string | null } } };

export type KostraComparisonQueryVariables = Exact<{
  municipalityId: string;
}>;


export type KostraComparisonQuery = { kostraComparison: { municipalityId: string, municipalityName: string, kostraGroup: string | null, regionNote: string, indicators: Array<{ years: Array<number>, indicator: { code: string, label: string, unit: string, decimals: number | null, tableId: string | null, notes: Array<string> }, series: Array<{ kind: KostraSeriesKind, code: string | null, label: string, computed: boolean, points: Array<{ year: number, value: number | null, status: string | null, basis: number | null }> }> }> } };

export type KostraOwnFigureQueryVariables = Exact<{
  municipalityId: string;
}>;


export type KostraOwnFigureQuery = { kostraOwnFigure: { municipalityId: string, indicatorCode: string, asOf: string, ownValue: number | null, suppressed: boolean, ownFte: number | null, ssbYear: number | null, ssbValue: number | null, ssbStatus: string | null, decimals: number | null, explanation: Array<string> } };

export type AddUnitMutationVariables = Exact<{
  input: AddUnitInput;
}>;


export type AddUnitMutation = { addUnit: { id: string, name: string, kind: UnitKind, parentId: string | null, municipalityId: string, serviceType: string | null } };

export type MunicipalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type MunicipalitiesQuery = { municipalities: Array<{ id: string, number: string, name: string, kostraGroup: string | null, unitCount: number, units: Array<{ id: string, name: string, kind: UnitKind, parentId: string | null, municipalityId: string, serviceType: string | null }> }> };

export type OrganisationUnitFragment = { id: string, name: string, kind: UnitKind, parentId: string | null, municipalityId: string, serviceType: string | null };

export type CreateRequirementMutationVariables = Exact<{
  input: CreateRequirementInput;
}>;


export type CreateRequirementMutation = { createRequirement: { id: string, unitId: string, municipalityId: string, competenceId: string, minLevel: number, required: number, measure: Measure, horizon: Horizon, horizonDate: string, targetDate: string | null, priority: Priority, rationaleKind: RationaleKind, rationale: string, reference: string | null, templateId: string | null, updatedAt: string, version: number, unit: { id: string, name: string }, competence: { id: string, name: string, area: string } } };

export type UpdateRequirementMutationVariables = Exact<{
  input: UpdateRequirementInput;
}>;


export type UpdateRequirementMutation = { updateRequirement: { id: string, unitId: string, municipalityId: string, competenceId: string, minLevel: number, required: number, measure: Measure, horizon: Horizon, horizonDate: string, targetDate: string | null, priority: Priority, rationaleKind: RationaleKind, rationale: string, reference: string | null, templateId: string | null, updatedAt: string, version: number, unit: { id: string, name: string }, competence: { id: string, name: string, area: string } } };

export type DeleteRequirementMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type DeleteRequirementMutation = { deleteRequirement: string };

export type CreateStaffingRequirementMutationVariables = Exact<{
  input: CreateStaffingRequirementInput;
}>;


export type CreateStaffingRequirementMutation = { createStaffingRequirement: { id: string, unitId: string, municipalityId: string, professionCode: string, professionName: string | null, requiredFte: number, horizon: Horizon, horizonDate: string, targetDate: string | null, priority: Priority, rationaleKind: RationaleKind, rationale: string, reference: string | null, templateId: string | null, updatedAt: string, version: number, unit: { id: string, name: string } } };

export type UpdateStaffingRequirementMutationVariables = Exact<{
  input: UpdateStaffingRequirementInput;
}>;


export type UpdateStaffingRequirementMutation = { updateStaffingRequirement: { id: string, unitId: string, municipalityId: string, professionCode: string, professionName: string | null, requiredFte: number, horizon: Horizon, horizonDate: string, targetDate: string | null, priority: Priority, rationaleKind: RationaleKind, rationale: string, reference: string | null, templateId: string | null, updatedAt: string, version: number, unit: { id: string, name: string } } };

export type DeleteStaffingRequirementMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type DeleteStaffingRequirementMutation = { deleteStaffingRequirement: string };

export type CopyRequirementsMutationVariables = Exact<{
  input: CopyRequirementsInput;
}>;


export type CopyRequirementsMutation = { copyRequirements: { created: number, updated: number, skipped: number, targetUnitIds: Array<string> } };

export type RequirementFieldsFragment = { id: string, unitId: string, municipalityId: string, competenceId: string, minLevel: number, required: number, measure: Measure, horizon: Horizon, horizonDate: string, targetDate: string | null, priority: Priority, rationaleKind: RationaleKind, rationale: string, reference: string | null, templateId: string | null, updatedAt: string, version: number, unit: { id: string, name: string }, competence: { id: string, name: string, area: string } };

export type StaffingRequirementFieldsFragment = { id: string, unitId: string, municipalityId: string, professionCode: string, professionName: string | null, requiredFte: number, horizon: Horizon, horizonDate: string, targetDate: string | null, priority: Priority, rationaleKind: RationaleKind, rationale: string, reference: string | null, templateId: string | null, updatedAt: string, version: number, unit: { id: string, name: string } };

export type RequirementsQueryVariables = Exact<{
  filter?: RequirementFilter | null | undefined;
}>;


export type RequirementsQuery = { requirements: Array<{ id: string, unitId: string, municipalityId: string, competenceId: string, minLevel: number, required: number, measure: Measure, horizon: Horizon, horizonDate: string, targetDate: string | null, priority: Priority, rationaleKind: RationaleKind, rationale: string, reference: string | null, templateId: string | null, updatedAt: string, version: number, unit: { id: string, name: string }, competence: { id: string, name: string, area: string } }>, staffingRequirements: Array<{ id: string, unitId: string, municipalityId: string, professionCode: string, professionName: string | null, requiredFte: number, horizon: Horizon, horizonDate: string, targetDate: string | null, priority: Priority, rationaleKind: RationaleKind, rationale: string, reference: string | null, templateId: string | null, updatedAt: string, version: number, unit: { id: string, name: string } }> };

export type RequirementQueryVariables = Exact<{
  id: string;
}>;


export type RequirementQuery = { requirement: { id: string, unitId: string, municipalityId: string, competenceId: string, minLevel: number, required: number, measure: Measure, horizon: Horizon, horizonDate: string, targetDate: string | null, priority: Priority, rationaleKind: RationaleKind, rationale: string, reference: string | null, templateId: string | null, updatedAt: string, version: number, unit: { id: string, name: string }, competence: { id: string, name: string, area: string } } | null };

export type RequirementProfessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RequirementProfessionsQuery = { professions: Array<{ code: string, name: string }> };

export type StaffingRequirementsQueryVariables = Exact<{
  filter?: RequirementFilter | null | undefined;
}>;


export type StaffingRequirementsQuery = { staffingRequirements: Array<{ id: string, unitId: string, municipalityId: string, professionCode: string, professionName: string | null, requiredFte: number, horizon: Horizon, horizonDate: string, targetDate: string | null, priority: Priority, rationaleKind: RationaleKind, rationale: string, reference: string | null, templateId: string | null, updatedAt: string, version: number, unit: { id: string, name: string } }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AdminUserFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdminUserFields on AdminUser {
  id
  email
  name
  active
  hasPassword
  version
  roles {
    id
    role
    municipalityId
    unitId
    scopeName
  }
}
    `, {"fragmentName":"AdminUserFields"}) as unknown as TypedDocumentString<AdminUserFieldsFragment, unknown>;
export const RegionSettingsFieldsFragmentDoc = new TypedDocumentString(`
    fragment RegionSettingsFields on RegionSettings {
  id
  name
  minGroupSize
  retirementAge
  sessionIdleMinutes
  sessionAbsoluteHours
}
    `, {"fragmentName":"RegionSettingsFields"}) as unknown as TypedDocumentString<RegionSettingsFieldsFragment, unknown>;
export const AppraisalCycleFieldsFragmentDoc = new TypedDocumentString(`
    fragment AppraisalCycleFields on AppraisalCycle {
  id
  name
  opensOn
  closesOn
  status
  version
  municipalityId
  municipality {
    id
    name
  }
}
    `, {"fragmentName":"AppraisalCycleFields"}) as unknown as TypedDocumentString<AppraisalCycleFieldsFragment, unknown>;
export const AppraisalCompetenceFieldsFragmentDoc = new TypedDocumentString(`
    fragment AppraisalCompetenceFields on Competence {
  id
  name
  area
  active
  scale {
    level
    name
    description
  }
}
    `, {"fragmentName":"AppraisalCompetenceFields"}) as unknown as TypedDocumentString<AppraisalCompetenceFieldsFragment, unknown>;
export const AppraisalContentFieldsFragmentDoc = new TypedDocumentString(`
    fragment AppraisalContentFields on AppraisalContent {
  heldOn
  selfDeclarations {
    competenceId
    level
    leaderConfirms
    competence {
      ...AppraisalCompetenceFields
    }
  }
  hrRegistrationsChecked
  hrRegistrationsComment
  potentialUsed
  potentialNeeds
  teachingTopicIds
  teachingTopics {
    ...AppraisalCompetenceFields
  }
  teachingConsent
  developmentWishes {
    competenceId
    targetLevel
    competence {
      ...AppraisalCompetenceFields
    }
  }
  preferredWays
  careerPlan
  careerTargetRole
  agreedActions {
    description
    dueOn
    competenceId
    competence {
      ...AppraisalCompetenceFields
    }
  }
  leaderAssessments {
    competenceId
    level
    competence {
      ...AppraisalCompetenceFields
    }
  }
}
    fragment AppraisalCompetenceFields on Competence {
  id
  name
  area
  active
  scale {
    level
    name
    description
  }
}`, {"fragmentName":"AppraisalContentFields"}) as unknown as TypedDocumentString<AppraisalContentFieldsFragment, unknown>;
export const AppraisalRecordFieldsFragmentDoc = new TypedDocumentString(`
    fragment AppraisalRecordFields on Appraisal {
  id
  employeeId
  cycleId
  status
  version
  createdAt
  updatedAt
  updatedByName
  completedAt
  completedByName
  content {
    ...AppraisalContentFields
  }
  amendments {
    id
    note
    amendedAt
    amendedByName
  }
}
    fragment AppraisalCompetenceFields on Competence {
  id
  name
  area
  active
  scale {
    level
    name
    description
  }
}
fragment AppraisalContentFields on AppraisalContent {
  heldOn
  selfDeclarations {
    competenceId
    level
    leaderConfirms
    competence {
      ...AppraisalCompetenceFields
    }
  }
  hrRegistrationsChecked
  hrRegistrationsComment
  potentialUsed
  potentialNeeds
  teachingTopicIds
  teachingTopics {
    ...AppraisalCompetenceFields
  }
  teachingConsent
  developmentWishes {
    competenceId
    targetLevel
    competence {
      ...AppraisalCompetenceFields
    }
  }
  preferredWays
  careerPlan
  careerTargetRole
  agreedActions {
    description
    dueOn
    competenceId
    competence {
      ...AppraisalCompetenceFields
    }
  }
  leaderAssessments {
    competenceId
    level
    competence {
      ...AppraisalCompetenceFields
    }
  }
}`, {"fragmentName":"AppraisalRecordFields"}) as unknown as TypedDocumentString<AppraisalRecordFieldsFragment, unknown>;
export const AppraisalFigureFieldsFragmentDoc = new TypedDocumentString(`
    fragment AppraisalFigureFields on AppraisalFigure {
  value
  suppressed
  reasonCode
  reason
  rounded
}
    `, {"fragmentName":"AppraisalFigureFields"}) as unknown as TypedDocumentString<AppraisalFigureFieldsFragment, unknown>;
export const CurrentUserFragmentDoc = new TypedDocumentString(`
    fragment CurrentUser on Me {
  id
  email
  name
  regionId
  roles {
    role
    municipalityId
    unitId
  }
}
    `, {"fragmentName":"CurrentUser"}) as unknown as TypedDocumentString<CurrentUserFragment, unknown>;
export const CompetenceFieldsFragmentDoc = new TypedDocumentString(`
    fragment CompetenceFields on Competence {
  id
  name
  description
  buildingBlock
  area
  tags
  scale {
    level
    description
  }
  validityMonths
  active
  version
}
    `, {"fragmentName":"CompetenceFields"}) as unknown as TypedDocumentString<CompetenceFieldsFragment, unknown>;
export const AssessmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment AssessmentFields on Assessment {
  id
  competence {
    id
    name
  }
  level
  source
  evidence
  assessedOn
  validUntil
  assessedByName
  confirmedAt
  createdAt
}
    `, {"fragmentName":"AssessmentFields"}) as unknown as TypedDocumentString<AssessmentFieldsFragment, unknown>;
export const EmployeeSummaryFragmentDoc = new TypedDocumentString(`
    fragment EmployeeSummary on Employee {
  id
  employeeNumber
  fullName
  positionTitle
  fte
  employmentType
  active
  profession {
    code
    name
  }
  unit {
    id
    name
  }
  municipality {
    id
    number
    name
  }
}
    `, {"fragmentName":"EmployeeSummary"}) as unknown as TypedDocumentString<EmployeeSummaryFragment, unknown>;
export const GapHolderFieldsFragmentDoc = new TypedDocumentString(`
    fragment GapHolderFields on GapHolder {
  employeeId
  fullName
  unitId
  unit {
    id
    name
  }
  professionCode
  fte
  level
  validUntil
}
    `, {"fragmentName":"GapHolderFields"}) as unknown as TypedDocumentString<GapHolderFieldsFragment, unknown>;
export const GapFigureFragmentDoc = new TypedDocumentString(`
    fragment GapFigure on Figure {
  value
  suppressed
  reason
  reasonCode
  rounded
}
    `, {"fragmentName":"GapFigure"}) as unknown as TypedDocumentString<GapFigureFragment, unknown>;
export const GapRollUpFieldsFragmentDoc = new TypedDocumentString(`
    fragment GapRollUpFields on GapRollUp {
  scopeId
  scopeLevel
  municipalityId
  unitId
  municipality {
    id
    name
  }
  unit {
    id
    name
  }
  competenceId
  competence {
    id
    name
    area
  }
  measure
  horizon
  horizonDate
  priority
  required
  requirementCount
  gap {
    ...GapFigure
  }
  covered {
    ...GapFigure
  }
  surplus {
    ...GapFigure
  }
  coverage {
    ...GapFigure
  }
}
    fragment GapFigure on Figure {
  value
  suppressed
  reason
  reasonCode
  rounded
}`, {"fragmentName":"GapRollUpFields"}) as unknown as TypedDocumentString<GapRollUpFieldsFragment, unknown>;
export const RetirementSeriesFieldsFragmentDoc = new TypedDocumentString(`
    fragment RetirementSeriesFields on RetirementSeries {
  key
  competenceId
  competence {
    id
    name
  }
  minLevel
  professionCode
  professionName
  current {
    ...GapFigure
  }
  leaving {
    year
    headcount {
      ...GapFigure
    }
  }
  leavingTotal {
    ...GapFigure
  }
}
    fragment GapFigure on Figure {
  value
  suppressed
  reason
  reasonCode
  rounded
}`, {"fragmentName":"RetirementSeriesFields"}) as unknown as TypedDocumentString<RetirementSeriesFieldsFragment, unknown>;
export const ImportRunFieldsFragmentDoc = new TypedDocumentString(`
    fragment ImportRunFields on ImportRun {
  id
  kind
  fileName
  viaCommandLine
  appliedAt
  appliedByName
  unitName
  created
  updated
  unchanged
  deactivated
  undoableUntil
  undoneAt
  undoneByName
  undoStatus
  undoBlockedReason
}
    `, {"fragmentName":"ImportRunFields"}) as unknown as TypedDocumentString<ImportRunFieldsFragment, unknown>;
export const OrganisationUnitFragmentDoc = new TypedDocumentString(`
    fragment OrganisationUnit on Unit {
  id
  name
  kind
  parentId
  municipalityId
  serviceType
}
    `, {"fragmentName":"OrganisationUnit"}) as unknown as TypedDocumentString<OrganisationUnitFragment, unknown>;
export const RequirementFieldsFragmentDoc = new TypedDocumentString(`
    fragment RequirementFields on Requirement {
  id
  unitId
  municipalityId
  unit {
    id
    name
  }
  competenceId
  competence {
    id
    name
    area
  }
  minLevel
  required
  measure
  horizon
  horizonDate
  targetDate
  priority
  rationaleKind
  rationale
  reference
  templateId
  updatedAt
  version
}
    `, {"fragmentName":"RequirementFields"}) as unknown as TypedDocumentString<RequirementFieldsFragment, unknown>;
export const StaffingRequirementFieldsFragmentDoc = new TypedDocumentString(`
    fragment StaffingRequirementFields on StaffingRequirement {
  id
  unitId
  municipalityId
  unit {
    id
    name
  }
  professionCode
  professionName
  requiredFte
  horizon
  horizonDate
  targetDate
  priority
  rationaleKind
  rationale
  reference
  templateId
  updatedAt
  version
}
    `, {"fragmentName":"StaffingRequirementFields"}) as unknown as TypedDocumentString<StaffingRequirementFieldsFragment, unknown>;
export const AssignRoleDocument = new TypedDocumentString(`
    mutation AssignRole($input: AssignRoleInput!) {
  assignRole(input: $input) {
    ...AdminUserFields
  }
}
    fragment AdminUserFields on AdminUser {
  id
  email
  name
  active
  hasPassword
  version
  roles {
    id
    role
    municipalityId
    unitId
    scopeName
  }
}`) as unknown as TypedDocumentString<AssignRoleMutation, AssignRoleMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($filter: AuditLogFilter) {
  auditLog(filter: $filter) {
    id
    at
    actorEmail
    action
    entityType
    entityId
    employeeId
    employeeCount
    municipalityId
    unitId
    sessionId
    address
    before
    after
    details
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    ...AdminUserFields
  }
}
    fragment AdminUserFields on AdminUser {
  id
  email
  name
  active
  hasPassword
  version
  roles {
    id
    role
    municipalityId
    unitId
    scopeName
  }
}`) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const RegionSettingsDocument = new TypedDocumentString(`
    query RegionSettings {
  regionSettings {
    ...RegionSettingsFields
  }
}
    fragment RegionSettingsFields on RegionSettings {
  id
  name
  minGroupSize
  retirementAge
  sessionIdleMinutes
  sessionAbsoluteHours
}`) as unknown as TypedDocumentString<RegionSettingsQuery, RegionSettingsQueryVariables>;
export const RemoveRoleDocument = new TypedDocumentString(`
    mutation RemoveRole($roleAssignmentId: ID!) {
  removeRole(roleAssignmentId: $roleAssignmentId) {
    ...AdminUserFields
  }
}
    fragment AdminUserFields on AdminUser {
  id
  email
  name
  active
  hasPassword
  version
  roles {
    id
    role
    municipalityId
    unitId
    scopeName
  }
}`) as unknown as TypedDocumentString<RemoveRoleMutation, RemoveRoleMutationVariables>;
export const UpdateRegionSettingsDocument = new TypedDocumentString(`
    mutation UpdateRegionSettings($input: UpdateRegionSettingsInput!) {
  updateRegionSettings(input: $input) {
    ...RegionSettingsFields
  }
}
    fragment RegionSettingsFields on RegionSettings {
  id
  name
  minGroupSize
  retirementAge
  sessionIdleMinutes
  sessionAbsoluteHours
}`) as unknown as TypedDocumentString<UpdateRegionSettingsMutation, UpdateRegionSettingsMutationVariables>;
export const UpdateUserDocument = new TypedDocumentString(`
    mutation UpdateUser($input: UpdateUserInput!) {
  updateUser(input: $input) {
    ...AdminUserFields
  }
}
    fragment AdminUserFields on AdminUser {
  id
  email
  name
  active
  hasPassword
  version
  roles {
    id
    role
    municipalityId
    unitId
    scopeName
  }
}`) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;
export const AdminUsersDocument = new TypedDocumentString(`
    query AdminUsers {
  users {
    ...AdminUserFields
  }
}
    fragment AdminUserFields on AdminUser {
  id
  email
  name
  active
  hasPassword
  version
  roles {
    id
    role
    municipalityId
    unitId
    scopeName
  }
}`) as unknown as TypedDocumentString<AdminUsersQuery, AdminUsersQueryVariables>;
export const AmendAppraisalDocument = new TypedDocumentString(`
    mutation AmendAppraisal($input: AmendAppraisalInput!) {
  amendAppraisal(input: $input) {
    ...AppraisalRecordFields
  }
}
    fragment AppraisalCompetenceFields on Competence {
  id
  name
  area
  active
  scale {
    level
    name
    description
  }
}
fragment AppraisalContentFields on AppraisalContent {
  heldOn
  selfDeclarations {
    competenceId
    level
    leaderConfirms
    competence {
      ...AppraisalCompetenceFields
    }
  }
  hrRegistrationsChecked
  hrRegistrationsComment
  potentialUsed
  potentialNeeds
  teachingTopicIds
  teachingTopics {
    ...AppraisalCompetenceFields
  }
  teachingConsent
  developmentWishes {
    competenceId
    targetLevel
    competence {
      ...AppraisalCompetenceFields
    }
  }
  preferredWays
  careerPlan
  careerTargetRole
  agreedActions {
    description
    dueOn
    competenceId
    competence {
      ...AppraisalCompetenceFields
    }
  }
  leaderAssessments {
    competenceId
    level
    competence {
      ...AppraisalCompetenceFields
    }
  }
}
fragment AppraisalRecordFields on Appraisal {
  id
  employeeId
  cycleId
  status
  version
  createdAt
  updatedAt
  updatedByName
  completedAt
  completedByName
  content {
    ...AppraisalContentFields
  }
  amendments {
    id
    note
    amendedAt
    amendedByName
  }
}`) as unknown as TypedDocumentString<AmendAppraisalMutation, AmendAppraisalMutationVariables>;
export const AppraisalCatalogueDocument = new TypedDocumentString(`
    query AppraisalCatalogue {
  competences {
    ...AppraisalCompetenceFields
  }
}
    fragment AppraisalCompetenceFields on Competence {
  id
  name
  area
  active
  scale {
    level
    name
    description
  }
}`) as unknown as TypedDocumentString<AppraisalCatalogueQuery, AppraisalCatalogueQueryVariables>;
export const AppraisalCyclesDocument = new TypedDocumentString(`
    query AppraisalCycles($municipalityId: ID) {
  appraisalCycles(municipalityId: $municipalityId) {
    ...AppraisalCycleFields
  }
}
    fragment AppraisalCycleFields on AppraisalCycle {
  id
  name
  opensOn
  closesOn
  status
  version
  municipalityId
  municipality {
    id
    name
  }
}`) as unknown as TypedDocumentString<AppraisalCyclesQuery, AppraisalCyclesQueryVariables>;
export const AppraisalDraftDocument = new TypedDocumentString(`
    query AppraisalDraft($employeeId: ID!, $cycleId: ID) {
  appraisalDraft(employeeId: $employeeId, cycleId: $cycleId) {
    employeeId
    employee {
      id
      fullName
      positionTitle
      active
      unit {
        id
        name
      }
      municipality {
        id
        name
      }
    }
    cycle {
      ...AppraisalCycleFields
    }
    appraisal {
      ...AppraisalRecordFields
    }
    content {
      ...AppraisalContentFields
    }
    previous {
      id
      completedAt
      completedByName
      cycle {
        id
        name
      }
      content {
        ...AppraisalContentFields
      }
    }
  }
}
    fragment AppraisalCompetenceFields on Competence {
  id
  name
  area
  active
  scale {
    level
    name
    description
  }
}
fragment AppraisalContentFields on AppraisalContent {
  heldOn
  selfDeclarations {
    competenceId
    level
    leaderConfirms
    competence {
      ...AppraisalCompetenceFields
    }
  }
  hrRegistrationsChecked
  hrRegistrationsComment
  potentialUsed
  potentialNeeds
  teachingTopicIds
  teachingTopics {
    ...AppraisalCompetenceFields
  }
  teachingConsent
  developmentWishes {
    competenceId
    targetLevel
    competence {
      ...AppraisalCompetenceFields
    }
  }
  preferredWays
  careerPlan
  careerTargetRole
  agreedActions {
    description
    dueOn
    competenceId
    competence {
      ...AppraisalCompetenceFields
    }
  }
  leaderAssessments {
    competenceId
    level
    competence {
      ...AppraisalCompetenceFields
    }
  }
}
fragment AppraisalCycleFields on AppraisalCycle {
  id
  name
  opensOn
  closesOn
  status
  version
  municipalityId
  municipality {
    id
    name
  }
}
fragment AppraisalRecordFields on Appraisal {
  id
  employeeId
  cycleId
  status
  version
  createdAt
  updatedAt
  updatedByName
  completedAt
  completedByName
  content {
    ...AppraisalContentFields
  }
  amendments {
    id
    note
    amendedAt
    amendedByName
  }
}`) as unknown as TypedDocumentString<AppraisalDraftQuery, AppraisalDraftQueryVariables>;
export const AppraisalProgressDocument = new TypedDocumentString(`
    query AppraisalProgress($cycleId: ID, $dueWithinDays: Int!) {
  appraisalProgress(cycleId: $cycleId, dueWithinDays: $dueWithinDays) {
    scopeName
    unitId
    municipalityId
    employeeCount
    completedCount
    draftCount
    notStartedCount
    completedShare
    overdue
    daysUntilClose
    cycle {
      ...AppraisalCycleFields
    }
    pending {
      employeeId
      appraisalId
      status
      overdue
      employee {
        id
        fullName
        positionTitle
        unit {
          id
          name
        }
      }
    }
  }
}
    fragment AppraisalCycleFields on AppraisalCycle {
  id
  name
  opensOn
  closesOn
  status
  version
  municipalityId
  municipality {
    id
    name
  }
}`) as unknown as TypedDocumentString<AppraisalProgressQuery, AppraisalProgressQueryVariables>;
export const AppraisalStatisticsDocument = new TypedDocumentString(`
    query AppraisalStatistics($unitId: ID, $municipalityId: ID) {
  appraisalStatistics(unitId: $unitId, municipalityId: $municipalityId) {
    level
    scopeId
    scopeName
    exact
    minGroupSize
    completedShare
    cycles {
      id
      name
      status
      municipality {
        id
        name
      }
    }
    employees {
      ...AppraisalFigureFields
    }
    completed {
      ...AppraisalFigureFields
    }
    breakdown {
      id
      name
      completedShare
      employees {
        ...AppraisalFigureFields
      }
      completed {
        ...AppraisalFigureFields
      }
    }
    wishedCompetences {
      competenceId
      competence {
        id
        name
      }
      people {
        ...AppraisalFigureFields
      }
    }
    preferredWays {
      way
      name
      people {
        ...AppraisalFigureFields
      }
    }
    teachingTopics {
      competenceId
      competence {
        id
        name
      }
      people {
        ...AppraisalFigureFields
      }
    }
  }
}
    fragment AppraisalFigureFields on AppraisalFigure {
  value
  suppressed
  reasonCode
  reason
  rounded
}`) as unknown as TypedDocumentString<AppraisalStatisticsQuery, AppraisalStatisticsQueryVariables>;
export const AppraisalSummaryDocument = new TypedDocumentString(`
    query AppraisalSummary($id: ID!) {
  appraisalSummary(id: $id) {
    appraisalId
    title
    statusText
    employeeName
    unitName
    municipalityName
    cycleName
    sections {
      heading
      lines
    }
  }
}
    `) as unknown as TypedDocumentString<AppraisalSummaryQuery, AppraisalSummaryQueryVariables>;
export const AppraisalsDocument = new TypedDocumentString(`
    query Appraisals($filter: AppraisalFilter) {
  appraisals(filter: $filter) {
    id
    employeeId
    status
    completedAt
    completedByName
    employee {
      id
      fullName
      unit {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AppraisalsQuery, AppraisalsQueryVariables>;
export const CompleteAppraisalDocument = new TypedDocumentString(`
    mutation CompleteAppraisal($input: CompleteAppraisalInput!) {
  completeAppraisal(input: $input) {
    ...AppraisalRecordFields
  }
}
    fragment AppraisalCompetenceFields on Competence {
  id
  name
  area
  active
  scale {
    level
    name
    description
  }
}
fragment AppraisalContentFields on AppraisalContent {
  heldOn
  selfDeclarations {
    competenceId
    level
    leaderConfirms
    competence {
      ...AppraisalCompetenceFields
    }
  }
  hrRegistrationsChecked
  hrRegistrationsComment
  potentialUsed
  potentialNeeds
  teachingTopicIds
  teachingTopics {
    ...AppraisalCompetenceFields
  }
  teachingConsent
  developmentWishes {
    competenceId
    targetLevel
    competence {
      ...AppraisalCompetenceFields
    }
  }
  preferredWays
  careerPlan
  careerTargetRole
  agreedActions {
    description
    dueOn
    competenceId
    competence {
      ...AppraisalCompetenceFields
    }
  }
  leaderAssessments {
    competenceId
    level
    competence {
      ...AppraisalCompetenceFields
    }
  }
}
fragment AppraisalRecordFields on Appraisal {
  id
  employeeId
  cycleId
  status
  version
  createdAt
  updatedAt
  updatedByName
  completedAt
  completedByName
  content {
    ...AppraisalContentFields
  }
  amendments {
    id
    note
    amendedAt
    amendedByName
  }
}`) as unknown as TypedDocumentString<CompleteAppraisalMutation, CompleteAppraisalMutationVariables>;
export const CreateAppraisalCycleDocument = new TypedDocumentString(`
    mutation CreateAppraisalCycle($input: CreateAppraisalCycleInput!) {
  createAppraisalCycle(input: $input) {
    ...AppraisalCycleFields
  }
}
    fragment AppraisalCycleFields on AppraisalCycle {
  id
  name
  opensOn
  closesOn
  status
  version
  municipalityId
  municipality {
    id
    name
  }
}`) as unknown as TypedDocumentString<CreateAppraisalCycleMutation, CreateAppraisalCycleMutationVariables>;
export const DiscardAppraisalDraftDocument = new TypedDocumentString(`
    mutation DiscardAppraisalDraft($id: ID!, $version: Int!) {
  discardAppraisalDraft(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<DiscardAppraisalDraftMutation, DiscardAppraisalDraftMutationVariables>;
export const SaveAppraisalDraftDocument = new TypedDocumentString(`
    mutation SaveAppraisalDraft($input: SaveAppraisalDraftInput!) {
  saveAppraisalDraft(input: $input) {
    id
    version
    status
    updatedAt
    updatedByName
  }
}
    `) as unknown as TypedDocumentString<SaveAppraisalDraftMutation, SaveAppraisalDraftMutationVariables>;
export const TeachingDirectoryDocument = new TypedDocumentString(`
    query TeachingDirectory($competenceId: ID, $municipalityId: ID) {
  teachingDirectory(competenceId: $competenceId, municipalityId: $municipalityId) {
    competenceId
    competence {
      id
      name
      area
    }
    people {
      name
      unitId
      unitName
      municipalityName
    }
    anonymous {
      ...AppraisalFigureFields
    }
  }
}
    fragment AppraisalFigureFields on AppraisalFigure {
  value
  suppressed
  reasonCode
  reason
  rounded
}`) as unknown as TypedDocumentString<TeachingDirectoryQuery, TeachingDirectoryQueryVariables>;
export const UpdateAppraisalCycleDocument = new TypedDocumentString(`
    mutation UpdateAppraisalCycle($input: UpdateAppraisalCycleInput!) {
  updateAppraisalCycle(input: $input) {
    ...AppraisalCycleFields
  }
}
    fragment AppraisalCycleFields on AppraisalCycle {
  id
  name
  opensOn
  closesOn
  status
  version
  municipalityId
  municipality {
    id
    name
  }
}`) as unknown as TypedDocumentString<UpdateAppraisalCycleMutation, UpdateAppraisalCycleMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    me {
      ...CurrentUser
    }
  }
}
    fragment CurrentUser on Me {
  id
  email
  name
  regionId
  roles {
    role
    municipalityId
    unitId
  }
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...CurrentUser
  }
}
    fragment CurrentUser on Me {
  id
  email
  name
  regionId
  roles {
    role
    municipalityId
    unitId
  }
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const CompetenceAreasDocument = new TypedDocumentString(`
    query CompetenceAreas {
  competenceAreas
}
    `) as unknown as TypedDocumentString<CompetenceAreasQuery, CompetenceAreasQueryVariables>;
export const CompetenceDocument = new TypedDocumentString(`
    query Competence($id: ID!) {
  competence(id: $id) {
    ...CompetenceFields
  }
}
    fragment CompetenceFields on Competence {
  id
  name
  description
  buildingBlock
  area
  tags
  scale {
    level
    description
  }
  validityMonths
  active
  version
}`) as unknown as TypedDocumentString<CompetenceQuery, CompetenceQueryVariables>;
export const CompetencesDocument = new TypedDocumentString(`
    query Competences($filter: CompetenceFilter) {
  competences(filter: $filter) {
    ...CompetenceFields
  }
}
    fragment CompetenceFields on Competence {
  id
  name
  description
  buildingBlock
  area
  tags
  scale {
    level
    description
  }
  validityMonths
  active
  version
}`) as unknown as TypedDocumentString<CompetencesQuery, CompetencesQueryVariables>;
export const CreateCompetenceDocument = new TypedDocumentString(`
    mutation CreateCompetence($input: CreateCompetenceInput!) {
  createCompetence(input: $input) {
    ...CompetenceFields
  }
}
    fragment CompetenceFields on Competence {
  id
  name
  description
  buildingBlock
  area
  tags
  scale {
    level
    description
  }
  validityMonths
  active
  version
}`) as unknown as TypedDocumentString<CreateCompetenceMutation, CreateCompetenceMutationVariables>;
export const UpdateCompetenceDocument = new TypedDocumentString(`
    mutation UpdateCompetence($input: UpdateCompetenceInput!) {
  updateCompetence(input: $input) {
    ...CompetenceFields
  }
}
    fragment CompetenceFields on Competence {
  id
  name
  description
  buildingBlock
  area
  tags
  scale {
    level
    description
  }
  validityMonths
  active
  version
}`) as unknown as TypedDocumentString<UpdateCompetenceMutation, UpdateCompetenceMutationVariables>;
export const AddQualificationDocument = new TypedDocumentString(`
    mutation AddQualification($input: AddQualificationInput!) {
  addQualification(input: $input) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<AddQualificationMutation, AddQualificationMutationVariables>;
export const ConfirmAssessmentDocument = new TypedDocumentString(`
    mutation ConfirmAssessment($id: ID!) {
  confirmAssessment(id: $id) {
    ...AssessmentFields
  }
}
    fragment AssessmentFields on Assessment {
  id
  competence {
    id
    name
  }
  level
  source
  evidence
  assessedOn
  validUntil
  assessedByName
  confirmedAt
  createdAt
}`) as unknown as TypedDocumentString<ConfirmAssessmentMutation, ConfirmAssessmentMutationVariables>;
export const EmployeeDocument = new TypedDocumentString(`
    query Employee($id: ID!) {
  employee(id: $id) {
    ...EmployeeSummary
    givenName
    familyName
    birthYear
    startDate
    version
    competences {
      competence {
        ...CompetenceFields
      }
      level
      source
      formalLevel
      informalLevel
      leaderLevel
      selfDeclaredLevel
      selfDeclaredConfirmed
      expiresOn
      levelValidUntil
    }
    qualifications {
      id
      kind
      title
      issuer
      obtainedOn
      expiresOn
      competences {
        competence {
          id
          name
        }
        level
      }
    }
    assessments {
      ...AssessmentFields
    }
  }
}
    fragment CompetenceFields on Competence {
  id
  name
  description
  buildingBlock
  area
  tags
  scale {
    level
    description
  }
  validityMonths
  active
  version
}
fragment AssessmentFields on Assessment {
  id
  competence {
    id
    name
  }
  level
  source
  evidence
  assessedOn
  validUntil
  assessedByName
  confirmedAt
  createdAt
}
fragment EmployeeSummary on Employee {
  id
  employeeNumber
  fullName
  positionTitle
  fte
  employmentType
  active
  profession {
    code
    name
  }
  unit {
    id
    name
  }
  municipality {
    id
    number
    name
  }
}`) as unknown as TypedDocumentString<EmployeeQuery, EmployeeQueryVariables>;
export const EmployeesDocument = new TypedDocumentString(`
    query Employees($filter: EmployeeFilter, $first: Int!, $after: String) {
  employees(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...EmployeeSummary
      }
    }
  }
}
    fragment EmployeeSummary on Employee {
  id
  employeeNumber
  fullName
  positionTitle
  fte
  employmentType
  active
  profession {
    code
    name
  }
  unit {
    id
    name
  }
  municipality {
    id
    number
    name
  }
}`) as unknown as TypedDocumentString<EmployeesQuery, EmployeesQueryVariables>;
export const EraseEmployeeDocument = new TypedDocumentString(`
    mutation EraseEmployee($employeeId: ID!, $confirmEmployeeNumber: String!) {
  eraseEmployee(
    employeeId: $employeeId
    confirmEmployeeNumber: $confirmEmployeeNumber
  )
}
    `) as unknown as TypedDocumentString<EraseEmployeeMutation, EraseEmployeeMutationVariables>;
export const ExportEmployeeDataDocument = new TypedDocumentString(`
    query ExportEmployeeData($employeeId: ID!) {
  exportEmployeeData(employeeId: $employeeId)
}
    `) as unknown as TypedDocumentString<ExportEmployeeDataQuery, ExportEmployeeDataQueryVariables>;
export const ProfessionsDocument = new TypedDocumentString(`
    query Professions {
  professions {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<ProfessionsQuery, ProfessionsQueryVariables>;
export const RecordAssessmentDocument = new TypedDocumentString(`
    mutation RecordAssessment($input: RecordAssessmentInput!) {
  recordAssessment(input: $input) {
    ...AssessmentFields
  }
}
    fragment AssessmentFields on Assessment {
  id
  competence {
    id
    name
  }
  level
  source
  evidence
  assessedOn
  validUntil
  assessedByName
  confirmedAt
  createdAt
}`) as unknown as TypedDocumentString<RecordAssessmentMutation, RecordAssessmentMutationVariables>;
export const ExpiringCertificatesDocument = new TypedDocumentString(`
    query ExpiringCertificates($filter: ExpiringCertificatesFilter) {
  expiringCertificates(filter: $filter) {
    from
    to
    months
    suppressionApplied
    rows {
      unitId
      unit {
        id
        name
        municipalityId
      }
      cells {
        ...GapFigure
      }
      total {
        ...GapFigure
      }
    }
    monthTotals {
      ...GapFigure
    }
    total {
      ...GapFigure
    }
  }
}
    fragment GapFigure on Figure {
  value
  suppressed
  reason
  reasonCode
  rounded
}`) as unknown as TypedDocumentString<ExpiringCertificatesQuery, ExpiringCertificatesQueryVariables>;
export const GapAnalysisDocument = new TypedDocumentString(`
    query GapAnalysis($filter: GapFilter, $breakdown: GapBreakdown) {
  gapAnalysis(filter: $filter, breakdown: $breakdown) {
    today
    scopeId
    scopeLevel
    scopeName
    breakdown
    minGroupSize
    retirementAge
    suppressionApplied
    horizons {
      horizon
      date
    }
    totals {
      ...GapRollUpFields
    }
    rows {
      ...GapRollUpFields
    }
    requirementGaps {
      requirementId
      unitId
      municipalityId
      unit {
        id
        name
      }
      competenceId
      competence {
        id
        name
        area
      }
      minLevel
      measure
      horizon
      horizonDate
      priority
      required
      holders {
        ...GapFigure
      }
      gap {
        ...GapFigure
      }
      surplus {
        ...GapFigure
      }
      coverage {
        ...GapFigure
      }
    }
  }
}
    fragment GapFigure on Figure {
  value
  suppressed
  reason
  reasonCode
  rounded
}
fragment GapRollUpFields on GapRollUp {
  scopeId
  scopeLevel
  municipalityId
  unitId
  municipality {
    id
    name
  }
  unit {
    id
    name
  }
  competenceId
  competence {
    id
    name
    area
  }
  measure
  horizon
  horizonDate
  priority
  required
  requirementCount
  gap {
    ...GapFigure
  }
  covered {
    ...GapFigure
  }
  surplus {
    ...GapFigure
  }
  coverage {
    ...GapFigure
  }
}`) as unknown as TypedDocumentString<GapAnalysisQuery, GapAnalysisQueryVariables>;
export const GapHeatmapDocument = new TypedDocumentString(`
    query GapHeatmap($filter: GapFilter, $horizon: Horizon!) {
  gapHeatmap(filter: $filter, horizon: $horizon) {
    horizon
    horizonDate
    suppressionApplied
    rows {
      id
      name
      level
    }
    competences {
      id
      name
      area
    }
    cells {
      scopeId
      competenceId
      measure
      required
      gap {
        ...GapFigure
      }
      coverage {
        ...GapFigure
      }
    }
    totals {
      scopeId
      competenceId
      measure
      required
      gap {
        ...GapFigure
      }
      coverage {
        ...GapFigure
      }
    }
  }
}
    fragment GapFigure on Figure {
  value
  suppressed
  reason
  reasonCode
  rounded
}`) as unknown as TypedDocumentString<GapHeatmapQuery, GapHeatmapQueryVariables>;
export const GapHoldersDocument = new TypedDocumentString(`
    query GapHolders($requirementId: ID!, $horizon: Horizon!) {
  requirement(id: $requirementId) {
    id
    unitId
    municipalityId
    unit {
      id
      name
    }
    competence {
      id
      name
    }
    minLevel
    measure
    required
    horizon
    priority
  }
  gapHolders(requirementId: $requirementId, horizon: $horizon) {
    horizon
    horizonDate
    retirementAge
    holders {
      ...GapHolderFields
    }
    expected {
      ...GapHolderFields
    }
  }
  professions {
    code
    name
  }
}
    fragment GapHolderFields on GapHolder {
  employeeId
  fullName
  unitId
  unit {
    id
    name
  }
  professionCode
  fte
  level
  validUntil
}`) as unknown as TypedDocumentString<GapHoldersQuery, GapHoldersQueryVariables>;
export const MobilisationOptionsDocument = new TypedDocumentString(`
    query MobilisationOptions($filter: GapFilter) {
  mobilisationOptions(filter: $filter) {
    competenceId
    competence {
      id
      name
    }
    horizon
    measure
    from {
      requirementId
      municipalityId
      unitId
      unit {
        id
        name
      }
      minLevel
      amount {
        ...GapFigure
      }
    }
    to {
      requirementId
      municipalityId
      unitId
      unit {
        id
        name
      }
      minLevel
      priority
      amount {
        ...GapFigure
      }
    }
    transferable {
      ...GapFigure
    }
  }
}
    fragment GapFigure on Figure {
  value
  suppressed
  reason
  reasonCode
  rounded
}`) as unknown as TypedDocumentString<MobilisationOptionsQuery, MobilisationOptionsQueryVariables>;
export const RetirementWaveDocument = new TypedDocumentString(`
    query RetirementWave($filter: RetirementWaveFilter) {
  retirementWave(filter: $filter) {
    retirementAge
    years
    suppressionApplied
    competences {
      ...RetirementSeriesFields
    }
    professions {
      ...RetirementSeriesFields
    }
  }
}
    fragment GapFigure on Figure {
  value
  suppressed
  reason
  reasonCode
  rounded
}
fragment RetirementSeriesFields on RetirementSeries {
  key
  competenceId
  competence {
    id
    name
  }
  minLevel
  professionCode
  professionName
  current {
    ...GapFigure
  }
  leaving {
    year
    headcount {
      ...GapFigure
    }
  }
  leavingTotal {
    ...GapFigure
  }
}`) as unknown as TypedDocumentString<RetirementWaveQuery, RetirementWaveQueryVariables>;
export const StaffingGapsDocument = new TypedDocumentString(`
    query StaffingGaps($filter: GapFilter) {
  staffingGaps(filter: $filter) {
    staffingRequirementId
    horizon
    horizonDate
    professionCode
    professionName
    requiredFte
    priority
    unit {
      id
      name
    }
    municipality {
      id
      name
    }
    staffHeadcount {
      ...GapFigure
    }
    staffFte {
      ...GapFigure
    }
    gap {
      ...GapFigure
    }
    coverage {
      ...GapFigure
    }
  }
}
    fragment GapFigure on Figure {
  value
  suppressed
  reason
  reasonCode
  rounded
}`) as unknown as TypedDocumentString<StaffingGapsQuery, StaffingGapsQueryVariables>;
export const ImportColumnsDocument = new TypedDocumentString(`
    query ImportColumns($kind: ImportKind!) {
  importColumns(kind: $kind) {
    field
    header
    required
    alsoAccepted
    description
    example
  }
}
    `) as unknown as TypedDocumentString<ImportColumnsQuery, ImportColumnsQueryVariables>;
export const ImportRunsDocument = new TypedDocumentString(`
    query ImportRuns($municipalityId: ID!) {
  importRuns(municipalityId: $municipalityId, first: 20) {
    ...ImportRunFields
  }
}
    fragment ImportRunFields on ImportRun {
  id
  kind
  fileName
  viaCommandLine
  appliedAt
  appliedByName
  unitName
  created
  updated
  unchanged
  deactivated
  undoableUntil
  undoneAt
  undoneByName
  undoStatus
  undoBlockedReason
}`) as unknown as TypedDocumentString<ImportRunsQuery, ImportRunsQueryVariables>;
export const UndoImportRunDocument = new TypedDocumentString(`
    mutation UndoImportRun($runId: ID!) {
  undoImportRun(runId: $runId) {
    employeesRestored
    employeesRemoved
    qualificationsRemoved
    assessmentsRemoved
    run {
      ...ImportRunFields
    }
  }
}
    fragment ImportRunFields on ImportRun {
  id
  kind
  fileName
  viaCommandLine
  appliedAt
  appliedByName
  unitName
  created
  updated
  unchanged
  deactivated
  undoableUntil
  undoneAt
  undoneByName
  undoStatus
  undoBlockedReason
}`) as unknown as TypedDocumentString<UndoImportRunMutation, UndoImportRunMutationVariables>;
export const KostraComparisonDocument = new TypedDocumentString(`
    query KostraComparison($municipalityId: ID!) {
  kostraComparison(municipalityId: $municipalityId) {
    municipalityId
    municipalityName
    kostraGroup
    regionNote
    indicators {
      indicator {
        code
        label
        unit
        decimals
        tableId
        notes
      }
      years
      series {
        kind
        code
        label
        computed
        points {
          year
          value
          status
          basis
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KostraComparisonQuery, KostraComparisonQueryVariables>;
export const KostraOwnFigureDocument = new TypedDocumentString(`
    query KostraOwnFigure($municipalityId: ID!) {
  kostraOwnFigure(municipalityId: $municipalityId) {
    municipalityId
    indicatorCode
    asOf
    ownValue
    suppressed
    ownFte
    ssbYear
    ssbValue
    ssbStatus
    decimals
    explanation
  }
}
    `) as unknown as TypedDocumentString<KostraOwnFigureQuery, KostraOwnFigureQueryVariables>;
export const AddUnitDocument = new TypedDocumentString(`
    mutation AddUnit($input: AddUnitInput!) {
  addUnit(input: $input) {
    ...OrganisationUnit
  }
}
    fragment OrganisationUnit on Unit {
  id
  name
  kind
  parentId
  municipalityId
  serviceType
}`) as unknown as TypedDocumentString<AddUnitMutation, AddUnitMutationVariables>;
export const MunicipalitiesDocument = new TypedDocumentString(`
    query Municipalities {
  municipalities {
    id
    number
    name
    kostraGroup
    unitCount
    units {
      ...OrganisationUnit
    }
  }
}
    fragment OrganisationUnit on Unit {
  id
  name
  kind
  parentId
  municipalityId
  serviceType
}`) as unknown as TypedDocumentString<MunicipalitiesQuery, MunicipalitiesQueryVariables>;
export const CreateRequirementDocument = new TypedDocumentString(`
    mutation CreateRequirement($input: CreateRequirementInput!) {
  createRequirement(input: $input) {
    ...RequirementFields
  }
}
    fragment RequirementFields on Requirement {
  id
  unitId
  municipalityId
  unit {
    id
    name
  }
  competenceId
  competence {
    id
    name
    area
  }
  minLevel
  required
  measure
  horizon
  horizonDate
  targetDate
  priority
  rationaleKind
  rationale
  reference
  templateId
  updatedAt
  version
}`) as unknown as TypedDocumentString<CreateRequirementMutation, CreateRequirementMutationVariables>;
export const UpdateRequirementDocument = new TypedDocumentString(`
    mutation UpdateRequirement($input: UpdateRequirementInput!) {
  updateRequirement(input: $input) {
    ...RequirementFields
  }
}
    fragment RequirementFields on Requirement {
  id
  unitId
  municipalityId
  unit {
    id
    name
  }
  competenceId
  competence {
    id
    name
    area
  }
  minLevel
  required
  measure
  horizon
  horizonDate
  targetDate
  priority
  rationaleKind
  rationale
  reference
  templateId
  updatedAt
  version
}`) as unknown as TypedDocumentString<UpdateRequirementMutation, UpdateRequirementMutationVariables>;
export const DeleteRequirementDocument = new TypedDocumentString(`
    mutation DeleteRequirement($id: ID!, $version: Int!) {
  deleteRequirement(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<DeleteRequirementMutation, DeleteRequirementMutationVariables>;
export const CreateStaffingRequirementDocument = new TypedDocumentString(`
    mutation CreateStaffingRequirement($input: CreateStaffingRequirementInput!) {
  createStaffingRequirement(input: $input) {
    ...StaffingRequirementFields
  }
}
    fragment StaffingRequirementFields on StaffingRequirement {
  id
  unitId
  municipalityId
  unit {
    id
    name
  }
  professionCode
  professionName
  requiredFte
  horizon
  horizonDate
  targetDate
  priority
  rationaleKind
  rationale
  reference
  templateId
  updatedAt
  version
}`) as unknown as TypedDocumentString<CreateStaffingRequirementMutation, CreateStaffingRequirementMutationVariables>;
export const UpdateStaffingRequirementDocument = new TypedDocumentString(`
    mutation UpdateStaffingRequirement($input: UpdateStaffingRequirementInput!) {
  updateStaffingRequirement(input: $input) {
    ...StaffingRequirementFields
  }
}
    fragment StaffingRequirementFields on StaffingRequirement {
  id
  unitId
  municipalityId
  unit {
    id
    name
  }
  professionCode
  professionName
  requiredFte
  horizon
  horizonDate
  targetDate
  priority
  rationaleKind
  rationale
  reference
  templateId
  updatedAt
  version
}`) as unknown as TypedDocumentString<UpdateStaffingRequirementMutation, UpdateStaffingRequirementMutationVariables>;
export const DeleteStaffingRequirementDocument = new TypedDocumentString(`
    mutation DeleteStaffingRequirement($id: ID!, $version: Int!) {
  deleteStaffingRequirement(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<DeleteStaffingRequirementMutation, DeleteStaffingRequirementMutationVariables>;
export const CopyRequirementsDocument = new TypedDocumentString(`
    mutation CopyRequirements($input: CopyRequirementsInput!) {
  copyRequirements(input: $input) {
    created
    updated
    skipped
    targetUnitIds
  }
}
    `) as unknown as TypedDocumentString<CopyRequirementsMutation, CopyRequirementsMutationVariables>;
export const RequirementsDocument = new TypedDocumentString(`
    query Requirements($filter: RequirementFilter) {
  requirements(filter: $filter) {
    ...RequirementFields
  }
  staffingRequirements(filter: $filter) {
    ...StaffingRequirementFields
  }
}
    fragment RequirementFields on Requirement {
  id
  unitId
  municipalityId
  unit {
    id
    name
  }
  competenceId
  competence {
    id
    name
    area
  }
  minLevel
  required
  measure
  horizon
  horizonDate
  targetDate
  priority
  rationaleKind
  rationale
  reference
  templateId
  updatedAt
  version
}
fragment StaffingRequirementFields on StaffingRequirement {
  id
  unitId
  municipalityId
  unit {
    id
    name
  }
  professionCode
  professionName
  requiredFte
  horizon
  horizonDate
  targetDate
  priority
  rationaleKind
  rationale
  reference
  templateId
  updatedAt
  version
}`) as unknown as TypedDocumentString<RequirementsQuery, RequirementsQueryVariables>;
export const RequirementDocument = new TypedDocumentString(`
    query Requirement($id: ID!) {
  requirement(id: $id) {
    ...RequirementFields
  }
}
    fragment RequirementFields on Requirement {
  id
  unitId
  municipalityId
  unit {
    id
    name
  }
  competenceId
  competence {
    id
    name
    area
  }
  minLevel
  required
  measure
  horizon
  horizonDate
  targetDate
  priority
  rationaleKind
  rationale
  reference
  templateId
  updatedAt
  version
}`) as unknown as TypedDocumentString<RequirementQuery, RequirementQueryVariables>;
export const RequirementProfessionsDocument = new TypedDocumentString(`
    query RequirementProfessions {
  professions {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<RequirementProfessionsQuery, RequirementProfessionsQueryVariables>;
export const StaffingRequirementsDocument = new TypedDocumentString(`
    query StaffingRequirements($filter: RequirementFilter) {
  staffingRequirements(filter: $filter) {
    ...StaffingRequirementFields
  }
}
    fragment StaffingRequirementFields on StaffingRequirement {
  id
  unitId
  municipalityId
  unit {
    id
    name
  }
  professionCode
  professionName
  requiredFte
  horizon
  horizonDate
  targetDate
  priority
  rationaleKind
  rationale
  reference
  templateId
  updatedAt
  version
}`) as unknown as TypedDocumentString<StaffingRequirementsQuery, StaffingRequirementsQueryVariables>;