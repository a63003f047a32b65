import type { AppraisalContentValues, DevelopmentWay as DomainDevelopmentWay } from '@kp/domain';
import type {
  AmendmentRow,
  AppraisalCycleRow,
  AppraisalRecord,
  DevelopmentItemRow,
} from './appraisal.rows';
import { type AppraisalContent, DevelopmentWay } from './models/appraisal-content.model';
import { AppraisalCycle, AppraisalCycleStatus } from './models/appraisal-cycle.model';
import type { Appraisal, AppraisalAmendment } from './models/appraisal.model';
import type { DevelopmentItem } from './models/development-item.model';

// The edge between the domain's appraisal content (@kp/domain, plain string unions) and the
// GraphQL types: the domain's development ways become the API's enum here.
const DEVELOPMENT_WAY: Record<DomainDevelopmentWay, DevelopmentWay> = {
  COURSE: DevelopmentWay.COURSE,
  FURTHER_EDUCATION: DevelopmentWay.FURTHER_EDUCATION,
  HOSPITATION: DevelopmentWay.HOSPITATION,
  E_LEARNING: DevelopmentWay.E_LEARNING,
  OWN_TIME: DevelopmentWay.OWN_TIME,
};

export function toDevelopmentWay(way: DomainDevelopmentWay): DevelopmentWay {
  return DEVELOPMENT_WAY[way];
}

export function cycleStatus(cycle: { opensOn: string; closesOn: string }, today: string) {
  if (today < cycle.opensOn) return AppraisalCycleStatus.UPCOMING;
  return today > cycle.closesOn ? AppraisalCycleStatus.CLOSED : AppraisalCycleStatus.OPEN;
}

export function toCycle(row: AppraisalCycleRow, today: string): AppraisalCycle {
  return {
    id: row.id,
    municipalityId: row.municipalityId,
    name: row.name,
    opensOn: row.opensOn,
    closesOn: row.closesOn,
    status: cycleStatus(row, today),
    version: row.version,
  };
}

/** Copies, so the GraphQL object never shares arrays with rows kept elsewhere. */
export function toContent(content: AppraisalContentValues): AppraisalContent {
  return {
    ...content,
    selfDeclarations: content.selfDeclarations.map((line) => ({ ...line })),
    teachingTopicIds: [...content.teachingTopicIds],
    developmentWishes: content.developmentWishes.map((line) => ({ ...line })),
    preferredWays: content.preferredWays.map(toDevelopmentWay),
    agreedActions: content.agreedActions.map((line) => ({ ...line })),
    leaderAssessments: content.leaderAssessments.map((line) => ({ ...line })),
  };
}

export function toAppraisal(record: AppraisalRecord): Appraisal {
  return {
    id: record.id,
    cycleId: record.cycleId,
    employeeId: record.employeeId,
    status: record.status,
    content: toContent(record.content),
    version: record.version,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    updatedByName: record.updatedByName,
    completedAt: record.completedAt ? record.completedAt.toISOString() : null,
    completedByName: record.completedByName,
  };
}

export function toAmendment(row: AmendmentRow): AppraisalAmendment {
  return {
    id: row.id,
    note: row.note,
    before: toContent(row.before),
    after: toContent(row.after),
    amendedAt: row.amendedAt.toISOString(),
    amendedByName: row.amendedByName,
  };
}

export function toDevelopmentItem(row: DevelopmentItemRow): DevelopmentItem {
  return {
    id: row.id,
    employeeId: row.employeeId,
    appraisalId: row.appraisalId,
    kind: row.kind,
    competenceId: row.competenceId,
    targetLevel: row.targetLevel,
    description: row.description,
    dueOn: row.dueOn,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The record as JSON for the audit log and for a conflict's extensions. */
export function snapshot(record: AppraisalRecord) {
  return {
    id: record.id,
    cycleId: record.cycleId,
    employeeId: record.employeeId,
    status: record.status,
    version: record.version,
    updatedAt: record.updatedAt.toISOString(),
    updatedByName: record.updatedByName,
    completedAt: record.completedAt ? record.completedAt.toISOString() : null,
    completedByName: record.completedByName,
    content: record.content,
  };
}
