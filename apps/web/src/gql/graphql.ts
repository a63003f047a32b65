/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Omitted parts mean "all"; plans of the caller's region only. */
export type ActionPlanFilter = {
  half?: number | null | undefined;
  level?: PlanLevel | null | undefined;
  /** The municipality's plan and its units' plans. */
  municipalityId?: string | null | undefined;
  status?: PlanStatus | null | undefined;
  /** The unit's plan and its sub-units' plans. */
  unitId?: string | null | undefined;
  year?: number | null | undefined;
};

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

/** Fristen er ute; blant dem som må tas denne uken for å bli ferdig i tide; senere (docs/appraisals.md, "Urgency"). */
export type AppraisalUrgency =
  | 'LATER'
  | 'OVERDUE'
  | 'THIS_WEEK';

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

/** A period of months (its median is the centre line) or a fixed value. */
export type BaselineKind =
  | 'PERIOD'
  | 'VALUE';

/** Lai's building blocks: kunnskaper, ferdigheter, evner, holdninger. */
export type BuildingBlock =
  | 'ABILITIES'
  | 'ATTITUDES'
  | 'KNOWLEDGE'
  | 'SKILLS';

export type ChangeMeasureStatusInput = {
  id: string;
  status: MeasureStatus;
  version: number;
};

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

/** What a computed indicator measures (docs/evaluation.md). */
export type ComputedIndicatorKind =
  | 'APPRAISAL_COMPLETION'
  | 'CERTIFICATES_EXPIRING'
  | 'COMPETENCE_COVERAGE'
  | 'FOCUS_AREA_COVERAGE'
  | 'GAP_CLOSED_BY_MEASURES'
  | 'HEALTH_EDUCATION_FTE'
  | 'HIGHER_EDUCATION_FTE'
  | 'STAFF_LEAVING'
  | 'TURNOVER';

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

/** REGION: no municipality or unit (the regional coordinator). MUNICIPALITY: municipalityId (HR). UNIT: unitId (its leader or HR). One plan per scope and half-year. */
export type CreateActionPlanInput = {
  /** 1 (January–June) or 2 (July–December). */
  half: number;
  level: PlanLevel;
  municipalityId?: string | null | undefined;
  title?: string | null | undefined;
  unitId?: string | null | undefined;
  year: number;
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

export type CreateMeasureInput = {
  awardsCertificate?: boolean | null | undefined;
  description?: string | null | undefined;
  /** ISO date, not before the start. */
  endsOn: string;
  funding?: Array<MeasureFundingInput> | null | undefined;
  /** Hours per participant; default 0. */
  hours?: number | null | undefined;
  kind: MeasureKind;
  /** Mobilisation: the unit that lends people. */
  lendingUnitId?: string | null | undefined;
  owner: string;
  places: number;
  planId: string;
  provider: MeasureProvider;
  providerName?: string | null | undefined;
  /** Regional measures only. */
  shares?: Array<MeasureShareInput> | null | undefined;
  /** ISO date. */
  startsOn: string;
  strategy: MeasureStrategy;
  targetGroup?: string | null | undefined;
  targets?: Array<MeasureTargetInput> | null | undefined;
  teachers?: Array<MeasureTeacherInput> | null | undefined;
  title: string;
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

export type EvaluationScopeInput = {
  /** The municipality's or unit's id; none for the region. */
  id?: string | null | undefined;
  level: EvaluationScopeLevel;
};

export type EvaluationScopeLevel =
  | 'MUNICIPALITY'
  | 'REGION'
  | 'UNIT';

/** Expiring certificates in a unit subtree, a municipality or (neither) the region; the competence with most certificates running out unless one is given. */
export type ExpiringCertificatesDraftInput = {
  competenceId?: string | null | undefined;
  months?: number | null | undefined;
  municipalityId?: string | null | undefined;
  unitId?: string | null | undefined;
};

export type ExpiringCertificatesFilter = {
  months?: number | null | undefined;
  municipalityId?: string | null | undefined;
  /** The unit and all its sub-units. */
  unitId?: string | null | undefined;
};

/** Eget budsjett, kompetanse- og innovasjonstilskuddet (statlig), annet. */
export type FundingSource =
  | 'COMPETENCE_GRANT'
  | 'OTHER'
  | 'OWN_BUDGET';

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

export type ImportMeasurementsInput = {
  /** The file (CSV or XLSX), base64-encoded; at most 1 MB. */
  contentBase64: string;
  fileName?: string | null | undefined;
  indicatorId: string;
  /** Where rows without a place column (Sted) belong. */
  scope: EvaluationScopeInput;
};

/** UNDOABLE: can be undone now; UNDONE: already undone; EXPIRED: past the undo window; BLOCKED: something it touched has changed since (see undoBlockedReason). */
export type ImportUndoStatus =
  | 'BLOCKED'
  | 'EXPIRED'
  | 'UNDOABLE'
  | 'UNDONE';

export type IndicatorDirection =
  | 'HIGHER_IS_BETTER'
  | 'LOWER_IS_BETTER';

/** Computed by the service, entered by people (by hand or CSV), or from KOSTRA. */
export type IndicatorSource =
  | 'COMPUTED'
  | 'ENTERED'
  | 'KOSTRA';

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

/** Part of the cost from one source (kroner, at least 0). */
export type MeasureFundingInput = {
  amount: number;
  source: FundingSource;
};

/** Kurs, videreutdanning, hospitering, e-læring, fagdag, nettverk, rekruttering, jobbrotasjon, kunnskapsdeling, sertifikatfornyelse. */
export type MeasureKind =
  | 'CERTIFICATE_RENEWAL'
  | 'COURSE'
  | 'E_LEARNING'
  | 'FURTHER_EDUCATION'
  | 'HOSPITATION'
  | 'JOB_ROTATION'
  | 'KNOWLEDGE_SHARING'
  | 'NETWORK'
  | 'PROFESSIONAL_DAY'
  | 'RECRUITMENT';

/** Egne ansatte, en annen kommune, sykehuset, en høgskole/et universitet. */
export type MeasureProvider =
  | 'HOSPITAL'
  | 'OTHER_MUNICIPALITY'
  | 'OWN_STAFF'
  | 'UNIVERSITY_COLLEGE';

/** A regional measure's places for one municipality. */
export type MeasureShareInput = {
  municipalityId: string;
  places: number;
};

/** Planlagt, åpen for påmelding, pågår, fullført, avlyst. */
export type MeasureStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'OPEN'
  | 'PLANNED'
  | 'RUNNING';

/** Lai's strategies: anskaffe/rekruttere, utvikle, mobilisere, avvikle. */
export type MeasureStrategy =
  | 'ACQUIRE'
  | 'DEVELOP'
  | 'MOBILISE'
  | 'PHASE_OUT';

/** A requirement (gap row: its competence and minimum level are taken) and/or a competence × level. */
export type MeasureTargetInput = {
  competenceId?: string | null | undefined;
  /** Default: the requirement's minimum level. */
  level?: number | null | undefined;
  requirementId?: string | null | undefined;
};

/** A person from the teaching directory and the topic they teach. */
export type MeasureTeacherInput = {
  competenceId: string;
  employeeId: string;
};

/** COMPUTED at a month end, REBUILT afterwards from past data, ENTERED by hand, IMPORTED from CSV, or from KOSTRA. */
export type MeasurementSource =
  | 'COMPUTED'
  | 'ENTERED'
  | 'IMPORTED'
  | 'KOSTRA'
  | 'REBUILT';

/** A mobilisation pair: the surplus (from) and the gap (to). */
export type MobilisationDraftInput = {
  /** The lending unit's requirement (MobilisationEnd `from`). */
  fromRequirementId: string;
  /** JOB_ROTATION (default) or HOSPITATION. */
  kind?: MeasureKind | null | undefined;
  /** The borrowing unit's requirement (MobilisationEnd `to`). */
  toRequirementId: string;
};

export type ParticipantOutcomeInput = {
  /** true: completed (the competence is documented); false: did not complete. */
  completed: boolean;
  participantId: string;
};

/** Påmeldt, fullført, ikke fullført, trukket. */
export type ParticipantStatus =
  | 'COMPLETED'
  | 'NOT_COMPLETED'
  | 'SIGNED_UP'
  | 'WITHDRAWN';

/** ikke påbegynt, utkast */
export type PendingAppraisalStatus =
  | 'DRAFT'
  | 'NOT_STARTED';

/** Regionalt program (REGION), kommunens plan (MUNICIPALITY), enhetens plan (UNIT). */
export type PlanLevel =
  | 'MUNICIPALITY'
  | 'REGION'
  | 'UNIT';

/** Utkast, vedtatt, avsluttet. */
export type PlanStatus =
  | 'ADOPTED'
  | 'CLOSED'
  | 'DRAFT';

/** Kritisk, viktig, ønskelig. */
export type Priority =
  | 'CRITICAL'
  | 'DESIRABLE'
  | 'IMPORTANT';

/** Why a person is proposed: an open development wish from an appraisal, or a certificate that runs out. */
export type ProposalReason =
  | 'CERTIFICATE_EXPIRING'
  | 'DEVELOPMENT_WISH';

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

export type RecordMeasurementInput = {
  indicatorId: string;
  /** ISO date of the measurement; not after today. Its month is the period. */
  measuredOn: string;
  scope: EvaluationScopeInput;
  value: number;
};

export type RecordParticipantOutcomesInput = {
  /** ISO date the outcome applies from (the competence is dated then). */
  completedOn: string;
  measureId: string;
  outcomes: Array<ParticipantOutcomeInput>;
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

export type RunChartSignalKind =
  | 'SHIFT'
  | 'TOO_FEW_RUNS'
  | 'TOO_MANY_RUNS'
  | 'TREND';

/** Creates or updates the draft for an employee in a cycle (autosave). */
export type SaveAppraisalDraftInput = {
  content: AppraisalContentInput;
  /** Default: the current cycle of the employee's municipality. */
  cycleId?: string | null | undefined;
  employeeId: string;
  /** The version last read; omitted for the first save. */
  version?: number | null | undefined;
};

export type SeptemberViewInput = {
  /** The indicators to show (at most 20). */
  indicatorIds: Array<string>;
};

export type SetBaselineInput = {
  /** First month, 'YYYY-MM' (PERIOD). */
  fromPeriod?: string | null | undefined;
  indicatorId: string;
  kind: BaselineKind;
  /** ISO date the value describes (VALUE). */
  measuredOn?: string | null | undefined;
  scope: EvaluationScopeInput;
  /** Last month, 'YYYY-MM' (PERIOD). */
  toPeriod?: string | null | undefined;
  /** The baseline value (VALUE). */
  value?: number | null | undefined;
};

export type SignUpParticipantsInput = {
  /** Development items (open wishes from appraisals) the sign-ups close, one per person at most. A person without one here gets their open wish for a target competence linked, if they have one. */
  developmentItemIds?: Array<string> | null | undefined;
  /** The people to sign up: all or none are signed up. */
  employeeIds: Array<string>;
  measureId: string;
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

/** Omitted or null fields and lists are left as they are. */
export type UpdateMeasureInput = {
  awardsCertificate?: boolean | null | undefined;
  /** True removes the lending unit (a null lendingUnitId leaves it as it is). */
  clearLendingUnit?: boolean | null | undefined;
  description?: string | null | undefined;
  endsOn?: string | null | undefined;
  funding?: Array<MeasureFundingInput> | null | undefined;
  /** Hours per participant; default 0. */
  hours?: number | null | undefined;
  id: string;
  kind?: MeasureKind | null | undefined;
  /** Mobilisation: the unit that lends people. */
  lendingUnitId?: string | null | undefined;
  owner?: string | null | undefined;
  places?: number | null | undefined;
  provider?: MeasureProvider | null | undefined;
  providerName?: string | null | undefined;
  /** Regional measures only. */
  shares?: Array<MeasureShareInput> | null | undefined;
  startsOn?: string | null | undefined;
  strategy?: MeasureStrategy | null | undefined;
  targetGroup?: string | null | undefined;
  targets?: Array<MeasureTargetInput> | null | undefined;
  teachers?: Array<MeasureTeacherInput> | null | undefined;
  title?: string | null | undefined;
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

export type WithdrawParticipantInput = {
  participantId: string;
  /** The version read; a stale one gives CONFLICT. */
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


export type AppraisalProgressQuery = { appraisalProgress: Array<{ scopeName: string, unitId: string | null, municipalityId: string, employeeCount: number, completedCount: number, draftCount: number, notStartedCount: number, completedShare: number | null, overdue: boolean, daysUntilClose: number, pacePerWeek: number, cycle: { id: string, name: string, opensOn: string, closesOn: string, status: AppraisalCycleStatus, version: number, municipalityId: string, municipality: { id: string, name: string } }, pending: Array<{ employeeId: string, appraisalId: string | null, status: PendingAppraisalStatus, overdue: boolean, urgency: AppraisalUrgency, employee: { id: string, fullName: string, positionTitle: string, unit: { id: string, name: string } } }> }> };

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


export type TeachingDirectoryQuery = { teachingDirectory: Array<{ competenceId: string, competence: { id: string, name: string, area: string }, people: Array<{ employeeId: string, name: string, unitId: string, unitName: string, municipalityName: string }>, anonymous: { value: number | null, suppressed: boolean, reasonCode: string | null, reason: string | null, rounded: boolean } }> };

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

export type IndicatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type IndicatorsQuery = { indicators: Array<{ id: string, name: string, description: string, source: IndicatorSource, computedKind: ComputedIndicatorKind | null, kostraCode: string | null, unit: string, decimals: number, direction: IndicatorDirection, target: number | null, countsPeople: boolean, measures: Array<{ id: string, title: string, status: string, startsOn: string, endsOn: string }> }> };

export type IndicatorFieldsFragment = { id: string, name: string, description: string, source: IndicatorSource, computedKind: ComputedIndicatorKind | null, kostraCode: string | null, unit: string, decimals: number, direction: IndicatorDirection, target: number | null, countsPeople: boolean, measures: Array<{ id: string, title: string, status: string, startsOn: string, endsOn: string }> };

export type IndicatorSeriesQueryVariables = Exact<{
  indicatorId: string;
  scope: EvaluationScopeInput;
}>;


export type IndicatorSeriesQuery = { indicatorSeries: { scopeLevel: EvaluationScopeLevel, scopeId: string, scopeName: string, median: number | null, runs: number, runsLower: number | null, runsUpper: number | null, rounded: boolean, canEnter: boolean, canSetBaseline: boolean, baseline: { kind: BaselineKind, fromPeriod: string | null, toPeriod: string | null, value: number | null, measuredOn: string | null } | null, points: Array<{ period: string, measuredOn: string, value: number | null, source: MeasurementSource, enteredBy: string | null, inBaseline: boolean, inSignal: boolean }>, signals: Array<{ kind: RunChartSignalKind, direction: string | null, periods: Array<string>, sentence: string }>, indicator: { id: string, name: string, description: string, source: IndicatorSource, computedKind: ComputedIndicatorKind | null, kostraCode: string | null, unit: string, decimals: number, direction: IndicatorDirection, target: number | null, countsPeople: boolean, measures: Array<{ id: string, title: string, status: string, startsOn: string, endsOn: string }> } } };

export type SeriesFieldsFragment = { scopeLevel: EvaluationScopeLevel, scopeId: string, scopeName: string, median: number | null, runs: number, runsLower: number | null, runsUpper: number | null, rounded: boolean, canEnter: boolean, canSetBaseline: boolean, baseline: { kind: BaselineKind, fromPeriod: string | null, toPeriod: string | null, value: number | null, measuredOn: string | null } | null, points: Array<{ period: string, measuredOn: string, value: number | null, source: MeasurementSource, enteredBy: string | null, inBaseline: boolean, inSignal: boolean }>, signals: Array<{ kind: RunChartSignalKind, direction: string | null, periods: Array<string>, sentence: string }>, indicator: { id: string, name: string, description: string, source: IndicatorSource, computedKind: ComputedIndicatorKind | null, kostraCode: string | null, unit: string, decimals: number, direction: IndicatorDirection, target: number | null, countsPeople: boolean, measures: Array<{ id: string, title: string, status: string, startsOn: string, endsOn: string }> } };

export type SeptemberViewQueryVariables = Exact<{
  input: SeptemberViewInput;
}>;


export type SeptemberViewQuery = { septemberView: { indicators: Array<{ id: string, name: string, description: string, source: IndicatorSource, computedKind: ComputedIndicatorKind | null, kostraCode: string | null, unit: string, decimals: number, direction: IndicatorDirection, target: number | null, countsPeople: boolean, measures: Array<{ id: string, title: string, status: string, startsOn: string, endsOn: string }> }>, scopes: Array<{ level: EvaluationScopeLevel, id: string, name: string, cells: Array<{ indicatorId: string, baselineValue: number | null, currentPeriod: string | null, currentValue: number | null, change: number | null, improved: boolean, signals: Array<string>, rounded: boolean }> }> } };

export type RecordMeasurementMutationVariables = Exact<{
  input: RecordMeasurementInput;
}>;


export type RecordMeasurementMutation = { recordMeasurement: { scopeLevel: EvaluationScopeLevel, scopeId: string, scopeName: string, median: number | null, runs: number, runsLower: number | null, runsUpper: number | null, rounded: boolean, canEnter: boolean, canSetBaseline: boolean, baseline: { kind: BaselineKind, fromPeriod: string | null, toPeriod: string | null, value: number | null, measuredOn: string | null } | null, points: Array<{ period: string, measuredOn: string, value: number | null, source: MeasurementSource, enteredBy: string | null, inBaseline: boolean, inSignal: boolean }>, signals: Array<{ kind: RunChartSignalKind, direction: string | null, periods: Array<string>, sentence: string }>, indicator: { id: string, name: string, description: string, source: IndicatorSource, computedKind: ComputedIndicatorKind | null, kostraCode: string | null, unit: string, decimals: number, direction: IndicatorDirection, target: number | null, countsPeople: boolean, measures: Array<{ id: string, title: string, status: string, startsOn: string, endsOn: string }> } } };

export type SetIndicatorBaselineMutationVariables = Exact<{
  input: SetBaselineInput;
}>;


export type SetIndicatorBaselineMutation = { setIndicatorBaseline: { scopeLevel: EvaluationScopeLevel, scopeId: string, scopeName: string, median: number | null, runs: number, runsLower: number | null, runsUpper: number | null, rounded: boolean, canEnter: boolean, canSetBaseline: boolean, baseline: { kind: BaselineKind, fromPeriod: string | null, toPeriod: string | null, value: number | null, measuredOn: string | null } | null, points: Array<{ period: string, measuredOn: string, value: number | null, source: MeasurementSource, enteredBy: string | null, inBaseline: boolean, inSignal: boolean }>, signals: Array<{ kind: RunChartSignalKind, direction: string | null, periods: Array<string>, sentence: string }>, indicator: { id: string, name: string, description: string, source: IndicatorSource, computedKind: ComputedIndicatorKind | null, kostraCode: string | null, unit: string, decimals: number, direction: IndicatorDirection, target: number | null, countsPeople: boolean, measures: Array<{ id: string, title: string, status: string, startsOn: string, endsOn: string }> } } };

export type ImportMeasurementsMutationVariables = Exact<{
  input: ImportMeasurementsInput;
}>;


export type ImportMeasurementsMutation = { importMeasurements: { recorded: number } };

export type ExpiringCertificatesQueryVariables = Exact<{
  filter?: ExpiringCertificatesFilter | null | undefined;
}>;


export type ExpiringCertificatesQuery = { expiringCertificates: { from: string, to: string, months: Array<string>, suppressionApplied: boolean, rows: Array<{ unitId: string, unit: { id: string, name: string, municipalityId: string }, cells: Array<{ value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean }>, total: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean } }>, monthTotals: Array<{ value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean }>, total: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean } } };

export type GapAnalysisQueryVariables = Exact<{
  filter?: GapFilter | null | undefined;
  breakdown?: GapBreakdown | null | undefined;
}>;


export type GapAnalysisQuery = { gapAnalysis: { today: string, scopeId: string, scopeLevel: GapScopeLevel, scopeName: string, breakdown: GapBreakdown, minGroupSize: number, retirementAge: number, suppressionApplied: boolean, horizons: Array<{ horizon: Horizon, date: string }>, totals: Array<{ scopeId: string, scopeLevel: GapScopeLevel, municipalityId: string | null, unitId: string | null, competenceId: string, measure: Measure, horizon: Horizon, horizonDate: string, priority: Priority, required: number, requirementCount: number, municipality: { id: string, name: string } | null, unit: { id: string, name: string } | null, competence: { id: string, name: string, area: string }, gap: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean }, covered: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean }, expected: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean }, surplus: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean }, coverage: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean } }>, rows: Array<{ scopeId: string, scopeLevel: GapScopeLevel, municipalityId: string | null, unitId: string | null, competenceId: string, measure: Measure, horizon: Horizon, horizonDate: string, priority: Priority, required: number, requirementCount: number, municipality: { id: string, name: string } | null, unit: { id: string, name: string } | null, competence: { id: string, name: string, area: string }, gap: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean }, covered: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean }, expected: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean }, surplus: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean }, coverage: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean } }>, requirementGaps: Array<{ requirementId: string, unitId: string, municipalityId: string, competenceId: string, minLevel: number, measure: Measure, horizon: Horizon, horizonDate: string, priority: Priority, required: number, unit: { id: string, name: string }, competence: { id: string, name: string, area: string }, holders: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean }, expected: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean }, gap: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean }, surplus: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean }, coverage: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean } }> } };

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

export type GapRollUpFieldsFragment = { scopeId: string, scopeLevel: GapScopeLevel, municipalityId: string | null, unitId: string | null, competenceId: string, measure: Measure, horizon: Horizon, horizonDate: string, priority: Priority, required: number, requirementCount: number, municipality: { id: string, name: string } | null, unit: { id: string, name: string } | null, competence: { id: string, name: string, area: string }, gap: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean }, covered: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean }, expected: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean }, surplus: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean }, coverage: { value: number | null, suppressed: boolean, reason: string | null, reasonCode: SuppressionReason | null, rounded: boolean } };

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

export type MeasureSignUpsQueryVariables = Exact<{
  measureId: string;
}>;


export type MeasureSignUpsQuery = { measureSignUps: { measureId: string, places: number, taken: number | null, free: number | null, municipalities: Array<{ municipalityId: string, municipalityName: string, share: number | null, free: number | null, signedUp: { value: number, rounded: boolean }, completed: { value: number, rounded: boolean }, notCompleted: { value: number, rounded: boolean }, withdrawn: { value: number, rounded: boolean } }> } };

export type MeasureParticipantFieldsFragment = { id: string, measureId: string, employeeId: string, fullName: string, municipalityId: string, municipalityName: string, unitId: string, unitName: string, status: ParticipantStatus, outcomeOn: string | null, developmentItemId: string | null, version: number };

export type MeasureParticipantsQueryVariables = Exact<{
  measureId: string;
}>;


export type MeasureParticipantsQuery = { measureParticipants: Array<{ id: string, measureId: string, employeeId: string, fullName: string, municipalityId: string, municipalityName: string, unitId: string, unitName: string, status: ParticipantStatus, outcomeOn: string | null, developmentItemId: string | null, version: number }>, proposedParticipants: Array<{ employeeId: string, fullName: string, unitName: string, municipalityId: string, reason: ProposalReason, competenceName: string, targetLevel: number | null, expiresOn: string | null, developmentItemId: string | null }> };

export type SignUpParticipantsMutationVariables = Exact<{
  input: SignUpParticipantsInput;
}>;


export type SignUpParticipantsMutation = { signUpParticipants: Array<{ id: string, measureId: string, employeeId: string, fullName: string, municipalityId: string, municipalityName: string, unitId: string, unitName: string, status: ParticipantStatus, outcomeOn: string | null, developmentItemId: string | null, version: number }> };

export type WithdrawParticipantMutationVariables = Exact<{
  input: WithdrawParticipantInput;
}>;


export type WithdrawParticipantMutation = { withdrawParticipant: { id: string, measureId: string, employeeId: string, fullName: string, municipalityId: string, municipalityName: string, unitId: string, unitName: string, status: ParticipantStatus, outcomeOn: string | null, developmentItemId: string | null, version: number } };

export type RecordParticipantOutcomesMutationVariables = Exact<{
  input: RecordParticipantOutcomesInput;
}>;


export type RecordParticipantOutcomesMutation = { recordParticipantOutcomes: { completed: number, notCompleted: number, unchanged: number, assessmentsAdded: number, qualificationsAdded: number } };

export type CreateActionPlanMutationVariables = Exact<{
  input: CreateActionPlanInput;
}>;


export type CreateActionPlanMutation = { createActionPlan: { id: string, level: PlanLevel, municipalityId: string | null, unitId: string | null, year: number, half: number, periodLabel: string, startsOn: string, endsOn: string, title: string, status: PlanStatus, adoptedOn: string | null, adoptedByName: string | null, version: number, updatedAt: string, municipality: { id: string, name: string } | null, unit: { id: string, name: string } | null, totals: { measures: number, cancelledMeasures: number, places: number, participants: number, cost: number, funding: Array<{ source: FundingSource, amount: number }> } } };

export type AdoptActionPlanMutationVariables = Exact<{
  id: string;
  version: number;
  adoptedOn: string;
}>;


export type AdoptActionPlanMutation = { adoptActionPlan: { id: string, level: PlanLevel, municipalityId: string | null, unitId: string | null, year: number, half: number, periodLabel: string, startsOn: string, endsOn: string, title: string, status: PlanStatus, adoptedOn: string | null, adoptedByName: string | null, version: number, updatedAt: string, municipality: { id: string, name: string } | null, unit: { id: string, name: string } | null, totals: { measures: number, cancelledMeasures: number, places: number, participants: number, cost: number, funding: Array<{ source: FundingSource, amount: number }> } } };

export type CloseActionPlanMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type CloseActionPlanMutation = { closeActionPlan: { id: string, level: PlanLevel, municipalityId: string | null, unitId: string | null, year: number, half: number, periodLabel: string, startsOn: string, endsOn: string, title: string, status: PlanStatus, adoptedOn: string | null, adoptedByName: string | null, version: number, updatedAt: string, municipality: { id: string, name: string } | null, unit: { id: string, name: string } | null, totals: { measures: number, cancelledMeasures: number, places: number, participants: number, cost: number, funding: Array<{ source: FundingSource, amount: number }> } } };

export type ReopenActionPlanMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type ReopenActionPlanMutation = { reopenActionPlan: { id: string, level: PlanLevel, municipalityId: string | null, unitId: string | null, year: number, half: number, periodLabel: string, startsOn: string, endsOn: string, title: string, status: PlanStatus, adoptedOn: string | null, adoptedByName: string | null, version: number, updatedAt: string, municipality: { id: string, name: string } | null, unit: { id: string, name: string } | null, totals: { measures: number, cancelledMeasures: number, places: number, participants: number, cost: number, funding: Array<{ source: FundingSource, amount: number }> } } };

export type CreateMeasureMutationVariables = Exact<{
  input: CreateMeasureInput;
}>;


export type CreateMeasureMutation = { createMeasure: { municipalityId: string | null, unitId: string | null, description: string, provider: MeasureProvider, providerName: string, targetGroup: string, hours: number, awardsCertificate: boolean, allowedTransitions: Array<MeasureStatus>, lendingUnitId: string | null, version: number, updatedAt: string, id: string, planId: string, title: string, strategy: MeasureStrategy, kind: MeasureKind, owner: string | null, places: number, startsOn: string, endsOn: string, status: MeasureStatus, cost: number, participantCount: number | null, lendingUnit: { id: string, name: string } | null, funding: Array<{ source: FundingSource, amount: number }>, targets: Array<{ competenceId: string, level: number, requirementId: string | null, competence: { id: string, name: string } }>, shares: Array<{ municipalityId: string, places: number, municipality: { id: string, name: string } }>, teachers: Array<{ municipalityId: string, competenceId: string, employeeId: string | null, name: string | null, unitName: string | null, municipality: { id: string, name: string }, competence: { id: string, name: string } }>, plan: { id: string, level: PlanLevel, municipalityId: string | null, unitId: string | null, year: number, half: number, periodLabel: string, startsOn: string, endsOn: string, title: string, status: PlanStatus, adoptedOn: string | null, adoptedByName: string | null, version: number, updatedAt: string, municipality: { id: string, name: string } | null, unit: { id: string, name: string } | null, totals: { measures: number, cancelledMeasures: number, places: number, participants: number, cost: number, funding: Array<{ source: FundingSource, amount: number }> } } } };

export type UpdateMeasureMutationVariables = Exact<{
  input: UpdateMeasureInput;
}>;


export type UpdateMeasureMutation = { updateMeasure: { municipalityId: string | null, unitId: string | null, description: string, provider: MeasureProvider, providerName: string, targetGroup: string, hours: number, awardsCertificate: boolean, allowedTransitions: Array<MeasureStatus>, lendingUnitId: string | null, version: number, updatedAt: string, id: string, planId: string, title: string, strategy: MeasureStrategy, kind: MeasureKind, owner: string | null, places: number, startsOn: string, endsOn: string, status: MeasureStatus, cost: number, participantCount: number | null, lendingUnit: { id: string, name: string } | null, funding: Array<{ source: FundingSource, amount: number }>, targets: Array<{ competenceId: string, level: number, requirementId: string | null, competence: { id: string, name: string } }>, shares: Array<{ municipalityId: string, places: number, municipality: { id: string, name: string } }>, teachers: Array<{ municipalityId: string, competenceId: string, employeeId: string | null, name: string | null, unitName: string | null, municipality: { id: string, name: string }, competence: { id: string, name: string } }>, plan: { id: string, level: PlanLevel, municipalityId: string | null, unitId: string | null, year: number, half: number, periodLabel: string, startsOn: string, endsOn: string, title: string, status: PlanStatus, adoptedOn: string | null, adoptedByName: string | null, version: number, updatedAt: string, municipality: { id: string, name: string } | null, unit: { id: string, name: string } | null, totals: { measures: number, cancelledMeasures: number, places: number, participants: number, cost: number, funding: Array<{ source: FundingSource, amount: number }> } } } };

export type ChangeMeasureStatusMutationVariables = Exact<{
  input: ChangeMeasureStatusInput;
}>;


export type ChangeMeasureStatusMutation = { changeMeasureStatus: { municipalityId: string | null, unitId: string | null, description: string, provider: MeasureProvider, providerName: string, targetGroup: string, hours: number, awardsCertificate: boolean, allowedTransitions: Array<MeasureStatus>, lendingUnitId: string | null, version: number, updatedAt: string, id: string, planId: string, title: string, strategy: MeasureStrategy, kind: MeasureKind, owner: string | null, places: number, startsOn: string, endsOn: string, status: MeasureStatus, cost: number, participantCount: number | null, lendingUnit: { id: string, name: string } | null, funding: Array<{ source: FundingSource, amount: number }>, targets: Array<{ competenceId: string, level: number, requirementId: string | null, competence: { id: string, name: string } }>, shares: Array<{ municipalityId: string, places: number, municipality: { id: string, name: string } }>, teachers: Array<{ municipalityId: string, competenceId: string, employeeId: string | null, name: string | null, unitName: string | null, municipality: { id: string, name: string }, competence: { id: string, name: string } }>, plan: { id: string, level: PlanLevel, municipalityId: string | null, unitId: string | null, year: number, half: number, periodLabel: string, startsOn: string, endsOn: string, title: string, status: PlanStatus, adoptedOn: string | null, adoptedByName: string | null, version: number, updatedAt: string, municipality: { id: string, name: string } | null, unit: { id: string, name: string } | null, totals: { measures: number, cancelledMeasures: number, places: number, participants: number, cost: number, funding: Array<{ source: FundingSource, amount: number }> } } } };

export type PlanFieldsFragment = { id: string, level: PlanLevel, municipalityId: string | null, unitId: string | null, year: number, half: number, periodLabel: string, startsOn: string, endsOn: string, title: string, status: PlanStatus, adoptedOn: string | null, adoptedByName: string | null, version: number, updatedAt: string, municipality: { id: string, name: string } | null, unit: { id: string, name: string } | null, totals: { measures: number, cancelledMeasures: number, places: number, participants: number, cost: number, funding: Array<{ source: FundingSource, amount: number }> } };

export type PlanMeasureSummaryFragment = { id: string, planId: string, title: string, strategy: MeasureStrategy, kind: MeasureKind, owner: string | null, places: number, startsOn: string, endsOn: string, status: MeasureStatus, cost: number, participantCount: number | null };

export type PlanMeasureFieldsFragment = { municipalityId: string | null, unitId: string | null, description: string, provider: MeasureProvider, providerName: string, targetGroup: string, hours: number, awardsCertificate: boolean, allowedTransitions: Array<MeasureStatus>, lendingUnitId: string | null, version: number, updatedAt: string, id: string, planId: string, title: string, strategy: MeasureStrategy, kind: MeasureKind, owner: string | null, places: number, startsOn: string, endsOn: string, status: MeasureStatus, cost: number, participantCount: number | null, lendingUnit: { id: string, name: string } | null, funding: Array<{ source: FundingSource, amount: number }>, targets: Array<{ competenceId: string, level: number, requirementId: string | null, competence: { id: string, name: string } }>, shares: Array<{ municipalityId: string, places: number, municipality: { id: string, name: string } }>, teachers: Array<{ municipalityId: string, competenceId: string, employeeId: string | null, name: string | null, unitName: string | null, municipality: { id: string, name: string }, competence: { id: string, name: string } }>, plan: { id: string, level: PlanLevel, municipalityId: string | null, unitId: string | null, year: number, half: number, periodLabel: string, startsOn: string, endsOn: string, title: string, status: PlanStatus, adoptedOn: string | null, adoptedByName: string | null, version: number, updatedAt: string, municipality: { id: string, name: string } | null, unit: { id: string, name: string } | null, totals: { measures: number, cancelledMeasures: number, places: number, participants: number, cost: number, funding: Array<{ source: FundingSource, amount: number }> } } };

export type ActionPlansQueryVariables = Exact<{
  filter?: ActionPlanFilter | null | undefined;
}>;


export type ActionPlansQuery = { actionPlans: Array<{ id: string, level: PlanLevel, municipalityId: string | null, unitId: string | null, year: number, half: number, periodLabel: string, startsOn: string, endsOn: string, title: string, status: PlanStatus, adoptedOn: string | null, adoptedByName: string | null, version: number, updatedAt: string, measures: Array<{ id: string, planId: string, title: string, strategy: MeasureStrategy, kind: MeasureKind, owner: string | null, places: number, startsOn: string, endsOn: string, status: MeasureStatus, cost: number, participantCount: number | null }>, municipality: { id: string, name: string } | null, unit: { id: string, name: string } | null, totals: { measures: number, cancelledMeasures: number, places: number, participants: number, cost: number, funding: Array<{ source: FundingSource, amount: number }> } }> };

export type ActionPlanQueryVariables = Exact<{
  id: string;
}>;


export type ActionPlanQuery = { actionPlan: { id: string, level: PlanLevel, municipalityId: string | null, unitId: string | null, year: number, half: number, periodLabel: string, startsOn: string, endsOn: string, title: string, status: PlanStatus, adoptedOn: string | null, adoptedByName: string | null, version: number, updatedAt: string, municipality: { id: string, name: string } | null, unit: { id: string, name: string } | null, totals: { measures: number, cancelledMeasures: number, places: number, participants: number, cost: number, funding: Array<{ source: FundingSource, amount: number }> } } | null };

export type PlanMeasureQueryVariables = Exact<{
  id: string;
}>;


export type PlanMeasureQuery = { measure: { municipalityId: string | null, unitId: string | null, description: string, provider: MeasureProvider, providerName: string, targetGroup: string, hours: number, awardsCertificate: boolean, allowedTransitions: Array<MeasureStatus>, lendingUnitId: string | null, version: number, updatedAt: string, id: string, planId: string, title: string, strategy: MeasureStrategy, kind: MeasureKind, owner: string | null, places: number, startsOn: string, endsOn: string, status: MeasureStatus, cost: number, participantCount: number | null, lendingUnit: { id: string, name: string } | null, funding: Array<{ source: FundingSource, amount: number }>, targets: Array<{ competenceId: string, level: number, requirementId: string | null, competence: { id: string, name: string } }>, shares: Array<{ municipalityId: string, places: number, municipality: { id: string, name: string } }>, teachers: Array<{ municipalityId: string, competenceId: string, employeeId: string | null, name: string | null, unitName: string | null, municipality: { id: string, name: string }, competence: { id: string, name: string } }>, plan: { id: string, level: PlanLevel, municipalityId: string | null, unitId: string | null, year: number, half: number, periodLabel: string, startsOn: string, endsOn: string, title: string, status: PlanStatus, adoptedOn: string | null, adoptedByName: string | null, version: number, updatedAt: string, municipality: { id: string, name: string } | null, unit: { id: string, name: string } | null, totals: { measures: number, cancelledMeasures: number, places: number, participants: number, cost: number, funding: Array<{ source: FundingSource, amount: number }> } } } | null };

export type MeasureDraftFieldsFragment = { title: string, description: string, strategy: MeasureStrategy, kind: MeasureKind, provider: MeasureProvider, targetGroup: string, places: number, startsOn: string, endsOn: string, awardsCertificate: boolean, lendingUnitId: string | null, expiringCount: number | null, plan: { planId: string | null, level: PlanLevel, municipalityId: string | null, unitId: string | null, year: number, half: number, periodLabel: string } | null, targets: Array<{ competenceId: string, level: number, requirementId: string | null, competence: { id: string, name: string } }> };

export type MeasureDraftFromGapQueryVariables = Exact<{
  requirementId: string;
  places?: number | null | undefined;
}>;


export type MeasureDraftFromGapQuery = { measureDraftFromGap: { title: string, description: string, strategy: MeasureStrategy, kind: MeasureKind, provider: MeasureProvider, targetGroup: string, places: number, startsOn: string, endsOn: string, awardsCertificate: boolean, lendingUnitId: string | null, expiringCount: number | null, plan: { planId: string | null, level: PlanLevel, municipalityId: string | null, unitId: string | null, year: number, half: number, periodLabel: string } | null, targets: Array<{ competenceId: string, level: number, requirementId: string | null, competence: { id: string, name: string } }> } | null };

export type MeasureDraftFromMobilisationQueryVariables = Exact<{
  input: MobilisationDraftInput;
  places?: number | null | undefined;
}>;


export type MeasureDraftFromMobilisationQuery = { measureDraftFromMobilisation: { title: string, description: string, strategy: MeasureStrategy, kind: MeasureKind, provider: MeasureProvider, targetGroup: string, places: number, startsOn: string, endsOn: string, awardsCertificate: boolean, lendingUnitId: string | null, expiringCount: number | null, plan: { planId: string | null, level: PlanLevel, municipalityId: string | null, unitId: string | null, year: number, half: number, periodLabel: string } | null, targets: Array<{ competenceId: string, level: number, requirementId: string | null, competence: { id: string, name: string } }> } | null };

export type MeasureDraftFromCertificatesQueryVariables = Exact<{
  input: ExpiringCertificatesDraftInput;
}>;


export type MeasureDraftFromCertificatesQuery = { measureDraftFromExpiringCertificates: { title: string, description: string, strategy: MeasureStrategy, kind: MeasureKind, provider: MeasureProvider, targetGroup: string, places: number, startsOn: string, endsOn: string, awardsCertificate: boolean, lendingUnitId: string | null, expiringCount: number | null, plan: { planId: string | null, level: PlanLevel, municipalityId: string | null, unitId: string | null, year: number, half: number, periodLabel: string } | null, targets: Array<{ competenceId: string, level: number, requirementId: string | null, competence: { id: string, name: string } }> } | null };

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
export const IndicatorFieldsFragmentDoc = new TypedDocumentString(`
    fragment IndicatorFields on Indicator {
  id
  name
  description
  source
  computedKind
  kostraCode
  unit
  decimals
  direction
  target
  countsPeople
  measures {
    id
    title
    status
    startsOn
    endsOn
  }
}
    `, {"fragmentName":"IndicatorFields"}) as unknown as TypedDocumentString<IndicatorFieldsFragment, unknown>;
export const SeriesFieldsFragmentDoc = new TypedDocumentString(`
    fragment SeriesFields on IndicatorSeries {
  scopeLevel
  scopeId
  scopeName
  median
  runs
  runsLower
  runsUpper
  rounded
  canEnter
  canSetBaseline
  baseline {
    kind
    fromPeriod
    toPeriod
    value
    measuredOn
  }
  points {
    period
    measuredOn
    value
    source
    enteredBy
    inBaseline
    inSignal
  }
  signals {
    kind
    direction
    periods
    sentence
  }
  indicator {
    ...IndicatorFields
  }
}
    fragment IndicatorFields on Indicator {
  id
  name
  description
  source
  computedKind
  kostraCode
  unit
  decimals
  direction
  target
  countsPeople
  measures {
    id
    title
    status
    startsOn
    endsOn
  }
}`, {"fragmentName":"SeriesFields"}) as unknown as TypedDocumentString<SeriesFieldsFragment, unknown>;
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
  expected {
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
export const MeasureParticipantFieldsFragmentDoc = new TypedDocumentString(`
    fragment MeasureParticipantFields on MeasureParticipant {
  id
  measureId
  employeeId
  fullName
  municipalityId
  municipalityName
  unitId
  unitName
  status
  outcomeOn
  developmentItemId
  version
}
    `, {"fragmentName":"MeasureParticipantFields"}) as unknown as TypedDocumentString<MeasureParticipantFieldsFragment, unknown>;
export const PlanMeasureSummaryFragmentDoc = new TypedDocumentString(`
    fragment PlanMeasureSummary on PlanMeasure {
  id
  planId
  title
  strategy
  kind
  owner
  places
  startsOn
  endsOn
  status
  cost
  participantCount
}
    `, {"fragmentName":"PlanMeasureSummary"}) as unknown as TypedDocumentString<PlanMeasureSummaryFragment, unknown>;
export const PlanFieldsFragmentDoc = new TypedDocumentString(`
    fragment PlanFields on ActionPlan {
  id
  level
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
  year
  half
  periodLabel
  startsOn
  endsOn
  title
  status
  adoptedOn
  adoptedByName
  version
  updatedAt
  totals {
    measures
    cancelledMeasures
    places
    participants
    cost
    funding {
      source
      amount
    }
  }
}
    `, {"fragmentName":"PlanFields"}) as unknown as TypedDocumentString<PlanFieldsFragment, unknown>;
export const PlanMeasureFieldsFragmentDoc = new TypedDocumentString(`
    fragment PlanMeasureFields on PlanMeasure {
  ...PlanMeasureSummary
  municipalityId
  unitId
  description
  provider
  providerName
  targetGroup
  hours
  awardsCertificate
  allowedTransitions
  lendingUnitId
  lendingUnit {
    id
    name
  }
  funding {
    source
    amount
  }
  targets {
    competenceId
    competence {
      id
      name
    }
    level
    requirementId
  }
  shares {
    municipalityId
    municipality {
      id
      name
    }
    places
  }
  teachers {
    municipalityId
    municipality {
      id
      name
    }
    competenceId
    competence {
      id
      name
    }
    employeeId
    name
    unitName
  }
  plan {
    ...PlanFields
  }
  version
  updatedAt
}
    fragment PlanFields on ActionPlan {
  id
  level
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
  year
  half
  periodLabel
  startsOn
  endsOn
  title
  status
  adoptedOn
  adoptedByName
  version
  updatedAt
  totals {
    measures
    cancelledMeasures
    places
    participants
    cost
    funding {
      source
      amount
    }
  }
}
fragment PlanMeasureSummary on PlanMeasure {
  id
  planId
  title
  strategy
  kind
  owner
  places
  startsOn
  endsOn
  status
  cost
  participantCount
}`, {"fragmentName":"PlanMeasureFields"}) as unknown as TypedDocumentString<PlanMeasureFieldsFragment, unknown>;
export const MeasureDraftFieldsFragmentDoc = new TypedDocumentString(`
    fragment MeasureDraftFields on MeasureDraft {
  plan {
    planId
    level
    municipalityId
    unitId
    year
    half
    periodLabel
  }
  title
  description
  strategy
  kind
  provider
  targetGroup
  places
  startsOn
  endsOn
  awardsCertificate
  lendingUnitId
  expiringCount
  targets {
    competenceId
    competence {
      id
      name
    }
    level
    requirementId
  }
}
    `, {"fragmentName":"MeasureDraftFields"}) as unknown as TypedDocumentString<MeasureDraftFieldsFragment, unknown>;
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
    pacePerWeek
    cycle {
      ...AppraisalCycleFields
    }
    pending {
      employeeId
      appraisalId
      status
      overdue
      urgency
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
      employeeId
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
export const IndicatorsDocument = new TypedDocumentString(`
    query Indicators {
  indicators {
    ...IndicatorFields
  }
}
    fragment IndicatorFields on Indicator {
  id
  name
  description
  source
  computedKind
  kostraCode
  unit
  decimals
  direction
  target
  countsPeople
  measures {
    id
    title
    status
    startsOn
    endsOn
  }
}`) as unknown as TypedDocumentString<IndicatorsQuery, IndicatorsQueryVariables>;
export const IndicatorSeriesDocument = new TypedDocumentString(`
    query IndicatorSeries($indicatorId: ID!, $scope: EvaluationScopeInput!) {
  indicatorSeries(indicatorId: $indicatorId, scope: $scope) {
    ...SeriesFields
  }
}
    fragment IndicatorFields on Indicator {
  id
  name
  description
  source
  computedKind
  kostraCode
  unit
  decimals
  direction
  target
  countsPeople
  measures {
    id
    title
    status
    startsOn
    endsOn
  }
}
fragment SeriesFields on IndicatorSeries {
  scopeLevel
  scopeId
  scopeName
  median
  runs
  runsLower
  runsUpper
  rounded
  canEnter
  canSetBaseline
  baseline {
    kind
    fromPeriod
    toPeriod
    value
    measuredOn
  }
  points {
    period
    measuredOn
    value
    source
    enteredBy
    inBaseline
    inSignal
  }
  signals {
    kind
    direction
    periods
    sentence
  }
  indicator {
    ...IndicatorFields
  }
}`) as unknown as TypedDocumentString<IndicatorSeriesQuery, IndicatorSeriesQueryVariables>;
export const SeptemberViewDocument = new TypedDocumentString(`
    query SeptemberView($input: SeptemberViewInput!) {
  septemberView(input: $input) {
    indicators {
      ...IndicatorFields
    }
    scopes {
      level
      id
      name
      cells {
        indicatorId
        baselineValue
        currentPeriod
        currentValue
        change
        improved
        signals
        rounded
      }
    }
  }
}
    fragment IndicatorFields on Indicator {
  id
  name
  description
  source
  computedKind
  kostraCode
  unit
  decimals
  direction
  target
  countsPeople
  measures {
    id
    title
    status
    startsOn
    endsOn
  }
}`) as unknown as TypedDocumentString<SeptemberViewQuery, SeptemberViewQueryVariables>;
export const RecordMeasurementDocument = new TypedDocumentString(`
    mutation RecordMeasurement($input: RecordMeasurementInput!) {
  recordMeasurement(input: $input) {
    ...SeriesFields
  }
}
    fragment IndicatorFields on Indicator {
  id
  name
  description
  source
  computedKind
  kostraCode
  unit
  decimals
  direction
  target
  countsPeople
  measures {
    id
    title
    status
    startsOn
    endsOn
  }
}
fragment SeriesFields on IndicatorSeries {
  scopeLevel
  scopeId
  scopeName
  median
  runs
  runsLower
  runsUpper
  rounded
  canEnter
  canSetBaseline
  baseline {
    kind
    fromPeriod
    toPeriod
    value
    measuredOn
  }
  points {
    period
    measuredOn
    value
    source
    enteredBy
    inBaseline
    inSignal
  }
  signals {
    kind
    direction
    periods
    sentence
  }
  indicator {
    ...IndicatorFields
  }
}`) as unknown as TypedDocumentString<RecordMeasurementMutation, RecordMeasurementMutationVariables>;
export const SetIndicatorBaselineDocument = new TypedDocumentString(`
    mutation SetIndicatorBaseline($input: SetBaselineInput!) {
  setIndicatorBaseline(input: $input) {
    ...SeriesFields
  }
}
    fragment IndicatorFields on Indicator {
  id
  name
  description
  source
  computedKind
  kostraCode
  unit
  decimals
  direction
  target
  countsPeople
  measures {
    id
    title
    status
    startsOn
    endsOn
  }
}
fragment SeriesFields on IndicatorSeries {
  scopeLevel
  scopeId
  scopeName
  median
  runs
  runsLower
  runsUpper
  rounded
  canEnter
  canSetBaseline
  baseline {
    kind
    fromPeriod
    toPeriod
    value
    measuredOn
  }
  points {
    period
    measuredOn
    value
    source
    enteredBy
    inBaseline
    inSignal
  }
  signals {
    kind
    direction
    periods
    sentence
  }
  indicator {
    ...IndicatorFields
  }
}`) as unknown as TypedDocumentString<SetIndicatorBaselineMutation, SetIndicatorBaselineMutationVariables>;
export const ImportMeasurementsDocument = new TypedDocumentString(`
    mutation ImportMeasurements($input: ImportMeasurementsInput!) {
  importMeasurements(input: $input) {
    recorded
  }
}
    `) as unknown as TypedDocumentString<ImportMeasurementsMutation, ImportMeasurementsMutationVariables>;
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
      expected {
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
  expected {
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
export const MeasureSignUpsDocument = new TypedDocumentString(`
    query MeasureSignUps($measureId: ID!) {
  measureSignUps(measureId: $measureId) {
    measureId
    places
    taken
    free
    municipalities {
      municipalityId
      municipalityName
      share
      free
      signedUp {
        value
        rounded
      }
      completed {
        value
        rounded
      }
      notCompleted {
        value
        rounded
      }
      withdrawn {
        value
        rounded
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeasureSignUpsQuery, MeasureSignUpsQueryVariables>;
export const MeasureParticipantsDocument = new TypedDocumentString(`
    query MeasureParticipants($measureId: ID!) {
  measureParticipants(measureId: $measureId) {
    ...MeasureParticipantFields
  }
  proposedParticipants(measureId: $measureId) {
    employeeId
    fullName
    unitName
    municipalityId
    reason
    competenceName
    targetLevel
    expiresOn
    developmentItemId
  }
}
    fragment MeasureParticipantFields on MeasureParticipant {
  id
  measureId
  employeeId
  fullName
  municipalityId
  municipalityName
  unitId
  unitName
  status
  outcomeOn
  developmentItemId
  version
}`) as unknown as TypedDocumentString<MeasureParticipantsQuery, MeasureParticipantsQueryVariables>;
export const SignUpParticipantsDocument = new TypedDocumentString(`
    mutation SignUpParticipants($input: SignUpParticipantsInput!) {
  signUpParticipants(input: $input) {
    ...MeasureParticipantFields
  }
}
    fragment MeasureParticipantFields on MeasureParticipant {
  id
  measureId
  employeeId
  fullName
  municipalityId
  municipalityName
  unitId
  unitName
  status
  outcomeOn
  developmentItemId
  version
}`) as unknown as TypedDocumentString<SignUpParticipantsMutation, SignUpParticipantsMutationVariables>;
export const WithdrawParticipantDocument = new TypedDocumentString(`
    mutation WithdrawParticipant($input: WithdrawParticipantInput!) {
  withdrawParticipant(input: $input) {
    ...MeasureParticipantFields
  }
}
    fragment MeasureParticipantFields on MeasureParticipant {
  id
  measureId
  employeeId
  fullName
  municipalityId
  municipalityName
  unitId
  unitName
  status
  outcomeOn
  developmentItemId
  version
}`) as unknown as TypedDocumentString<WithdrawParticipantMutation, WithdrawParticipantMutationVariables>;
export const RecordParticipantOutcomesDocument = new TypedDocumentString(`
    mutation RecordParticipantOutcomes($input: RecordParticipantOutcomesInput!) {
  recordParticipantOutcomes(input: $input) {
    completed
    notCompleted
    unchanged
    assessmentsAdded
    qualificationsAdded
  }
}
    `) as unknown as TypedDocumentString<RecordParticipantOutcomesMutation, RecordParticipantOutcomesMutationVariables>;
export const CreateActionPlanDocument = new TypedDocumentString(`
    mutation CreateActionPlan($input: CreateActionPlanInput!) {
  createActionPlan(input: $input) {
    ...PlanFields
  }
}
    fragment PlanFields on ActionPlan {
  id
  level
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
  year
  half
  periodLabel
  startsOn
  endsOn
  title
  status
  adoptedOn
  adoptedByName
  version
  updatedAt
  totals {
    measures
    cancelledMeasures
    places
    participants
    cost
    funding {
      source
      amount
    }
  }
}`) as unknown as TypedDocumentString<CreateActionPlanMutation, CreateActionPlanMutationVariables>;
export const AdoptActionPlanDocument = new TypedDocumentString(`
    mutation AdoptActionPlan($id: ID!, $version: Int!, $adoptedOn: String!) {
  adoptActionPlan(id: $id, version: $version, adoptedOn: $adoptedOn) {
    ...PlanFields
  }
}
    fragment PlanFields on ActionPlan {
  id
  level
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
  year
  half
  periodLabel
  startsOn
  endsOn
  title
  status
  adoptedOn
  adoptedByName
  version
  updatedAt
  totals {
    measures
    cancelledMeasures
    places
    participants
    cost
    funding {
      source
      amount
    }
  }
}`) as unknown as TypedDocumentString<AdoptActionPlanMutation, AdoptActionPlanMutationVariables>;
export const CloseActionPlanDocument = new TypedDocumentString(`
    mutation CloseActionPlan($id: ID!, $version: Int!) {
  closeActionPlan(id: $id, version: $version) {
    ...PlanFields
  }
}
    fragment PlanFields on ActionPlan {
  id
  level
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
  year
  half
  periodLabel
  startsOn
  endsOn
  title
  status
  adoptedOn
  adoptedByName
  version
  updatedAt
  totals {
    measures
    cancelledMeasures
    places
    participants
    cost
    funding {
      source
      amount
    }
  }
}`) as unknown as TypedDocumentString<CloseActionPlanMutation, CloseActionPlanMutationVariables>;
export const ReopenActionPlanDocument = new TypedDocumentString(`
    mutation ReopenActionPlan($id: ID!, $version: Int!) {
  reopenActionPlan(id: $id, version: $version) {
    ...PlanFields
  }
}
    fragment PlanFields on ActionPlan {
  id
  level
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
  year
  half
  periodLabel
  startsOn
  endsOn
  title
  status
  adoptedOn
  adoptedByName
  version
  updatedAt
  totals {
    measures
    cancelledMeasures
    places
    participants
    cost
    funding {
      source
      amount
    }
  }
}`) as unknown as TypedDocumentString<ReopenActionPlanMutation, ReopenActionPlanMutationVariables>;
export const CreateMeasureDocument = new TypedDocumentString(`
    mutation CreateMeasure($input: CreateMeasureInput!) {
  createMeasure(input: $input) {
    ...PlanMeasureFields
  }
}
    fragment PlanFields on ActionPlan {
  id
  level
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
  year
  half
  periodLabel
  startsOn
  endsOn
  title
  status
  adoptedOn
  adoptedByName
  version
  updatedAt
  totals {
    measures
    cancelledMeasures
    places
    participants
    cost
    funding {
      source
      amount
    }
  }
}
fragment PlanMeasureSummary on PlanMeasure {
  id
  planId
  title
  strategy
  kind
  owner
  places
  startsOn
  endsOn
  status
  cost
  participantCount
}
fragment PlanMeasureFields on PlanMeasure {
  ...PlanMeasureSummary
  municipalityId
  unitId
  description
  provider
  providerName
  targetGroup
  hours
  awardsCertificate
  allowedTransitions
  lendingUnitId
  lendingUnit {
    id
    name
  }
  funding {
    source
    amount
  }
  targets {
    competenceId
    competence {
      id
      name
    }
    level
    requirementId
  }
  shares {
    municipalityId
    municipality {
      id
      name
    }
    places
  }
  teachers {
    municipalityId
    municipality {
      id
      name
    }
    competenceId
    competence {
      id
      name
    }
    employeeId
    name
    unitName
  }
  plan {
    ...PlanFields
  }
  version
  updatedAt
}`) as unknown as TypedDocumentString<CreateMeasureMutation, CreateMeasureMutationVariables>;
export const UpdateMeasureDocument = new TypedDocumentString(`
    mutation UpdateMeasure($input: UpdateMeasureInput!) {
  updateMeasure(input: $input) {
    ...PlanMeasureFields
  }
}
    fragment PlanFields on ActionPlan {
  id
  level
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
  year
  half
  periodLabel
  startsOn
  endsOn
  title
  status
  adoptedOn
  adoptedByName
  version
  updatedAt
  totals {
    measures
    cancelledMeasures
    places
    participants
    cost
    funding {
      source
      amount
    }
  }
}
fragment PlanMeasureSummary on PlanMeasure {
  id
  planId
  title
  strategy
  kind
  owner
  places
  startsOn
  endsOn
  status
  cost
  participantCount
}
fragment PlanMeasureFields on PlanMeasure {
  ...PlanMeasureSummary
  municipalityId
  unitId
  description
  provider
  providerName
  targetGroup
  hours
  awardsCertificate
  allowedTransitions
  lendingUnitId
  lendingUnit {
    id
    name
  }
  funding {
    source
    amount
  }
  targets {
    competenceId
    competence {
      id
      name
    }
    level
    requirementId
  }
  shares {
    municipalityId
    municipality {
      id
      name
    }
    places
  }
  teachers {
    municipalityId
    municipality {
      id
      name
    }
    competenceId
    competence {
      id
      name
    }
    employeeId
    name
    unitName
  }
  plan {
    ...PlanFields
  }
  version
  updatedAt
}`) as unknown as TypedDocumentString<UpdateMeasureMutation, UpdateMeasureMutationVariables>;
export const ChangeMeasureStatusDocument = new TypedDocumentString(`
    mutation ChangeMeasureStatus($input: ChangeMeasureStatusInput!) {
  changeMeasureStatus(input: $input) {
    ...PlanMeasureFields
  }
}
    fragment PlanFields on ActionPlan {
  id
  level
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
  year
  half
  periodLabel
  startsOn
  endsOn
  title
  status
  adoptedOn
  adoptedByName
  version
  updatedAt
  totals {
    measures
    cancelledMeasures
    places
    participants
    cost
    funding {
      source
      amount
    }
  }
}
fragment PlanMeasureSummary on PlanMeasure {
  id
  planId
  title
  strategy
  kind
  owner
  places
  startsOn
  endsOn
  status
  cost
  participantCount
}
fragment PlanMeasureFields on PlanMeasure {
  ...PlanMeasureSummary
  municipalityId
  unitId
  description
  provider
  providerName
  targetGroup
  hours
  awardsCertificate
  allowedTransitions
  lendingUnitId
  lendingUnit {
    id
    name
  }
  funding {
    source
    amount
  }
  targets {
    competenceId
    competence {
      id
      name
    }
    level
    requirementId
  }
  shares {
    municipalityId
    municipality {
      id
      name
    }
    places
  }
  teachers {
    municipalityId
    municipality {
      id
      name
    }
    competenceId
    competence {
      id
      name
    }
    employeeId
    name
    unitName
  }
  plan {
    ...PlanFields
  }
  version
  updatedAt
}`) as unknown as TypedDocumentString<ChangeMeasureStatusMutation, ChangeMeasureStatusMutationVariables>;
export const ActionPlansDocument = new TypedDocumentString(`
    query ActionPlans($filter: ActionPlanFilter) {
  actionPlans(filter: $filter) {
    ...PlanFields
    measures {
      ...PlanMeasureSummary
    }
  }
}
    fragment PlanFields on ActionPlan {
  id
  level
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
  year
  half
  periodLabel
  startsOn
  endsOn
  title
  status
  adoptedOn
  adoptedByName
  version
  updatedAt
  totals {
    measures
    cancelledMeasures
    places
    participants
    cost
    funding {
      source
      amount
    }
  }
}
fragment PlanMeasureSummary on PlanMeasure {
  id
  planId
  title
  strategy
  kind
  owner
  places
  startsOn
  endsOn
  status
  cost
  participantCount
}`) as unknown as TypedDocumentString<ActionPlansQuery, ActionPlansQueryVariables>;
export const ActionPlanDocument = new TypedDocumentString(`
    query ActionPlan($id: ID!) {
  actionPlan(id: $id) {
    ...PlanFields
  }
}
    fragment PlanFields on ActionPlan {
  id
  level
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
  year
  half
  periodLabel
  startsOn
  endsOn
  title
  status
  adoptedOn
  adoptedByName
  version
  updatedAt
  totals {
    measures
    cancelledMeasures
    places
    participants
    cost
    funding {
      source
      amount
    }
  }
}`) as unknown as TypedDocumentString<ActionPlanQuery, ActionPlanQueryVariables>;
export const PlanMeasureDocument = new TypedDocumentString(`
    query PlanMeasure($id: ID!) {
  measure(id: $id) {
    ...PlanMeasureFields
  }
}
    fragment PlanFields on ActionPlan {
  id
  level
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
  year
  half
  periodLabel
  startsOn
  endsOn
  title
  status
  adoptedOn
  adoptedByName
  version
  updatedAt
  totals {
    measures
    cancelledMeasures
    places
    participants
    cost
    funding {
      source
      amount
    }
  }
}
fragment PlanMeasureSummary on PlanMeasure {
  id
  planId
  title
  strategy
  kind
  owner
  places
  startsOn
  endsOn
  status
  cost
  participantCount
}
fragment PlanMeasureFields on PlanMeasure {
  ...PlanMeasureSummary
  municipalityId
  unitId
  description
  provider
  providerName
  targetGroup
  hours
  awardsCertificate
  allowedTransitions
  lendingUnitId
  lendingUnit {
    id
    name
  }
  funding {
    source
    amount
  }
  targets {
    competenceId
    competence {
      id
      name
    }
    level
    requirementId
  }
  shares {
    municipalityId
    municipality {
      id
      name
    }
    places
  }
  teachers {
    municipalityId
    municipality {
      id
      name
    }
    competenceId
    competence {
      id
      name
    }
    employeeId
    name
    unitName
  }
  plan {
    ...PlanFields
  }
  version
  updatedAt
}`) as unknown as TypedDocumentString<PlanMeasureQuery, PlanMeasureQueryVariables>;
export const MeasureDraftFromGapDocument = new TypedDocumentString(`
    query MeasureDraftFromGap($requirementId: ID!, $places: Int) {
  measureDraftFromGap(requirementId: $requirementId, places: $places) {
    ...MeasureDraftFields
  }
}
    fragment MeasureDraftFields on MeasureDraft {
  plan {
    planId
    level
    municipalityId
    unitId
    year
    half
    periodLabel
  }
  title
  description
  strategy
  kind
  provider
  targetGroup
  places
  startsOn
  endsOn
  awardsCertificate
  lendingUnitId
  expiringCount
  targets {
    competenceId
    competence {
      id
      name
    }
    level
    requirementId
  }
}`) as unknown as TypedDocumentString<MeasureDraftFromGapQuery, MeasureDraftFromGapQueryVariables>;
export const MeasureDraftFromMobilisationDocument = new TypedDocumentString(`
    query MeasureDraftFromMobilisation($input: MobilisationDraftInput!, $places: Int) {
  measureDraftFromMobilisation(input: $input, places: $places) {
    ...MeasureDraftFields
  }
}
    fragment MeasureDraftFields on MeasureDraft {
  plan {
    planId
    level
    municipalityId
    unitId
    year
    half
    periodLabel
  }
  title
  description
  strategy
  kind
  provider
  targetGroup
  places
  startsOn
  endsOn
  awardsCertificate
  lendingUnitId
  expiringCount
  targets {
    competenceId
    competence {
      id
      name
    }
    level
    requirementId
  }
}`) as unknown as TypedDocumentString<MeasureDraftFromMobilisationQuery, MeasureDraftFromMobilisationQueryVariables>;
export const MeasureDraftFromCertificatesDocument = new TypedDocumentString(`
    query MeasureDraftFromCertificates($input: ExpiringCertificatesDraftInput!) {
  measureDraftFromExpiringCertificates(input: $input) {
    ...MeasureDraftFields
  }
}
    fragment MeasureDraftFields on MeasureDraft {
  plan {
    planId
    level
    municipalityId
    unitId
    year
    half
    periodLabel
  }
  title
  description
  strategy
  kind
  provider
  targetGroup
  places
  startsOn
  endsOn
  awardsCertificate
  lendingUnitId
  expiringCount
  targets {
    competenceId
    competence {
      id
      name
    }
    level
    requirementId
  }
}`) as unknown as TypedDocumentString<MeasureDraftFromCertificatesQuery, MeasureDraftFromCertificatesQueryVariables>;
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