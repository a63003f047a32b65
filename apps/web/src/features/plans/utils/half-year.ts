import { isoDateFromParts, type IsoDate } from '@kp/domain';

/** A plan's period: the first (January–June) or second (July–December) half of a year. */
export interface HalfYear {
  year: number;
  half: 1 | 2;
}

export function halfYearOf(date: IsoDate): HalfYear {
  return { year: Number(date.slice(0, 4)), half: Number(date.slice(5, 7)) <= 6 ? 1 : 2 };
}

/** The first and last day of the half-year (both inclusive). */
export function halfYearRange({ year, half }: HalfYear): { start: IsoDate; end: IsoDate } {
  return half === 1
    ? { start: isoDateFromParts(year, 1, 1), end: isoDateFromParts(year, 6, 30) }
    : { start: isoDateFromParts(year, 7, 1), end: isoDateFromParts(year, 12, 31) };
}

/** `steps` half-years later (earlier when negative). */
export function shiftHalfYear({ year, half }: HalfYear, steps: number): HalfYear {
  const index = year * 2 + (half - 1) + steps;
  return { year: Math.floor(index / 2), half: (index % 2 === 0 ? 1 : 2) as 1 | 2 };
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
  return { year: Number(match[1]), half: Number(match[2]) as 1 | 2 };
}

/** The half-years a picker offers: a year back and a year ahead of the current one. */
export function halfYearChoices(current: HalfYear, before = 2, after = 2): HalfYear[] {
  const choices: HalfYear[] = [];
  for (let step = -before; step <= after; step += 1) choices.push(shiftHalfYear(current, step));
  return choices;
}
