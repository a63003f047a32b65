import { as, DEMO, gql, gqlOk } from './support/api-client';
import { closeDb, count, db } from './support/database';
import {
  addAssessments,
  demoUnit,
  makeCompetence,
  makeEmployee,
  todayInNorway,
  uniqueToken,
} from './support/factories';

const FIELDS =
  'id name description buildingBlock area tags scale { level name description } validityMonths active version';
const LIST = `query ($filter: CompetenceFilter) { competences(filter: $filter) { ${FIELDS} } }`;
const ONE = `query ($id: ID!) { competence(id: $id) { ${FIELDS} } }`;
const CREATE = `mutation ($input: CreateCompetenceInput!) { createCompetence(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateCompetenceInput!) { updateCompetence(input: $input) { ${FIELDS} } }`;

interface Competence {
  id: string;
  name: string;
  area: string;
  tags: string[];
  scale: Array<{ level: number; name: string | null; description: string }>;
  validityMonths: number | null;
  active: boolean;
  version: number;
}

async function create(input: Record<string, unknown>, user: string = DEMO.coordinator) {
  const data = await gqlOk<{ createCompetence: Competence }>(CREATE, { input }, await as(user));
  return data.createCompetence;
}

async function names(filter: Record<string, unknown>, user: string = DEMO.board) {
  const data = await gqlOk<{ competences: Competence[] }>(LIST, { filter }, await as(user));
  return data.competences.map((competence) => competence.name);
}

afterAll(closeDb);

describe('createCompetence', () => {
  it('creates an entry with the default 0–4 scale, cleaned tags and version 1, and audits it', async () => {
    const name = `Demensomsorg ${uniqueToken()}`;
    const created = await create({
      name: `  ${name} `,
      buildingBlock: 'KNOWLEDGE',
      area: 'Demens',
      tags: ['Demensplan', ' demensplan ', '', 'Kompetanseløft 2025'],
    });
    expect(created).toMatchObject({
      name,
      description: '',
      buildingBlock: 'KNOWLEDGE',
      area: 'Demens',
      tags: ['Demensplan', 'Kompetanseløft 2025'],
      validityMonths: null,
      active: true,
      version: 1,
    });
    expect(created.scale.map((step) => [step.level, step.name])).toEqual([
      [0, 'Ingen'],
      [1, 'Kjennskap'],
      [2, 'Utfører med veiledning'],
      [3, 'Selvstendig'],
      [4, 'Ekspert'],
    ]);
    expect(
      await count(
        `SELECT 1 FROM audit_log WHERE action = 'competence.create' AND entity_id = $1 AND after->>'name' = $2`,
        [created.id, name],
      ),
    ).toBe(1);
  });

  it('takes a scale of its own and a validity period for certificates', async () => {
    const created = await create({
      name: `HLR ${uniqueToken()}`,
      buildingBlock: 'SKILLS',
      area: 'Akuttmedisin',
      scale: [
        { level: 0, description: 'Ikke gjennomført' },
        { level: 2, name: 'Godkjent', description: 'Bestått praktisk prøve' },
      ],
      validityMonths: 12,
    });
    expect(created.scale).toEqual([
      { level: 0, name: null, description: 'Ikke gjennomført' },
      { level: 2, name: 'Godkjent', description: 'Bestått praktisk prøve' },
    ]);
    expect(created.validityMonths).toBe(12);
  });

  const scale = (levels: Array<[number, string]>) =>
    levels.map(([level, description]) => ({ level, description }));
  it.each([
    [
      'levels out of order',
      {
        scale: scale([
          [1, 'a'],
          [0, 'b'],
        ]),
      },
      'scale',
      'LEVELS_NOT_ASCENDING',
    ],
    [
      'a repeated level',
      {
        scale: scale([
          [0, 'a'],
          [1, 'b'],
          [1, 'c'],
        ]),
      },
      'scale',
      'LEVELS_NOT_ASCENDING',
    ],
    [
      'a level above 10',
      {
        scale: scale([
          [0, 'a'],
          [11, 'b'],
        ]),
      },
      'scale.1.level',
      'TOO_LARGE',
    ],
    [
      'an empty level description',
      {
        scale: scale([
          [0, ' '],
          [1, 'b'],
        ]),
      },
      'scale.0.description',
      'REQUIRED',
    ],
    ['a scale with one level', { scale: scale([[0, 'a']]) }, 'scale', 'TOO_FEW'],
    ['a validity of zero months', { validityMonths: 0 }, 'validityMonths', 'TOO_SMALL'],
    ['an empty area', { area: '' }, 'area', 'REQUIRED'],
  ])('refuses %s with a field error and writes nothing', async (_case, change, field, code) => {
    const name = `Ugyldig ${uniqueToken()}`;
    const result = await gql(
      CREATE,
      { input: { name, buildingBlock: 'SKILLS', area: 'Test', ...change } },
      await as(DEMO.coordinator),
    );
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.fields).toEqual([
      { field, code, message: expect.stringMatching(/\S/) },
    ]);
    expect(await count('SELECT 1 FROM competence WHERE name = $1', [name])).toBe(0);
  });

  it('refuses a name already in the catalogue, whatever the case', async () => {
    const existing = await makeCompetence();
    const result = await gql(
      CREATE,
      { input: { name: existing.name.toUpperCase(), buildingBlock: 'SKILLS', area: 'Test' } },
      await as(DEMO.admin),
    );
    expect(result.errors?.[0].extensions?.fields).toEqual([
      {
        field: 'name',
        code: 'DUPLICATE_NAME',
        message: `Det finnes allerede en kompetanse med navnet «${existing.name.toUpperCase()}» i katalogen`,
      },
    ]);
    expect(
      await count('SELECT 1 FROM competence WHERE lower(name) = lower($1)', [existing.name]),
    ).toBe(1);
  });

  it.each([DEMO.hrGjovik, DEMO.leaderHomeCareGjovik, DEMO.board])(
    'is refused for %s (the catalogue is regional)',
    async (user) => {
      const name = `Ikke tillatt ${uniqueToken()}`;
      const result = await gql(
        CREATE,
        { input: { name, buildingBlock: 'SKILLS', area: 'Test' } },
        await as(user),
      );
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await count('SELECT 1 FROM competence WHERE name = $1', [name])).toBe(0);
    },
  );
});

describe('competences', () => {
  const area = `Område ${uniqueToken()}`;

  beforeAll(async () => {
    await makeCompetence({ name: `${area} Øyeblikk`, area });
    await makeCompetence({ name: `${area} Ås`, area, tags: ['Leve hele livet'] });
    await makeCompetence({ name: `${area} Ærlighet`, area, tags: ['leve hele livet'] });
    await makeCompetence({ name: `${area} Bevegelse`, area });
    await makeCompetence({ name: `${area} Avviklet`, area, active: false });
  });

  it('lists an area in Norwegian order, without inactive entries unless asked', async () => {
    expect(await names({ area })).toEqual([
      `${area} Bevegelse`,
      `${area} Ærlighet`,
      `${area} Øyeblikk`,
      `${area} Ås`,
    ]);
    expect(await names({ area: area.toLowerCase(), includeInactive: true })).toEqual([
      `${area} Avviklet`,
      `${area} Bevegelse`,
      `${area} Ærlighet`,
      `${area} Øyeblikk`,
      `${area} Ås`,
    ]);
  });

  it('filters by search text, tag and building block', async () => {
    expect(await names({ search: `${area} ærlig` })).toEqual([`${area} Ærlighet`]);
    expect(await names({ area, tag: 'LEVE HELE LIVET' })).toEqual([
      `${area} Ærlighet`,
      `${area} Ås`,
    ]);
    expect(await names({ area, buildingBlock: 'ATTITUDES' })).toEqual([]);
    expect(await names({ area, buildingBlock: 'SKILLS' })).toHaveLength(4);
    expect(await names({ search: '%' + area })).toEqual([]);
  });

  it('is readable by every role, and lists the areas of the active catalogue', async () => {
    for (const user of [
      DEMO.board,
      DEMO.coordinator,
      DEMO.admin,
      DEMO.hrGjovik,
      DEMO.leaderHomeCareGjovik,
    ]) {
      expect(await names({ area }, user)).toHaveLength(4);
    }
    const { competenceAreas } = await gqlOk<{ competenceAreas: string[] }>(
      '{ competenceAreas }',
      {},
      await as(DEMO.board),
    );
    expect(competenceAreas).toContain(area);
  });

  it('gives one entry by id, null for another region, and refuses a malformed id', async () => {
    const [mine] = await gqlOk<{ competences: Competence[] }>(
      LIST,
      { filter: { area } },
      await as(DEMO.board),
    ).then((data) => data.competences);
    const one = await gqlOk<{ competence: Competence }>(ONE, { id: mine.id }, await as(DEMO.board));
    expect(one.competence.name).toBe(mine.name);

    const { rows } = await db().query(
      `INSERT INTO region (name, slug) VALUES ($1, $1) RETURNING id`,
      [`annen-region-${uniqueToken()}`],
    );
    const foreign = await makeCompetence({ regionId: rows[0].id });
    expect(
      (await gqlOk<{ competence: null }>(ONE, { id: foreign.id }, await as(DEMO.board))).competence,
    ).toBeNull();
    // a malformed id is refused by name before anything is read (docs/input-rules.md)
    const malformed = await gql(ONE, { id: 'x' }, await as(DEMO.board));
    expect(malformed.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'id' })],
    });
  });

  it('lists the STYRK-08 professions with their Norwegian names', async () => {
    const { professions } = await gqlOk<{
      professions: Array<{ code: string; name: string; healthEducation: boolean }>;
    }>('{ professions { code name healthEducation } }', {}, await as(DEMO.board));
    expect(professions).toEqual(
      expect.arrayContaining([
        { code: '2223', name: 'Sykepleiere', healthEducation: true },
        { code: '5321', name: 'Helsefagarbeidere', healthEducation: true },
        { code: '5322', name: 'Hjemmehjelper', healthEducation: false },
      ]),
    );
  });
});

describe('updateCompetence', () => {
  it('changes what is given and bumps the version; null validity removes it', async () => {
    const created = await create({
      name: `Legemidler ${uniqueToken()}`,
      buildingBlock: 'KNOWLEDGE',
      area: 'Legemiddelhåndtering',
      validityMonths: 24,
    });
    const data = await gqlOk<{ updateCompetence: Competence }>(
      UPDATE,
      {
        input: {
          id: created.id,
          version: 1,
          area: 'Legemidler',
          validityMonths: null,
          active: false,
        },
      },
      await as(DEMO.coordinator),
    );
    expect(data.updateCompetence).toMatchObject({
      name: created.name,
      area: 'Legemidler',
      validityMonths: null,
      active: false,
      version: 2,
    });
    const { rows } = await db().query(
      `SELECT before->>'area' AS before, after->>'area' AS after FROM audit_log
        WHERE action = 'competence.update' AND entity_id = $1`,
      [created.id],
    );
    expect(rows).toEqual([{ before: 'Legemiddelhåndtering', after: 'Legemidler' }]);
  });

  it('refuses a stale version with CONFLICT and writes nothing', async () => {
    const created = await create({
      name: `Palliasjon ${uniqueToken()}`,
      buildingBlock: 'SKILLS',
      area: 'Palliasjon',
    });
    const options = await as(DEMO.admin);
    await gqlOk(UPDATE, { input: { id: created.id, version: 1, description: 'Første' } }, options);
    const stale = await gql(
      UPDATE,
      { input: { id: created.id, version: 1, description: 'Andre' } },
      options,
    );
    expect(stale.data).toBeNull();
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0].message).toMatch(/Noen andre har endret kompetansen/);
    const { rows } = await db().query('SELECT description, version FROM competence WHERE id = $1', [
      created.id,
    ]);
    expect(rows[0]).toEqual({ description: 'Første', version: 2 });
  });

  it('refuses a new scale that drops a level assessments use', async () => {
    const competence = await makeCompetence();
    const employee = await makeEmployee(await demoUnit('Hjemmetjenesten Gjøvik nord'));
    await addAssessments([
      {
        employeeId: employee.id,
        competenceId: competence.id,
        level: 4,
        source: 'INFORMAL',
        assessedOn: todayInNorway(),
      },
    ]);
    const result = await gql(
      UPDATE,
      {
        input: {
          id: competence.id,
          version: 1,
          scale: [
            { level: 0, description: 'Ingen' },
            { level: 1, description: 'Noe' },
            { level: 2, description: 'Mye' },
          ],
        },
      },
      await as(DEMO.coordinator),
    );
    expect(result.errors?.[0].extensions?.fields).toEqual([
      {
        field: 'scale',
        code: 'LEVEL_IN_USE',
        message: 'Nivåskala 0–2 mangler nivå 4, som er brukt i registrerte vurderinger',
      },
    ]);
    expect(
      await count('SELECT 1 FROM competence WHERE id = $1 AND version = 1', [competence.id]),
    ).toBe(1);
  });

  it('refuses renaming to a name in use, and answers NOT_FOUND for another region', async () => {
    const [first, second] = [await makeCompetence(), await makeCompetence()];
    const duplicate = await gql(
      UPDATE,
      { input: { id: second.id, version: 1, name: first.name.toLowerCase() } },
      await as(DEMO.coordinator),
    );
    expect(duplicate.errors?.[0].extensions?.fields?.[0]).toMatchObject({
      field: 'name',
      code: 'DUPLICATE_NAME',
    });
    expect(
      await count('SELECT 1 FROM competence WHERE id = $1 AND name = $2', [second.id, second.name]),
    ).toBe(1);

    const missing = await gql(
      UPDATE,
      { input: { id: '00000000-0000-4000-8000-000000000000', version: 1, name: 'X' } },
      await as(DEMO.coordinator),
    );
    expect(missing.errors?.[0]).toMatchObject({
      message: 'Fant ikke kompetansen',
      extensions: { code: 'NOT_FOUND' },
    });
  });
});
