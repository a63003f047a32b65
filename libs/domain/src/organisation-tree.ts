// The unit tree (service area → unit → department) indexed for subtree questions. Each unit
// gets a number on entry in a depth-first walk and the highest number below it, so "is unit
// X under unit Y" is two comparisons and "everyone under Y" is one contiguous range of numbers:
// the gap engine answers each requirement with a binary search instead of walking the tree.

export interface OrgUnit {
  id: string;
  /** null for a root (e.g. a municipality's health and care service). */
  parentId: string | null;
  municipalityId: string;
}

export interface Municipality {
  id: string;
  regionId: string;
}

export interface IndexedUnit extends OrgUnit {
  regionId: string;
  /** Position in the depth-first walk. */
  enter: number;
  /** Highest `enter` within the subtree; the subtree is enter..exit. */
  exit: number;
  depth: number;
}

export interface OrganisationIndex {
  hasUnit(unitId: string): boolean;
  /** Throws for an unknown unit. */
  unit(unitId: string): IndexedUnit;
  /** True when `unitId` is `rootId` or lies below it. */
  isInSubtree(unitId: string, rootId: string): boolean;
  /** The unit itself first, then its parent, up to the root. */
  ancestorsOf(unitId: string): string[];
}

/**
 * Ancestors (the unit itself first, then up to the root) from parent links alone, for callers
 * that only need the tree shape. Unknown units answer with just themselves; a cycle throws.
 */
export function createAncestorLookup(
  units: readonly Pick<OrgUnit, 'id' | 'parentId'>[],
): (unitId: string) => string[] {
  const parentOf = new Map<string, string | null>();
  for (const u of units) parentOf.set(u.id, u.parentId);
  const memo = new Map<string, string[]>();
  return (unitId) => {
    const cached = memo.get(unitId);
    if (cached) return cached;
    const path: string[] = [];
    const seen = new Set<string>();
    let current: string | null = unitId;
    while (current !== null) {
      if (seen.has(current)) throw new Error(`units in a parent cycle through ${current}`);
      seen.add(current);
      path.push(current);
      current = parentOf.get(current) ?? null;
    }
    memo.set(unitId, path);
    return path;
  };
}

/**
 * Throws on inconsistent organisation data (duplicate ids, unknown parent or municipality,
 * a cycle): a wrong tree would silently move people between units, which is worse than an
 * error at import time.
 */
export function buildOrganisationIndex(
  units: readonly OrgUnit[],
  municipalities: readonly Municipality[],
): OrganisationIndex {
  const regionOf = new Map<string, string>();
  for (const m of municipalities) regionOf.set(m.id, m.regionId);

  const byId = new Map<string, OrgUnit>();
  for (const u of units) {
    if (byId.has(u.id)) throw new Error(`duplicate unit id ${u.id}`);
    if (!regionOf.has(u.municipalityId)) {
      throw new Error(`unit ${u.id} belongs to unknown municipality ${u.municipalityId}`);
    }
    byId.set(u.id, u);
  }

  const children = new Map<string, string[]>();
  const roots: string[] = [];
  for (const u of units) {
    if (u.parentId === null) {
      roots.push(u.id);
    } else {
      if (!byId.has(u.parentId)) throw new Error(`unit ${u.id} has unknown parent ${u.parentId}`);
      const list = children.get(u.parentId) ?? [];
      list.push(u.id);
      children.set(u.parentId, list);
    }
  }
  // Sorted so the numbering, and everything ordered by it, is the same for the same data.
  roots.sort();
  for (const list of children.values()) list.sort();

  const indexed = new Map<string, IndexedUnit>();
  let counter = 0;
  for (const root of roots) {
    // Iterative walk: a deep tree must not overflow the call stack.
    const stack: { id: string; depth: number; childIndex: number }[] = [
      { id: root, depth: 0, childIndex: 0 },
    ];
    const first = byId.get(root)!;
    indexed.set(root, {
      ...first,
      regionId: regionOf.get(first.municipalityId)!,
      enter: counter,
      exit: counter,
      depth: 0,
    });
    counter += 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const kids = children.get(top.id) ?? [];
      if (top.childIndex < kids.length) {
        const childId = kids[top.childIndex];
        top.childIndex += 1;
        const child = byId.get(childId)!;
        indexed.set(childId, {
          ...child,
          regionId: regionOf.get(child.municipalityId)!,
          enter: counter,
          exit: counter,
          depth: top.depth + 1,
        });
        counter += 1;
        stack.push({ id: childId, depth: top.depth + 1, childIndex: 0 });
      } else {
        stack.pop();
        const done = indexed.get(top.id)!;
        done.exit = counter - 1;
      }
    }
  }
  // Units never reached from a root sit on a cycle (or hang below one).
  if (indexed.size !== byId.size) {
    const stuck = units.filter((u) => !indexed.has(u.id)).map((u) => u.id);
    throw new Error(`units in a parent cycle: ${stuck.sort().join(', ')}`);
  }

  const get = (unitId: string): IndexedUnit => {
    const u = indexed.get(unitId);
    if (!u) throw new Error(`unknown unit ${unitId}`);
    return u;
  };

  return {
    hasUnit: (unitId) => indexed.has(unitId),
    unit: get,
    isInSubtree(unitId, rootId) {
      const u = indexed.get(unitId);
      const root = indexed.get(rootId);
      return u !== undefined && root !== undefined && u.enter >= root.enter && u.enter <= root.exit;
    },
    ancestorsOf(unitId) {
      const path: string[] = [];
      let current: IndexedUnit | undefined = get(unitId);
      while (current) {
        path.push(current.id);
        current = current.parentId === null ? undefined : indexed.get(current.parentId);
      }
      return path;
    },
  };
}
