// Finds the unit a row names. HR systems export the unit's name ("Hov sykehjem"), matched
// within the municipality without regard to case, accents or spacing; the unit's id works too.
// When the import is limited to a unit, only that unit and the units under it are allowed.

import type { UnitMatch } from './employee-row';
import { foldKey } from './normalise-text';

export interface KnownUnit {
  id: string;
  name: string;
  /** Ids from the root down to and including the unit. */
  path: readonly string[];
}

export function unitMatcher(
  units: readonly KnownUnit[],
  scopeUnitId: string | null,
): (name: string) => UnitMatch {
  const byKey = new Map<string, KnownUnit[]>();
  const byId = new Map<string, KnownUnit>();
  for (const unit of units) {
    const key = foldKey(unit.name);
    byKey.set(key, [...(byKey.get(key) ?? []), unit]);
    byId.set(unit.id.toLowerCase(), unit);
  }
  const inScope = (unit: KnownUnit) => scopeUnitId === null || unit.path.includes(scopeUnitId);

  return (name) => {
    const byIdMatch = byId.get(name.trim().toLowerCase());
    const candidates = byIdMatch ? [byIdMatch] : (byKey.get(foldKey(name)) ?? []);
    if (candidates.length === 0) return { problem: 'UNKNOWN' };
    const allowed = candidates.filter(inScope);
    if (allowed.length === 1) return { id: allowed[0].id };
    if (allowed.length > 1) return { problem: 'AMBIGUOUS' };
    return { problem: 'OUTSIDE_SCOPE' };
  };
}
