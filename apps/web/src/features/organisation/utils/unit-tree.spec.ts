import { GJOVIK_UNITS, makeUnit } from './unit.fixtures';
import { buildUnitTree, flattenUnitTree, type UnitNode } from './unit-tree';

/** The tree as indented names, which reads like the expected screen. */
function outline(nodes: UnitNode[]): string[] {
  return flattenUnitTree(nodes).map((node) => `${'  '.repeat(node.depth)}${node.unit.name}`);
}

describe('buildUnitTree', () => {
  it('nests service area → unit → department, siblings in Norwegian alphabetical order', () => {
    expect(outline(buildUnitTree(GJOVIK_UNITS))).toEqual([
      'Helse og omsorg',
      '  Biri omsorgssenter',
      '  Hunndalen helse- og omsorgssenter',
      '    Korttidsavdeling',
      '    Langtidsavdeling',
      '  Sørbyen sykehjem',
      '  Østsiden hjemmetjeneste',
      '  Åsen bofellesskap',
    ]);
  });

  it('returns an empty tree for no units', () => {
    expect(buildUnitTree([])).toEqual([]);
  });

  it('puts higher levels first among siblings of mixed level', () => {
    const units = [
      makeUnit('d', 'Avdeling A', 'DEPARTMENT'),
      makeUnit('u', 'Enhet B', 'UNIT'),
      makeUnit('s', 'Tjenesteområde C', 'SERVICE_AREA'),
    ];
    expect(outline(buildUnitTree(units))).toEqual(['Tjenesteområde C', 'Enhet B', 'Avdeling A']);
  });

  it('sorts numbers in names by value', () => {
    const units = [makeUnit('b', 'Bo 10', 'UNIT'), makeUnit('a', 'Bo 9', 'UNIT')];
    expect(outline(buildUnitTree(units))).toEqual(['Bo 9', 'Bo 10']);
  });

  it('shows a unit whose parent is missing at the top instead of dropping it', () => {
    const units = [
      makeUnit('sa', 'Helse og omsorg', 'SERVICE_AREA'),
      makeUnit('x', 'Foreldreløs', 'UNIT', 'gone'),
    ];
    expect(outline(buildUnitTree(units))).toEqual(['Helse og omsorg', 'Foreldreløs']);
  });

  it('breaks a cycle instead of looping forever, keeping every unit once', () => {
    const units = [makeUnit('a', 'A', 'UNIT', 'b'), makeUnit('b', 'B', 'UNIT', 'a')];
    expect(outline(buildUnitTree(units))).toEqual(['A', '  B']);
  });

  it('records the depth of each node', () => {
    const depths = flattenUnitTree(buildUnitTree(GJOVIK_UNITS)).map((node) => [
      node.unit.id,
      node.depth,
    ]);
    expect(Object.fromEntries(depths)).toMatchObject({ sa: 0, u2: 1, d1: 2 });
  });
});
