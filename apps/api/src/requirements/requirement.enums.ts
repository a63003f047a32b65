import { registerEnumType } from '@nestjs/graphql';

/** When the need applies: now, in one year, in three years (KS: "nå og om tre år"). */
export enum Horizon {
  NOW = 'NOW',
  ONE_YEAR = 'ONE_YEAR',
  THREE_YEARS = 'THREE_YEARS',
}

/** The same values as the domain's Priority, most urgent first. */
export enum Priority {
  CRITICAL = 'CRITICAL',
  IMPORTANT = 'IMPORTANT',
  DESIRABLE = 'DESIRABLE',
}

/** The same values as the domain's Measure. */
export enum Measure {
  HEADCOUNT = 'HEADCOUNT',
  FTE = 'FTE',
}

/** Why the unit needs it: law or regulation, national guideline, or a local goal. */
export enum RationaleKind {
  LAW = 'LAW',
  NATIONAL_GUIDELINE = 'NATIONAL_GUIDELINE',
  LOCAL_GOAL = 'LOCAL_GOAL',
}

export const HORIZONS: readonly Horizon[] = [Horizon.NOW, Horizon.ONE_YEAR, Horizon.THREE_YEARS];

registerEnumType(Horizon, {
  name: 'Horizon',
  description: 'Planning horizon: now, one year ahead, three years ahead.',
});
registerEnumType(Priority, {
  name: 'Priority',
  description: 'Kritisk, viktig, ønskelig.',
});
registerEnumType(Measure, {
  name: 'Measure',
  description: 'Counted in people (HEADCOUNT) or in full-time equivalents (FTE, årsverk).',
});
registerEnumType(RationaleKind, {
  name: 'RationaleKind',
  description: 'Lov eller forskrift, nasjonal faglig retningslinje, lokalt mål.',
});
