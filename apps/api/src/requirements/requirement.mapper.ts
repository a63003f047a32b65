import { professionName } from '@kp/domain';
import { type HorizonDates, requirementDate } from './horizons';
import type { Requirement, StaffingRequirement } from './models/requirement.model';
import type { RequirementRow, StaffingRequirementRow } from './requirements.repository';

export function toRequirement(row: RequirementRow, dates: HorizonDates): Requirement {
  return {
    id: row.id,
    unitId: row.unitId,
    municipalityId: row.municipalityId,
    competenceId: row.competenceId,
    minLevel: row.minLevel,
    required: row.required,
    measure: row.measure,
    horizon: row.horizon,
    targetDate: row.targetDate,
    horizonDate: requirementDate(row, dates),
    priority: row.priority,
    rationaleKind: row.rationaleKind,
    rationale: row.rationale,
    reference: row.reference,
    templateId: row.templateId,
    version: row.version,
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

export function toStaffingRequirement(
  row: StaffingRequirementRow,
  dates: HorizonDates,
): StaffingRequirement {
  return {
    id: row.id,
    unitId: row.unitId,
    municipalityId: row.municipalityId,
    professionCode: row.professionCode,
    professionName: professionName(row.professionCode),
    requiredFte: row.requiredFte,
    horizon: row.horizon,
    targetDate: row.targetDate,
    horizonDate: requirementDate(row, dates),
    priority: row.priority,
    rationaleKind: row.rationaleKind,
    rationale: row.rationale,
    reference: row.reference,
    templateId: row.templateId,
    version: row.version,
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}
