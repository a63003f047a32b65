import type { UnitKind } from '@web/gql/graphql';
import type { UnitNode } from './unit-tree';

/**
 * Which units may hold a new unit of each level, following the tree the
 * municipalities use: service areas at the top, units in a service area (or
 * at the top where a municipality has none), departments in a unit or in
 * another department.
 */
export const PARENT_KINDS: Record<UnitKind, readonly UnitKind[]> = {
  SERVICE_AREA: [],
  UNIT: ['SERVICE_AREA'],
  DEPARTMENT: ['UNIT', 'DEPARTMENT'],
};

export interface ParentChoice {
  id: string;
  /** The unit's path, e.g. `Hunndalen helse- og omsorgssenter › Korttidsavdeling`. */
  label: string;
}

export interface ParentChoices {
  /** Whether "no parent" (a top-level unit) is a valid choice. */
  allowTopLevel: boolean;
  options: ParentChoice[];
}

export const PATH_SEPARATOR = ' › ';

export function parentChoices(tree: readonly UnitNode[], kind: UnitKind): ParentChoices {
  const allowedKinds = PARENT_KINDS[kind];
  // With one root (usually "Helse og omsorg") repeating it in every label adds nothing.
  const skipRoot = tree.length === 1;
  const options: ParentChoice[] = [];
  const visit = (node: UnitNode, path: string[]) => {
    const ownPath = [...path, node.unit.name];
    if (allowedKinds.includes(node.unit.kind)) {
      options.push({ id: node.unit.id, label: ownPath.join(PATH_SEPARATOR) });
    }
    const childPath = skipRoot && node.depth === 0 ? [] : ownPath;
    node.children.forEach((child) => visit(child, childPath));
  };
  tree.forEach((root) => visit(root, []));

  // A department needs a unit to belong to, unless there is none to choose.
  const allowTopLevel = kind !== 'DEPARTMENT' || options.length === 0;
  return { allowTopLevel, options };
}

/** The parent preselected for a level: a unit goes into the first service area, a department into the first unit. */
export function defaultParentId(choices: ParentChoices, kind: UnitKind): string {
  if (kind === 'SERVICE_AREA') return '';
  return choices.options[0]?.id ?? '';
}

/**
 * The parent after the level (or the tree) changed: a chosen unit that still
 * fits is kept; otherwise the level's default.
 */
export function reconcileParentId(current: string, choices: ParentChoices, kind: UnitKind): string {
  if (current !== '' && choices.options.some((option) => option.id === current)) return current;
  return defaultParentId(choices, kind);
}

/**
 * The parent to use for the current tree: the top level stays if it is
 * allowed, a unit that still fits stays, anything else becomes the default
 * (for instance after the chosen unit disappeared from a refreshed tree).
 */
export function validParentId(current: string, choices: ParentChoices, kind: UnitKind): string {
  if (current === '' && choices.allowTopLevel) return '';
  return reconcileParentId(current, choices, kind);
}
