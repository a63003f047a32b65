/** What placing needs of an audit entry: the people it names and where it is placed. */
export interface PlaceableEntry {
  /** The one person concerned, when there is one. */
  employeeId?: string | null;
  /** Every person concerned, for reads of lists. */
  employeeIds?: string[] | null;
  municipalityId?: string | null;
  unitId?: string | null;
  details?: unknown;
}

/** Where a person named by an entry works. */
export interface EmployeePlace {
  id: string;
  municipalityId: string;
  unitId: string;
}

/**
 * Gives each entry the municipality and unit of the people it names, so HR sees the reads and
 * changes of their own municipality. A read of a list spanning several municipalities becomes
 * one entry per municipality, each naming only that municipality's people: HR in one
 * municipality then sees who read their people, and never learns who was read elsewhere. The
 * unit is set when everyone an entry names works in one unit. People not found (deleted since)
 * stay in an entry without a municipality, which the region's administrator sees.
 */
export function placeEntries<E extends PlaceableEntry>(
  entries: readonly E[],
  places: readonly EmployeePlace[],
): E[] {
  const byId = new Map(places.map((place) => [place.id, place]));
  return entries.flatMap((entry) => {
    if (entry.employeeIds && entry.employeeIds.length > 0) return placeList(entry, byId);
    const place = entry.employeeId ? byId.get(entry.employeeId) : undefined;
    if (!place) return [entry];
    const municipalityId = entry.municipalityId ?? place.municipalityId;
    const sameMunicipality = municipalityId === place.municipalityId;
    return [
      {
        ...entry,
        municipalityId,
        unitId: entry.unitId ?? (sameMunicipality ? place.unitId : null),
      },
    ];
  });
}

function placeList<E extends PlaceableEntry>(entry: E, byId: Map<string, EmployeePlace>): E[] {
  const ids = entry.employeeIds ?? [];
  if (entry.municipalityId) {
    const units = new Set(ids.map((id) => byId.get(id)?.unitId ?? null));
    const unitId = units.size === 1 ? [...units][0] : null;
    return [{ ...entry, unitId: entry.unitId ?? unitId }];
  }
  const groups = new Map<string | null, string[]>();
  for (const id of ids) {
    const municipalityId = byId.get(id)?.municipalityId ?? null;
    groups.set(municipalityId, [...(groups.get(municipalityId) ?? []), id]);
  }
  return [...groups].map(([municipalityId, groupIds]) => {
    const units = new Set(groupIds.map((id) => byId.get(id)?.unitId ?? null));
    return {
      ...entry,
      municipalityId,
      unitId: entry.unitId ?? (units.size === 1 ? [...units][0] : null),
      employeeIds: groupIds,
      // the same request's other parts are found by its session and time
      details: groups.size > 1 ? withParts(entry.details, groups.size) : entry.details,
    };
  });
}

function withParts(details: unknown, parts: number): unknown {
  const base =
    details === null || details === undefined
      ? {}
      : typeof details === 'object' && !Array.isArray(details)
        ? details
        : { details };
  return { ...base, municipalitiesInRequest: parts };
}

/** Ids of the people whose place an entry still needs. */
export function idsToPlace(entries: readonly PlaceableEntry[]): string[] {
  const ids = new Set<string>();
  for (const entry of entries) {
    if (entry.employeeIds && entry.employeeIds.length > 0) {
      if (!entry.municipalityId || !entry.unitId) entry.employeeIds.forEach((id) => ids.add(id));
    } else if (entry.employeeId && (!entry.municipalityId || !entry.unitId)) {
      ids.add(entry.employeeId);
    }
  }
  return [...ids];
}
