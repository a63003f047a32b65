import type { HalfYear } from '@kp/domain';

// The half-year itself (which one a date lies in, its first and last day) is the domain's
// (`halfYearOf`, `halfYearDates`); this adds what the pages need: the address, the picker.
export type { HalfYear };

/** `steps` half-years later (earlier when negative). */
export function shiftHalfYear({ year, half }: HalfYear, steps: number): HalfYear {
  const index = year * 2 + (half - 1) + steps;
  return { year: Math.floor(index / 2), half: index % 2 === 0 ? 1 : 2 };
}

export function sameHalfYear(a: HalfYear, b: HalfYear): boolean {
  return a.year === b.year && a.half === b.half;
}

/** How the address writes a half-year: `2026-2`. */
export function halfYearSlug({ year, half }: HalfYear): string {
  return `${year}-${half}`;
}

export function parseHalfYear(slug: string | null | undefined): HalfYear | null {
  const match = /^(\d{4})-([12])$/.exec(slug ?? '');
  if (!match) return null;
  return { year: Number(match[1]), half: match[2] === '1' ? 1 : 2 };
}

/** The half-years a picker offers: a year back and a year ahead of the current one. */
export function halfYearChoices(current: HalfYear, before = 2, after = 2): HalfYear[] {
  const choices: HalfYear[] = [];
  for (let step = -before; step <= after; step += 1) choices.push(shiftHalfYear(current, step));
  return choices;
}
