import { buildUnitTree, PATH_SEPARATOR, type OrganisationUnit } from '@web/features/organisation';

export interface UnitOption {
  id: string;
  /** The unit's path in its municipality, e.g. `Hjemmetjenesten Gjøvik › Nord`. */
  label: string;
}

export interface UnitOptionGroup {
  /** The municipality. */
  id: string;
  name: string;
  units: UnitOption[];
}

interface MunicipalityUnits {
  id: string;
  name: string;
  units: readonly OrganisationUnit[];
}

/**
 * Every unit of the region for the unit-leader scope select: one group per
 * municipality, units in tree order with their path, so two departments with
 * the same name in different units can be told apart. Municipalities without
 * units are left out.
 */
export function unitOptionGroups(municipalities: readonly MunicipalityUnits[]): UnitOptionGroup[] {
  const groups: UnitOptionGroup[] = [];
  for (const municipality of municipalities) {
    const roots = buildUnitTree(municipality.units);
    if (roots.length === 0) continue;
    // With one root (usually "Helse og omsorg") repeating it in every label adds nothing.
    const skipRoot = roots.length === 1;
    const units: UnitOption[] = [];
    const visit = (node: (typeof roots)[number], path: string[]) => {
      const ownPath = [...path, node.unit.name];
      units.push({ id: node.unit.id, label: ownPath.join(PATH_SEPARATOR) });
      const childPath = skipRoot && node.depth === 0 ? [] : ownPath;
      node.children.forEach((child) => visit(child, childPath));
    };
    roots.forEach((root) => visit(root, []));
    groups.push({ id: municipality.id, name: municipality.name, units });
  }
  return groups;
}
