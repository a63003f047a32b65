import { idsToPlace, placeEntries, type PlaceableEntry } from './audit-places';

/** An entry as the API's audit service builds it (the fields placing does not read, too). */
interface Entry extends PlaceableEntry {
  regionId: string;
  actorUserId: string | null;
  actorEmail: string | null;
  action: string;
  entityType: string;
}

const base: Entry = {
  regionId: 'r',
  actorUserId: 'u',
  actorEmail: 'hr@reks.demo',
  action: 'employee.list',
  entityType: 'employee',
};
const places = [
  { id: 'a', municipalityId: 'gjovik', unitId: 'sykehjem' },
  { id: 'b', municipalityId: 'gjovik', unitId: 'sykehjem' },
  { id: 'c', municipalityId: 'gjovik', unitId: 'hjemmetjeneste' },
  { id: 'd', municipalityId: 'toten', unitId: 'lena' },
];

describe('placeEntries', () => {
  it('gives a list read within one unit its municipality and unit', () => {
    expect(placeEntries([{ ...base, employeeIds: ['a', 'b'] }], places)).toEqual([
      {
        ...base,
        employeeIds: ['a', 'b'],
        municipalityId: 'gjovik',
        unitId: 'sykehjem',
        details: undefined,
      },
    ]);
  });

  it('splits a list spanning municipalities, each part naming only its own people', () => {
    const parts = placeEntries(
      [{ ...base, employeeIds: ['a', 'd', 'c'], details: { first: 50 } }],
      places,
    );
    expect(parts).toEqual([
      {
        ...base,
        employeeIds: ['a', 'c'],
        municipalityId: 'gjovik',
        unitId: null,
        details: { first: 50, municipalitiesInRequest: 2 },
      },
      {
        ...base,
        employeeIds: ['d'],
        municipalityId: 'toten',
        unitId: 'lena',
        details: { first: 50, municipalitiesInRequest: 2 },
      },
    ]);
  });

  it('keeps people no longer found in a part without a municipality', () => {
    const parts = placeEntries([{ ...base, employeeIds: ['a', 'gone'] }], places);
    expect(parts.map((part) => [part.municipalityId, part.employeeIds])).toEqual([
      ['gjovik', ['a']],
      [null, ['gone']],
    ]);
  });

  it('keeps a municipality the caller gave, and adds the unit', () => {
    const [entry] = placeEntries(
      [{ ...base, action: 'employee.read', employeeId: 'c', municipalityId: 'gjovik' }],
      places,
    );
    expect(entry).toMatchObject({ municipalityId: 'gjovik', unitId: 'hjemmetjeneste' });
  });

  it('leaves entries about nobody as they are', () => {
    const entry = { ...base, action: 'competence.create', entityType: 'competence' };
    expect(placeEntries([entry], places)).toEqual([entry]);
  });
});

describe('idsToPlace', () => {
  it.each<[string, PlaceableEntry, string[]]>([
    ['a list without a place', { employeeIds: ['a', 'b'] }, ['a', 'b']],
    ['a list with a municipality only', { employeeIds: ['a'], municipalityId: 'm' }, ['a']],
    ['a placed list', { employeeIds: ['a'], municipalityId: 'm', unitId: 'u' }, []],
    ['one person without a unit', { employeeId: 'c', municipalityId: 'm' }, ['c']],
    ['one placed person', { employeeId: 'c', municipalityId: 'm', unitId: 'u' }, []],
    ['an empty list, one person', { employeeIds: [], employeeId: 'c' }, ['c']],
    ['nobody', {}, []],
  ])('%s → %j', (_label, entry, ids) => {
    expect(idsToPlace([entry])).toEqual(ids);
  });

  it('asks only for people whose entries lack a municipality or unit', () => {
    expect(
      idsToPlace([
        { ...base, employeeIds: ['a', 'b'] },
        { ...base, employeeId: 'c', municipalityId: 'gjovik', unitId: 'hjemmetjeneste' },
        { ...base, employeeId: 'd', municipalityId: 'toten' },
      ]),
    ).toEqual(['a', 'b', 'd']);
  });
});
