import { INNLANDET, LARGEST, type RealMunicipality, SIZE_CLASSES } from './municipality-sizes';

export const SCALES = ['demo', 'county', 'national'] as const;
export type ScaleName = (typeof SCALES)[number];

/** What each scale aims at (docs/benchmarks.md): municipalities and employees in one region. */
export const SCALE_TARGETS: Record<ScaleName, { municipalities: number; employees: number }> = {
  demo: { municipalities: 5, employees: 2_500 },
  county: { municipalities: 40, employees: 41_000 },
  national: { municipalities: 356, employees: 400_000 },
};

/** A demo municipality that is cloned: its number and how many employees it has. */
export interface Template {
  number: string;
  employees: number;
}

/** One municipality of the generated region: `copies` clones of the template's staff. */
export interface PlannedMunicipality {
  number: string;
  name: string;
  inhabitants: number;
  template: string;
  copies: number;
}

/** The real municipalities of a scale, the demo five first (they exist already). */
export function municipalitiesOf(scale: ScaleName): RealMunicipality[] {
  if (scale === 'demo') return INNLANDET.slice(0, 5);
  if (scale === 'county') return INNLANDET.slice(0, SCALE_TARGETS.county.municipalities);
  const spread: RealMunicipality[] = [];
  let number = 9001;
  for (const [smallest, largest, count] of SIZE_CLASSES) {
    for (let i = 0; i < count; i += 1) {
      // evenly on a log scale from the largest to the smallest of the class
      const share = count === 1 ? 0 : i / (count - 1);
      const inhabitants = Math.round(largest * (smallest / largest) ** share);
      spread.push({ number: String(number), name: `Kommune ${number}`, inhabitants });
      number += 1;
    }
  }
  return [...INNLANDET, ...LARGEST, ...spread];
}

function assign(
  employees: number,
  templates: readonly Template[],
): { template: Template; copies: number } {
  // the largest template that fits, else the smallest; then as many copies as make the size
  const bySize = [...templates].sort((a, b) => a.employees - b.employees);
  const template = [...bySize].reverse().find((t) => t.employees <= employees) ?? bySize[0];
  return { template, copies: Math.max(1, Math.round(employees / template.employees)) };
}

/**
 * The municipalities of a scale with the template each is cloned from and how many copies of
 * its staff make its size. Employees are proportional to inhabitants, with one factor chosen
 * so the region's total comes as close as whole copies allow to the scale's target. The
 * templates (the demo municipalities) keep their own staff: one copy of themselves.
 */
export function planScale(scale: ScaleName, templates: readonly Template[]): PlannedMunicipality[] {
  const real = municipalitiesOf(scale);
  const own = new Map(templates.map((t) => [t.number, t]));
  const others = real.filter((m) => !own.has(m.number));
  const fixed = templates.reduce((sum, t) => sum + t.employees, 0);
  const wanted = SCALE_TARGETS[scale].employees - fixed;
  const total = (factor: number) =>
    others.reduce((sum, m) => {
      const { template, copies } = assign(m.inhabitants * factor, templates);
      return sum + template.employees * copies;
    }, 0);
  let low = 0;
  let high = 1;
  for (let i = 0; i < 60; i += 1) {
    const middle = (low + high) / 2;
    if (total(middle) < wanted) low = middle;
    else high = middle;
  }
  const factor = Math.abs(total(low) - wanted) <= Math.abs(total(high) - wanted) ? low : high;
  return real.map((m) => {
    const template = own.get(m.number);
    if (template) return { ...m, template: template.number, copies: 1 };
    const assigned = assign(m.inhabitants * factor, templates);
    return { ...m, template: assigned.template.number, copies: assigned.copies };
  });
}
