import type { OrganisationUnitFragment, UnitKind } from '@web/gql/graphql';

export type OrganisationUnit = OrganisationUnitFragment;

export interface UnitNode {
  unit: OrganisationUnit;
  /** 0 for a top-level unit. */
  depth: number;
  children: UnitNode[];
}

/** Order of the levels when siblings differ in level: service area → unit → department. */
export const UNIT_KINDS: readonly UnitKind[] = ['SERVICE_AREA', 'UNIT', 'DEPARTMENT'];

const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true });

function compareUnits(a: OrganisationUnit, b: OrganisationUnit): number {
  const byKind = UNIT_KINDS.indexOf(a.kind) - UNIT_KINDS.indexOf(b.kind);
  return byKind !== 0 ? byKind : collator.compare(a.name, b.name) || a.id.localeCompare(b.id);
}

/**
 * Builds the unit tree from the API's flat list: siblings by level, then by
 * name in Norwegian order. A unit whose parent is missing from the list is
 * shown at the top rather than lost; a cycle (which the API should never
 * produce) is broken where it is met, so rendering always ends.
 */
export function buildUnitTree(units: readonly OrganisationUnit[]): UnitNode[] {
  const ids = new Set(units.map((unit) => unit.id));
  const childrenOf = new Map<string | null, OrganisationUnit[]>();
  for (const unit of units) {
    const parent = unit.parentId && ids.has(unit.parentId) ? unit.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), unit]);
  }

  const placed = new Set<string>();
  const build = (unit: OrganisationUnit, depth: number): UnitNode => {
    placed.add(unit.id);
    const children = (childrenOf.get(unit.id) ?? [])
      .filter((child) => !placed.has(child.id))
      .sort(compareUnits)
      .map((child) => build(child, depth + 1));
    return { unit, depth, children };
  };

  const roots = [...(childrenOf.get(null) ?? [])].sort(compareUnits).map((unit) => build(unit, 0));
  const stranded = units.filter((unit) => !placed.has(unit.id)).sort(compareUnits);
  for (const unit of stranded) {
    if (!placed.has(unit.id)) roots.push(build(unit, 0));
  }
  return roots;
}

/** The tree in reading order (parent before its children). */
export function flattenUnitTree(nodes: readonly UnitNode[]): UnitNode[] {
  return nodes.flatMap((node) => [node, ...flattenUnitTree(node.children)]);
}
