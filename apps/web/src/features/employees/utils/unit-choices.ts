import type { PersonalDataScope } from '@web/features/auth';
import {
  buildUnitTree,
  PATH_SEPARATOR,
  type OrganisationUnit,
  type UnitNode,
} from '@web/features/organisation';

export interface UnitChoice {
  id: string;
  /** The unit's path from the top of what the user may see, e.g. `Hjemmetjenesten › Nord`. */
  label: string;
}

export interface UnitChoiceGroup {
  /** The municipality. */
  id: string;
  name: string;
  units: UnitChoice[];
}

interface MunicipalityUnits {
  id: string;
  name: string;
  units: readonly OrganisationUnit[];
}

/**
 * The units the employee list can be narrowed to: the whole municipality for
 * HR, the unit and its sub-units for a unit leader, grouped by municipality,
 * in tree order. A leader's unit inside a municipality where the user is also
 * HR is already covered and is not listed twice.
 */
export function unitChoices(
  scope: PersonalDataScope,
  municipalities: readonly MunicipalityUnits[],
): UnitChoiceGroup[] {
  const groups: UnitChoiceGroup[] = [];
  for (const municipality of municipalities) {
    const tree = buildUnitTree(municipality.units);
    let roots: UnitNode[];
    if (scope.municipalityIds.includes(municipality.id)) {
      roots = tree;
    } else {
      roots = topmostScopedNodes(tree, new Set(scope.unitIds));
    }
    if (roots.length === 0) continue;
    const units: UnitChoice[] = [];
    // With one root (a leader's unit, or "Helse og omsorg") repeating it in every label adds nothing.
    const skipRoot = roots.length === 1;
    const visit = (node: UnitNode, path: string[]) => {
      const ownPath = [...path, node.unit.name];
      units.push({ id: node.unit.id, label: ownPath.join(PATH_SEPARATOR) });
      const childPath = skipRoot && path.length === 0 ? [] : ownPath;
      node.children.forEach((child) => visit(child, childPath));
    };
    roots.forEach((root) => visit(root, []));
    groups.push({ id: municipality.id, name: municipality.name, units });
  }
  return groups;
}

/** The nodes that are in scope and have no ancestor in scope (a subtree is listed once). */
function topmostScopedNodes(tree: readonly UnitNode[], unitIds: ReadonlySet<string>): UnitNode[] {
  const found: UnitNode[] = [];
  const visit = (node: UnitNode) => {
    if (unitIds.has(node.unit.id)) {
      found.push(node);
      return;
    }
    node.children.forEach(visit);
  };
  tree.forEach(visit);
  return found;
}
