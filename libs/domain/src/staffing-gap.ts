import { assertIsoDate, yearOf, type IsoDate } from './iso-date';
import { DEFAULT_RETIREMENT_AGE, FTE_UNITS, fteGapFigures, type Priority } from './gap-analysis';

/**
 * Staffing gaps (bemanning): årsverk of one profession a unit needs at a horizon, against the
 * årsverk of that profession in the unit and everything below it who are still there then.
 * The same rules as competence requirements measured in FTE, with the profession (STYRK-08)
 * in place of a competence level: active employees count, people who reach the retirement age
 * before a horizon after today do not, and a surplus is never netted against a gap elsewhere.
 */

export interface StaffingRequirementInput {
  id: string;
  unitId: string;
  professionCode: string;
  /** Årsverk, e.g. 12.5. */
  requiredFte: number;
  horizonDate: IsoDate;
  priority: Priority;
}

export interface StaffingEmployee {
  id: string;
  /** The employee's unit and every unit above it, top first. */
  unitPath: readonly string[];
  professionCode: string | null;
  /** Stillingsprosent, 0–100. */
  fte: number;
  birthYear: number | null;
  active: boolean;
}

export interface StaffingFigures {
  retirementAge: number;
  staffHeadcount: number;
  /** Årsverk, rounded to 2 decimals. */
  staffFte: number;
  gap: number;
  surplus: number;
  /** staff / required, rounded to 4 decimals; null when nothing is required. */
  coverage: number | null;
}

export interface StaffingGap extends StaffingFigures {
  staffingRequirementId: string;
  unitId: string;
  professionCode: string;
  requiredFte: number;
  horizonDate: IsoDate;
  priority: Priority;
  /** The same figures under the early retirement age, or null. */
  earlyRetirement: StaffingFigures | null;
}

/** Gone by the horizon: the age reached in the horizon's year, for a horizon after today. */
export function retiresBy(
  birthYear: number | null,
  horizonDate: IsoDate,
  today: IsoDate,
  retirementAge: number,
): boolean {
  return (
    horizonDate > today && birthYear !== null && yearOf(horizonDate) - birthYear >= retirementAge
  );
}

/** The figures of one requirement from the staff counted for it. */
export function staffingFigures(
  requiredFte: number,
  staff: { headcount: number; fteUnits: number },
  retirementAge: number,
): StaffingFigures {
  const figures = fteGapFigures(Math.round(requiredFte * FTE_UNITS), staff.fteUnits);
  return {
    retirementAge,
    staffHeadcount: staff.headcount,
    staffFte: figures.holders,
    gap: figures.gap,
    surplus: figures.surplus,
    coverage: figures.coverage,
  };
}

/**
 * Staffing gaps person by person: the rule the API's SQL is checked against
 * (apps/api/test/staffing-gaps.int-spec.ts).
 */
export function computeStaffingGaps(
  requirements: readonly StaffingRequirementInput[],
  employees: readonly StaffingEmployee[],
  settings: { today: IsoDate; retirementAge?: number; earlyRetirementAge?: number | null },
): StaffingGap[] {
  assertIsoDate(settings.today, 'settings.today');
  const age = settings.retirementAge ?? DEFAULT_RETIREMENT_AGE;
  const earlyAge = settings.earlyRetirementAge ?? null;
  const figuresAt = (r: StaffingRequirementInput, retirementAge: number): StaffingFigures => {
    let headcount = 0;
    let fteUnits = 0;
    for (const e of employees) {
      if (!e.active || e.professionCode !== r.professionCode) continue;
      if (!e.unitPath.includes(r.unitId)) continue;
      if (retiresBy(e.birthYear, r.horizonDate, settings.today, retirementAge)) continue;
      headcount += 1;
      fteUnits += Math.round(e.fte * 100);
    }
    return staffingFigures(r.requiredFte, { headcount, fteUnits }, retirementAge);
  };
  return requirements.map((r) => {
    assertIsoDate(r.horizonDate, 'horizonDate');
    if (!(r.requiredFte > 0)) throw new RangeError(`requirement ${r.id}: requiredFte must be > 0`);
    return {
      staffingRequirementId: r.id,
      unitId: r.unitId,
      professionCode: r.professionCode,
      requiredFte: r.requiredFte,
      horizonDate: r.horizonDate,
      priority: r.priority,
      ...figuresAt(r, age),
      earlyRetirement: earlyAge === null ? null : figuresAt(r, earlyAge),
    };
  });
}
