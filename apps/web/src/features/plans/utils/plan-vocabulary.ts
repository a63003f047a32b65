/**
 * The plans' fixed lists in the order the pages show them. The API's enums are the same
 * strings; the Norwegian names are in the message files (`plans.strategy.ACQUIRE` …).
 */
export const STRATEGIES = ['ACQUIRE', 'DEVELOP', 'MOBILISE', 'PHASE_OUT'] as const;
export type Strategy = (typeof STRATEGIES)[number];

export const MEASURE_KINDS = [
  'COURSE',
  'FURTHER_EDUCATION',
  'HOSPITATION',
  'E_LEARNING',
  'PROFESSIONAL_DAY',
  'NETWORK',
  'RECRUITMENT',
  'JOB_ROTATION',
  'KNOWLEDGE_SHARING',
  'CERTIFICATE_RENEWAL',
] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export const PROVIDERS = [
  'OWN_STAFF',
  'OTHER_MUNICIPALITY',
  'HOSPITAL',
  'UNIVERSITY_COLLEGE',
] as const;
export type Provider = (typeof PROVIDERS)[number];

export const FUNDING_SOURCES = ['OWN_BUDGET', 'COMPETENCE_GRANT', 'OTHER'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

export const MEASURE_STATUSES = ['PLANNED', 'OPEN', 'RUNNING', 'COMPLETED', 'CANCELLED'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export const PLAN_STATUSES = ['DRAFT', 'ADOPTED', 'CLOSED'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
