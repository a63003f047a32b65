import {
  buildOrganisationIndex,
  createAncestorLookup,
  type Municipality,
  type OrgUnit,
} from './organisation-tree';

// Gjøvik: helse (root) → sykehjem → {avd-a, avd-b}; helse → hjemmetjeneste.
// Østre Toten: a single root unit.
const municipalities: Municipality[] = [
  { id: '3407', regionId: 'reks' },
  { id: '3442', regionId: 'reks' },
];
const units: OrgUnit[] = [
  { id: 'avd-b', parentId: 'sykehjem', municipalityId: '3407' },
  { id: 'helse', parentId: null, municipalityId: '3407' },
  { id: 'sykehjem', parentId: 'helse', municipalityId: '3407' },
  { id: 'avd-a', parentId: 'sykehjem', municipalityId: '3407' },
  { id: 'hjemmetjeneste', parentId: 'helse', municipalityId: '3407' },
  { id: 'ot-helse', parentId: null, municipalityId: '3442' },
];

describe('buildOrganisationIndex', () => {
  const index = buildOrganisationIndex(units, municipalities);

  it('numbers units depth first, children in id order', () => {
    // helse 0, hjemmetjeneste 1, sykehjem 2, avd-a 3, avd-b 4; ot-helse 5
    expect(
      ['helse', 'hjemmetjeneste', 'sykehjem', 'avd-a', 'avd-b', 'ot-helse'].map((id) => {
        const u = index.unit(id);
        return [u.enter, u.exit, u.depth];
      }),
    ).toEqual([
      [0, 4, 0],
      [1, 1, 1],
      [2, 4, 1],
      [3, 3, 2],
      [4, 4, 2],
      [5, 5, 0],
    ]);
  });

  it('carries municipality and region', () => {
    expect(index.unit('avd-a')).toMatchObject({ municipalityId: '3407', regionId: 'reks' });
  });

  it.each([
    ['avd-a', 'helse', true],
    ['avd-a', 'sykehjem', true],
    ['avd-a', 'avd-a', true],
    ['sykehjem', 'avd-a', false],
    ['hjemmetjeneste', 'sykehjem', false],
    ['ot-helse', 'helse', false],
    ['nowhere', 'helse', false],
  ])('%s in subtree of %s → %s', (unitId, rootId, expected) => {
    expect(index.isInSubtree(unitId, rootId)).toBe(expected);
  });

  it('lists ancestors from the unit up', () => {
    expect(index.ancestorsOf('avd-b')).toEqual(['avd-b', 'sykehjem', 'helse']);
    expect(index.ancestorsOf('ot-helse')).toEqual(['ot-helse']);
  });

  it('knows which units exist', () => {
    expect(index.hasUnit('helse')).toBe(true);
    expect(index.hasUnit('x')).toBe(false);
    expect(() => index.unit('x')).toThrow(/unknown unit/);
  });

  it('handles a deep chain without recursion', () => {
    const chain: OrgUnit[] = Array.from({ length: 20000 }, (_, i) => ({
      id: `u${i}`,
      parentId: i === 0 ? null : `u${i - 1}`,
      municipalityId: '3407',
    }));
    const deep = buildOrganisationIndex(chain, municipalities);
    expect(deep.unit('u0').exit).toBe(19999);
    expect(deep.unit('u19999').depth).toBe(19999);
  });
});

describe('createAncestorLookup', () => {
  const ancestors = createAncestorLookup(units);

  it('walks parent links from the unit up', () => {
    expect(ancestors('avd-a')).toEqual(['avd-a', 'sykehjem', 'helse']);
    expect(ancestors('helse')).toEqual(['helse']);
  });

  it('answers an unknown unit with itself', () => {
    expect(ancestors('x')).toEqual(['x']);
  });

  it('throws on a cycle', () => {
    const cyclic = createAncestorLookup([
      { id: 'a', parentId: 'b' },
      { id: 'b', parentId: 'a' },
    ]);
    expect(() => cyclic('a')).toThrow(/cycle/);
  });
});

describe('buildOrganisationIndex rejects inconsistent data', () => {
  it.each<[string, OrgUnit[], RegExp]>([
    [
      'duplicate id',
      [
        { id: 'a', parentId: null, municipalityId: '3407' },
        { id: 'a', parentId: null, municipalityId: '3407' },
      ],
      /duplicate/,
    ],
    ['unknown parent', [{ id: 'a', parentId: 'x', municipalityId: '3407' }], /unknown parent/],
    ['unknown municipality', [{ id: 'a', parentId: null, municipalityId: '9999' }], /municipality/],
    [
      'cycle',
      [
        { id: 'root', parentId: null, municipalityId: '3407' },
        { id: 'a', parentId: 'b', municipalityId: '3407' },
        { id: 'b', parentId: 'a', municipalityId: '3407' },
      ],
      /cycle: a, b/,
    ],
  ])('%s', (_label, bad, message) => {
    expect(() => buildOrganisationIndex(bad, municipalities)).toThrow(message);
  });
});
