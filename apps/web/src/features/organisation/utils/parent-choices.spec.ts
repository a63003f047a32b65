import { defaultParentId, parentChoices, reconcileParentId, validParentId } from './parent-choices';
import { GJOVIK_UNITS, makeUnit } from './unit.fixtures';
import { buildUnitTree } from './unit-tree';

const tree = buildUnitTree(GJOVIK_UNITS);

describe('parentChoices', () => {
  it('offers only the top level for a service area', () => {
    expect(parentChoices(tree, 'SERVICE_AREA')).toEqual({ allowTopLevel: true, options: [] });
  });

  it('offers the service areas (or the top level) for a unit', () => {
    expect(parentChoices(tree, 'UNIT')).toEqual({
      allowTopLevel: true,
      options: [{ id: 'sa', label: 'Helse og omsorg' }],
    });
  });

  it('offers units and departments for a department, without repeating the single root', () => {
    expect(parentChoices(tree, 'DEPARTMENT')).toEqual({
      allowTopLevel: false,
      options: [
        { id: 'u3', label: 'Biri omsorgssenter' },
        { id: 'u2', label: 'Hunndalen helse- og omsorgssenter' },
        { id: 'd1', label: 'Hunndalen helse- og omsorgssenter › Korttidsavdeling' },
        { id: 'd2', label: 'Hunndalen helse- og omsorgssenter › Langtidsavdeling' },
        { id: 'u1', label: 'Sørbyen sykehjem' },
        { id: 'u5', label: 'Østsiden hjemmetjeneste' },
        { id: 'u4', label: 'Åsen bofellesskap' },
      ],
    });
  });

  it('names the service area in the path when there are several', () => {
    const twoAreas = buildUnitTree([
      makeUnit('h', 'Helse og omsorg', 'SERVICE_AREA'),
      makeUnit('o', 'Oppvekst', 'SERVICE_AREA'),
      makeUnit('u', 'Helsestasjon', 'UNIT', 'o'),
    ]);
    expect(parentChoices(twoAreas, 'DEPARTMENT').options).toEqual([
      { id: 'u', label: 'Oppvekst › Helsestasjon' },
    ]);
  });

  it('lets a department go to the top when there is no unit to put it in', () => {
    const onlyArea = buildUnitTree([makeUnit('h', 'Helse og omsorg', 'SERVICE_AREA')]);
    expect(parentChoices(onlyArea, 'DEPARTMENT')).toEqual({ allowTopLevel: true, options: [] });
    expect(parentChoices([], 'UNIT')).toEqual({ allowTopLevel: true, options: [] });
  });
});

describe('defaultParentId', () => {
  it('puts a new unit into the first service area and a department into the first unit', () => {
    expect(defaultParentId(parentChoices(tree, 'UNIT'), 'UNIT')).toBe('sa');
    expect(defaultParentId(parentChoices(tree, 'DEPARTMENT'), 'DEPARTMENT')).toBe('u3');
  });

  it('puts a service area at the top', () => {
    expect(defaultParentId(parentChoices(tree, 'SERVICE_AREA'), 'SERVICE_AREA')).toBe('');
  });

  it('falls back to the top when there is nothing to choose', () => {
    expect(defaultParentId(parentChoices([], 'UNIT'), 'UNIT')).toBe('');
  });
});

describe('reconcileParentId', () => {
  it('keeps a chosen parent that still fits the new level', () => {
    expect(reconcileParentId('u2', parentChoices(tree, 'DEPARTMENT'), 'DEPARTMENT')).toBe('u2');
  });

  it('replaces a parent that no longer fits by the default', () => {
    expect(reconcileParentId('u2', parentChoices(tree, 'UNIT'), 'UNIT')).toBe('sa');
    expect(reconcileParentId('sa', parentChoices(tree, 'SERVICE_AREA'), 'SERVICE_AREA')).toBe('');
  });

  it('moves from the top level to the default when the level changes', () => {
    expect(reconcileParentId('', parentChoices(tree, 'UNIT'), 'UNIT')).toBe('sa');
  });

  it('replaces a parent that has disappeared from the tree', () => {
    expect(reconcileParentId('gone', parentChoices(tree, 'DEPARTMENT'), 'DEPARTMENT')).toBe('u3');
  });
});

describe('validParentId', () => {
  it('keeps a deliberate choice of the top level where it is allowed', () => {
    expect(validParentId('', parentChoices(tree, 'UNIT'), 'UNIT')).toBe('');
  });

  it('replaces the top level where a parent is required', () => {
    expect(validParentId('', parentChoices(tree, 'DEPARTMENT'), 'DEPARTMENT')).toBe('u3');
  });

  it('keeps a fitting unit and replaces one that has gone', () => {
    expect(validParentId('u2', parentChoices(tree, 'DEPARTMENT'), 'DEPARTMENT')).toBe('u2');
    expect(validParentId('gone', parentChoices(tree, 'UNIT'), 'UNIT')).toBe('sa');
  });
});
