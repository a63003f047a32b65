// Random but reproducible organisations for agreement tests: the SQL version of the gap
// engine and computeGaps must give the same figures on whatever this produces. The data is
// deliberately awkward rather than realistic: inactive staff, 0 % and 33,33 % positions,
// people at and past retirement age, several holdings rows per competence, certificates that
// have lapsed or lapse before a horizon, overdue planned completions, horizons in the past,
// requirements of zero, and both measures.

import { createRandom, type Random } from '../deterministic-random';
import type {
  GapEmployee,
  GapHolding,
  GapInput,
  GapRequirement,
  Measure,
  PlannedCompletion,
  Priority,
} from '../gap-analysis';
import { addDays, addYears, type IsoDate, yearOf } from '../iso-date';
import type { Municipality, OrgUnit } from '../organisation-tree';

export interface OrganisationSizes {
  regions: number;
  municipalities: number;
  unitsPerMunicipality: number;
  employees: number;
  competences: number;
  requirements: number;
  plannedCompletions: number;
}

export const DEFAULT_ORGANISATION_SIZES: OrganisationSizes = {
  regions: 1,
  municipalities: 3,
  unitsPerMunicipality: 8,
  employees: 200,
  competences: 5,
  requirements: 40,
  plannedCompletions: 40,
};

export interface RandomOrganisation extends GapInput {
  today: IsoDate;
  competenceIds: string[];
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function checkSizes(sizes: OrganisationSizes): void {
  for (const [name, value] of Object.entries(sizes)) {
    if (!Number.isInteger(value) || value < 0)
      throw new RangeError(`${name} must be a whole number >= 0`);
  }
  for (const name of [
    'regions',
    'municipalities',
    'unitsPerMunicipality',
    'competences',
  ] as const) {
    if (sizes[name] < 1) throw new RangeError(`${name} must be at least 1`);
  }
}

function randomValidUntil(random: Random, today: IsoDate): IsoDate | null {
  // Mostly open-ended; otherwise anything from lapsed last year to five years ahead.
  return random.chance(0.55) ? null : addDays(today, random.int(-365, 5 * 365));
}

export function generateOrganisation(
  seed: number | string,
  sizes: Partial<OrganisationSizes> = {},
): RandomOrganisation {
  const s: OrganisationSizes = { ...DEFAULT_ORGANISATION_SIZES, ...sizes };
  checkSizes(s);
  const random = createRandom(seed);
  const today = addDays('2026-01-01', random.int(0, 364));

  const municipalities: Municipality[] = [];
  const units: OrgUnit[] = [];
  for (let m = 0; m < s.municipalities; m += 1) {
    const municipalityId = `m${pad(m, 2)}`;
    municipalities.push({ id: municipalityId, regionId: `region-${(m % s.regions) + 1}` });
    const own: string[] = [];
    for (let u = 0; u < s.unitsPerMunicipality; u += 1) {
      const id = `${municipalityId}-u${pad(u, 3)}`;
      // The first unit is the root; each later one hangs below an earlier one, which gives
      // trees of every shape from a chain to a star.
      units.push({ id, parentId: u === 0 ? null : random.pick(own), municipalityId });
      own.push(id);
    }
  }

  const competenceIds = Array.from({ length: s.competences }, (_, i) => `c${pad(i, 2)}`);
  const year = yearOf(today);

  const employees: GapEmployee[] = [];
  const holdings: GapHolding[] = [];
  for (let i = 0; i < s.employees; i += 1) {
    const id = `e${pad(i, 5)}`;
    employees.push({
      id,
      unitId: random.pick(units).id,
      fte: random.weightedPick([
        { value: 100, weight: 30 },
        { value: 80, weight: 15 },
        { value: 75, weight: 10 },
        { value: 60, weight: 8 },
        { value: 50, weight: 10 },
        { value: 33.33, weight: 5 },
        { value: 20, weight: 5 },
        { value: 12.5, weight: 3 },
        { value: 0, weight: 4 }, // on-call staff without a fixed position
      ]),
      // 19 to 72 years old this year: some have passed retirement age and still work.
      birthYear: random.int(year - 72, year - 19),
      active: random.chance(0.9),
    });
    for (const competenceId of competenceIds) {
      if (!random.chance(0.5)) continue;
      holdings.push({
        employeeId: id,
        competenceId,
        level: random.int(0, 4),
        validUntil: randomValidUntil(random, today),
      });
      if (random.chance(0.15)) {
        holdings.push({
          employeeId: id,
          competenceId,
          level: random.int(0, 4),
          validUntil: randomValidUntil(random, today),
        });
      }
    }
  }

  const plannedCompletions: PlannedCompletion[] = [];
  for (let i = 0; i < s.plannedCompletions && employees.length > 0; i += 1) {
    plannedCompletions.push({
      employeeId: random.pick(employees).id,
      competenceId: random.pick(competenceIds),
      level: random.int(1, 4),
      // Some are overdue, some lie beyond every horizon.
      expectedDate: addDays(today, random.int(-90, 4 * 365)),
    });
  }

  const priorities: Priority[] = ['CRITICAL', 'IMPORTANT', 'DESIRABLE'];
  const requirements: GapRequirement[] = [];
  for (let i = 0; i < s.requirements; i += 1) {
    const measure: Measure = random.chance(0.5) ? 'FTE' : 'HEADCOUNT';
    requirements.push({
      id: `r${pad(i, 4)}`,
      unitId: random.pick(units).id,
      competenceId: random.pick(competenceIds),
      minLevel: random.int(1, 4),
      // FTE in quarter steps up to 10, headcount up to 12; zero now and then.
      required: measure === 'FTE' ? random.int(0, 40) / 4 : random.int(0, 12),
      measure,
      horizonDate: random.weightedPick([
        { value: today, weight: 3 },
        { value: addYears(today, 1), weight: 3 },
        { value: addYears(today, 3), weight: 3 },
        { value: addDays(today, -30), weight: 1 },
      ]),
      priority: random.pick(priorities),
    });
  }

  return {
    today,
    competenceIds,
    municipalities,
    units,
    employees,
    holdings,
    plannedCompletions,
    requirements,
  };
}
