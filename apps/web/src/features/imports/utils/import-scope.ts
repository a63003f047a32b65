import {
  buildUnitTree,
  PATH_SEPARATOR,
  type OrganisationUnit,
  type UnitNode,
} from '@web/features/organisation';

export interface ImportUnitChoice {
  id: string;
  /** The unit's path, e.g. `Hjemmetjenesten › Nord` (a single top unit is left out). */
  label: string;
}

/**
 * The units an import can be limited to, in tree order. Limited to a unit, only the
 * employees there and below are compared with the file, so an extract from one part of the
 * organisation does not deactivate everyone else.
 */
export function importUnitChoices(units: readonly OrganisationUnit[]): ImportUnitChoice[] {
  const tree = buildUnitTree(units);
  const skipRoot = tree.length === 1;
  const choices: ImportUnitChoice[] = [];
  const visit = (node: UnitNode, path: string[]) => {
    const ownPath = [...path, node.unit.name];
    const shown = skipRoot && node.depth === 0 ? [node.unit.name] : ownPath;
    choices.push({ id: node.unit.id, label: shown.join(PATH_SEPARATOR) });
    const childPath = skipRoot && node.depth === 0 ? [] : ownPath;
    node.children.forEach((child) => visit(child, childPath));
  };
  tree.forEach((root) => visit(root, []));
  return choices;
}
