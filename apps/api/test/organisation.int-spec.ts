import { as, DEMO, gql, gqlOk } from './support/api-client';
import { closeDb, count, db } from './support/database';

interface MunicipalitiesData {
  municipalities: Array<{
    id: string;
    number: string;
    name: string;
    unitCount: number;
    units: Array<{ id: string; name: string; kind: string; parentId: string | null }>;
  }>;
}

const MUNICIPALITIES = `{ municipalities { id number name unitCount units { id name kind parentId } } }`;
const ADD_UNIT = `mutation ($input: AddUnitInput!) {
  addUnit(input: $input) { id name kind parentId municipalityId }
}`;

afterAll(closeDb);

async function gjovik() {
  const { municipalities } = await gqlOk<MunicipalitiesData>(MUNICIPALITIES);
  const municipality = municipalities.find((m) => m.number === '3407');
  if (!municipality) throw new Error('Gjøvik is missing from the demo data');
  return municipality;
}

describe('municipalities', () => {
  it('lists the five municipalities of the demo region by number', async () => {
    const { municipalities } = await gqlOk<MunicipalitiesData>(MUNICIPALITIES);
    expect(municipalities.map((m) => [m.number, m.name])).toEqual([
      ['3407', 'Gjøvik'],
      ['3442', 'Østre Toten'],
      ['3443', 'Vestre Toten'],
      ['3447', 'Søndre Land'],
      ['3448', 'Nordre Land'],
    ]);
    for (const municipality of municipalities) {
      expect(municipality.unitCount).toBe(municipality.units.length);
      expect(municipality.units.map((u) => u.name)).toEqual(
        expect.arrayContaining(['Helse og omsorg', expect.stringMatching(/^Hjemmetjenesten /)]),
      );
    }
  });

  it('loads the units of all municipalities in one batched statement', async () => {
    const result = await gql(MUNICIPALITIES);
    // one for the municipalities, one for all their units
    expect(result.extensions?.sqlStatements).toBe(2);
  });
});

describe('addUnit', () => {
  it('adds a department under a unit, kept in the tree', async () => {
    const municipality = await gjovik();
    const parent = municipality.units.find((u) => u.name === 'Hjemmetjenesten Gjøvik');
    const { addUnit } = await gqlOk<{ addUnit: { id: string; parentId: string; kind: string } }>(
      ADD_UNIT,
      {
        input: {
          municipalityId: municipality.id,
          parentId: parent?.id,
          name: 'Hjemmetjenesten Gjøvik sentrum',
          kind: 'DEPARTMENT',
        },
      },
      await as(DEMO.hrGjovik),
    );
    expect(addUnit).toMatchObject({ parentId: parent?.id, kind: 'DEPARTMENT' });

    const after = await gjovik();
    expect(after.unitCount).toBe(municipality.unitCount + 1);
    const { rows } = await db().query('SELECT path FROM unit WHERE id = $1', [addUnit.id]);
    expect(rows[0].path.slice(-2)).toEqual([parent?.id, addUnit.id]);
  });

  it.each([
    ['an empty name', { name: '   ' }, 'name', 'REQUIRED', 'Navn må fylles ut'],
    [
      'a name that is too long',
      { name: 'x'.repeat(201) },
      'name',
      'TOO_LONG',
      'Navn er for lang (høyst 200 tegn)',
    ],
    [
      'a malformed parent id',
      { parentId: 'nope' },
      'parentId',
      'INVALID_ID',
      'Overordnet enhet har en ugyldig ID',
    ],
    [
      'an unknown parent',
      { parentId: '00000000-0000-4000-8000-000000000000' },
      'parentId',
      'UNKNOWN_PARENT_UNIT',
      'Overordnet enhet finnes ikke i denne kommunen',
    ],
  ])(
    'rejects %s with a Norwegian field error and writes nothing',
    async (_case, change, field, code, message) => {
      const municipality = await gjovik();
      const before = await count('SELECT 1 FROM unit');
      const result = await gql(
        ADD_UNIT,
        { input: { municipalityId: municipality.id, name: 'Ny enhet', ...change } },
        await as(DEMO.hrGjovik),
      );
      expect(result.data).toBeNull();
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions?.fields).toEqual([{ field, code, message }]);
      expect(await count('SELECT 1 FROM unit')).toBe(before);
    },
  );

  it('rejects a parent from another municipality', async () => {
    const { municipalities } = await gqlOk<MunicipalitiesData>(MUNICIPALITIES);
    const [gjovikM, ostreToten] = municipalities;
    const result = await gql(
      ADD_UNIT,
      {
        input: {
          municipalityId: gjovikM.id,
          parentId: ostreToten.units[0].id,
          name: 'Feil kommune',
        },
      },
      await as(DEMO.admin),
    );
    expect(result.errors?.[0].extensions?.fields?.[0]).toMatchObject({
      field: 'parentId',
      code: 'UNKNOWN_PARENT_UNIT',
    });
  });

  it.each([
    ['anonymous callers', null, 'UNAUTHENTICATED'],
    ['unit leaders', DEMO.leaderHomeCareGjovik, 'FORBIDDEN'],
    ['board members', DEMO.board, 'FORBIDDEN'],
    // outside the caller's scope reads exactly like a municipality that does not exist
    ['HR of another municipality', 'hr-ostre-toten', 'BAD_USER_INPUT'],
  ])('is refused for %s, and nothing is written', async (_who, user, code) => {
    const { municipalities } = await gqlOk<MunicipalitiesData>(MUNICIPALITIES);
    // HR in Gjøvik trying to add a unit to Østre Toten
    const target = user === 'hr-ostre-toten' ? municipalities[1] : municipalities[0];
    const options = user === null ? {} : await as(user === 'hr-ostre-toten' ? DEMO.hrGjovik : user);
    const before = await count('SELECT 1 FROM unit');
    const result = await gql(
      ADD_UNIT,
      { input: { municipalityId: target.id, name: 'Uautorisert enhet' } },
      options,
    );
    expect(result.errors?.[0].extensions?.code).toBe(code);
    if (code === 'BAD_USER_INPUT') {
      expect(result.errors?.[0].extensions?.fields).toEqual([
        { field: 'municipalityId', code: 'UNKNOWN_MUNICIPALITY', message: 'Kommunen finnes ikke' },
      ]);
    }
    expect(await count('SELECT 1 FROM unit')).toBe(before);
  });

  it('rejects a duplicate name among siblings', async () => {
    const municipality = await gjovik();
    const area = municipality.units.find((u) => u.kind === 'SERVICE_AREA');
    const result = await gql(
      ADD_UNIT,
      {
        input: { municipalityId: municipality.id, parentId: area?.id, name: 'helsestasjon gjøvik' },
      },
      await as(DEMO.hrGjovik),
    );
    expect(result.errors?.[0].extensions?.fields?.[0]).toMatchObject({
      field: 'name',
      code: 'DUPLICATE_NAME',
    });
  });
});
