import { allowedMeasureTransitions, halfYearDates, halfYearLabel, measureCost } from '@kp/domain';
import type { ActionPlan } from './models/action-plan.model';
import type { PlanMeasure } from './models/measure.model';
import { MeasureStatus } from './plan.enums';
import type { MeasureChildren } from './plans.repository';
import type { MeasureRow, PlanRow } from './plans.rows';

export function toPlan(row: PlanRow): ActionPlan {
  const period = { year: row.year, half: row.half };
  const { startsOn, endsOn } = halfYearDates(period);
  return {
    id: row.id,
    level: row.level,
    municipalityId: row.municipalityId,
    unitId: row.unitId,
    year: row.year,
    half: row.half,
    periodLabel: halfYearLabel(period),
    startsOn,
    endsOn,
    title: row.title,
    status: row.status,
    adoptedOn: row.adoptedOn,
    adoptedByName: row.adoptedByName,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Measures with their children (from one batch read). */
export function toMeasures(
  measureRows: readonly MeasureRow[],
  children: MeasureChildren,
  minGroupSize: number,
): PlanMeasure[] {
  const of = <T extends { measureId: string }>(list: readonly T[], id: string) =>
    list.filter((row) => row.measureId === id);
  return measureRows.map((row) => {
    const funding = of(children.funding, row.id).map(({ source, amount }) => ({ source, amount }));
    const counts = of(children.participants, row.id);
    return {
      id: row.id,
      planId: row.planId,
      municipalityId: row.municipalityId,
      unitId: row.unitId,
      title: row.title,
      description: row.description,
      strategy: row.strategy,
      kind: row.kind,
      provider: row.provider,
      providerName: row.providerName,
      targetGroup: row.targetGroup,
      owner: row.owner,
      places: row.places,
      hours: row.hours,
      startsOn: row.startsOn,
      endsOn: row.endsOn,
      awardsCertificate: row.awardsCertificate,
      status: row.status,
      allowedTransitions: allowedMeasureTransitions(row.status).map((s) => s as MeasureStatus),
      lendingUnitId: row.lendingUnitId,
      cost: measureCost(funding),
      funding,
      targets: of(children.targets, row.id).map(({ competenceId, level, requirementId }) => ({
        competenceId,
        level,
        requirementId,
      })),
      shares: of(children.shares, row.id).map(({ municipalityId, places }) => ({
        municipalityId,
        places,
        participants:
          counts.find((count) => count.municipalityId === municipalityId)?.participants ?? 0,
      })),
      teachers: of(children.teachers, row.id).map((teacher) => ({
        municipalityId: teacher.municipalityId,
        competenceId: teacher.competenceId,
        employeeId: teacher.employeeId,
        name: teacher.name,
        unitName: teacher.unitName,
      })),
      participants: counts.reduce((sum, count) => sum + count.participants, 0),
      minGroupSize,
      version: row.version,
      updatedAt: row.updatedAt.toISOString(),
    };
  });
}

/** A count as a reader without personal-data access sees it: none or at least k, else hidden. */
export function shownCount(count: number, minGroupSize: number, names: boolean): number | null {
  return names || count === 0 || count >= minGroupSize ? count : null;
}

/** The fields a user edits, as the conflict shows "theirs" (the saved version). */
export function editableMeasure(measure: PlanMeasure, names: boolean): Record<string, unknown> {
  return {
    id: measure.id,
    version: measure.version,
    title: measure.title,
    description: measure.description,
    strategy: measure.strategy,
    kind: measure.kind,
    provider: measure.provider,
    providerName: measure.providerName,
    targetGroup: measure.targetGroup,
    owner: names ? measure.owner : null,
    places: measure.places,
    hours: measure.hours,
    startsOn: measure.startsOn,
    endsOn: measure.endsOn,
    awardsCertificate: measure.awardsCertificate,
    status: measure.status,
    lendingUnitId: measure.lendingUnitId,
    funding: measure.funding,
    targets: measure.targets,
    shares: measure.shares.map(({ municipalityId, places }) => ({ municipalityId, places })),
    teachers: measure.teachers.map(({ employeeId, competenceId }) => ({
      employeeId: names ? employeeId : null,
      competenceId,
    })),
    updatedAt: measure.updatedAt,
  };
}

export function editablePlan(plan: ActionPlan): Record<string, unknown> {
  return {
    id: plan.id,
    version: plan.version,
    title: plan.title,
    status: plan.status,
    adoptedOn: plan.adoptedOn,
    updatedAt: plan.updatedAt,
  };
}
