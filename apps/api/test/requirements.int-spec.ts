import { randomUUID } from 'node:crypto';
import { addDays, addYears, todayInNorway } from '@kp/domain';
import { as, DEMO, gql, gqlOk } from './support/api-client';
import { closeDb, count, db } from './support/database';
import { makeUnit } from './support/factories';

const CREATE = `mutation ($input: CreateRequirementInput!) {
  createRequirement(input: $input) {
    id unitId municipalityId competenceId minLevel required measure horizon targetDate horizonDate
    priority rationaleKind rationale reference templateId version
    unit { name } competence { name }
  }
}`;
const UPDATE = `mutation ($input: UpdateRequirementInput!) {
  updateRequirement(input: $input) { id required version priority }
}`;
const COPY = `mutation ($input: CopyRequirementsInput!) {
  copyRequirements(input: $input) { created updated skipped targetUnitIds }
}`;

let gjovik: { id: string; region_id: string };
let ostreToten: { id: string };
let competenceId: string;
let today: string;

/** A fresh unit, at the top of a municipality or under a parent. */
function input(unitId: string, extra: Record<string, unknown> = {}) {
  return {
    unitId,
    competenceId,
    minLevel: 2,
    required: 3,
    horizon: 'NOW',
    priority: 'CRITICAL',
    rationaleKind: 'LAW',
    rationale: 'Forsvarlig drift',
    reference: 'Helse- og omsorgstjenesteloven § 4-1',
    ...extra,
  };
}

beforeAll(async () => {
  today = todayInNorway();
  ({
    rows: [gjovik],
  } = await db().query(
    `SELECT id, region_id FROM municipality WHERE region_id = (SELECT id FROM region WHERE slug = 'gjovikregionen') AND number = '3407'`,
  ));
  ({
    rows: [ostreToten],
  } = await db().query(
    `SELECT id FROM municipality WHERE region_id = (SELECT id FROM region WHERE slug = 'gjovikregionen') AND number = '3442'`,
  ));
  const { rows } = await db().query(
    `INSERT INTO competence (region_id, name, building_block, area, scale)
     VALUES ($1, $2, 'SKILLS', 'Kravtest',
       '[{"level":0,"description":"Ingen"},{"level":1,"description":"Noe"},{"level":2,"description":"God"}]')
     RETURNING id`,
    [gjovik.region_id, `Kravtest ${randomUUID().slice(0, 8)}`],
  );
  competenceId = rows[0].id;
});
afterAll(closeDb);

describe('creating a requirement', () => {
  it('stores what HR asks for in their municipality, and audits it', async () => {
    const unitId = await makeUnit(gjovik.id);
    const target = addDays(today, 30);
    const { createRequirement } = await gqlOk<{ createRequirement: Record<string, unknown> }>(
      CREATE,
      {
        input: input(unitId, {
          horizon: 'ONE_YEAR',
          targetDate: target,
          measure: 'FTE',
          required: 2.5,
        }),
      },
      await as(DEMO.hrGjovik),
    );
    expect(createRequirement).toMatchObject({
      unitId,
      municipalityId: gjovik.id,
      competenceId,
      minLevel: 2,
      required: 2.5,
      measure: 'FTE',
      horizon: 'ONE_YEAR',
      targetDate: target,
      horizonDate: target,
      priority: 'CRITICAL',
      rationaleKind: 'LAW',
      reference: 'Helse- og omsorgstjenesteloven § 4-1',
      templateId: null,
      version: 1,
    });
    expect(
      await count(
        `SELECT 1 FROM audit_log WHERE action = 'requirement.create' AND entity_id = $1`,
        [createRequirement.id],
      ),
    ).toBe(1);
  });

  it('dates a requirement without a target date by its horizon', async () => {
    const unitId = await makeUnit(gjovik.id);
    const { createRequirement } = await gqlOk<{ createRequirement: { horizonDate: string } }>(
      CREATE,
      { input: input(unitId, { horizon: 'THREE_YEARS' }) },
      await as(DEMO.hrGjovik),
    );
    expect(createRequirement.horizonDate).toBe(addYears(today, 3));
  });

  it('reports a level the scale lacks, a count of zero and a past date at once, and writes nothing', async () => {
    const unitId = await makeUnit(gjovik.id);
    const result = await gql(
      CREATE,
      { input: input(unitId, { minLevel: 3, required: 0, targetDate: addDays(today, -1) }) },
      await as(DEMO.hrGjovik),
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const fields = result.errors?.[0].extensions?.fields ?? [];
    expect(fields.map((f) => [f.field, f.code])).toEqual([
      ['minLevel', 'LEVEL_NOT_ON_SCALE'],
      ['required', 'NOT_POSITIVE'],
      ['targetDate', 'DATE_IN_PAST'],
    ]);
    expect(fields[0].message).toMatch(
      /^Minstenivå 3 finnes ikke på skalaen til «Kravtest .*» \(0–2\)$/,
    );
    expect(fields[1].message).toBe('Antall må være større enn 0');
    expect(fields[2].message).toBe('Måldato kan ikke være tilbake i tid');
    expect(await count(`SELECT 1 FROM requirement WHERE unit_id = $1`, [unitId])).toBe(0);
  });

  it('refuses a negative count, part of a person and a target date beyond the horizon', async () => {
    const unitId = await makeUnit(gjovik.id);
    const negative = await gql(
      CREATE,
      { input: input(unitId, { required: -2 }) },
      await as(DEMO.hrGjovik),
    );
    expect(negative.errors?.[0].extensions?.fields?.[0]).toMatchObject({
      field: 'required',
      code: 'NOT_POSITIVE',
    });
    const half = await gql(
      CREATE,
      { input: input(unitId, { required: 1.5 }) },
      await as(DEMO.hrGjovik),
    );
    expect(half.errors?.[0].extensions?.fields?.[0]).toMatchObject({
      field: 'required',
      code: 'NOT_AN_INTEGER',
      message: 'Antall personer må være et helt tall',
    });
    const late = await gql(
      CREATE,
      { input: input(unitId, { horizon: 'ONE_YEAR', targetDate: addDays(addYears(today, 1), 1) }) },
      await as(DEMO.hrGjovik),
    );
    expect(late.errors?.[0].extensions?.fields?.[0]).toMatchObject({
      field: 'targetDate',
      code: 'OUTSIDE_HORIZON',
    });
    expect(await count(`SELECT 1 FROM requirement WHERE unit_id = $1`, [unitId])).toBe(0);
  });

  it('answers for a unit outside the caller’s scope exactly as for a unit that does not exist', async () => {
    const elsewhere = await makeUnit(ostreToten.id);
    const outside = await gql(CREATE, { input: input(elsewhere) }, await as(DEMO.hrGjovik));
    const missing = await gql(CREATE, { input: input(randomUUID()) }, await as(DEMO.hrGjovik));
    expect(outside.errors?.[0].extensions?.fields).toEqual([
      { field: 'unitId', code: 'UNKNOWN_UNIT', message: 'Enheten finnes ikke' },
    ]);
    // the same answer but for each request's own id
    const withoutRequestId = (error: (typeof outside.errors & object)[number] | undefined) => {
      const extensions: Record<string, unknown> = { ...error?.extensions };
      expect(extensions.requestId).toMatch(/^[0-9a-f-]{36}$/);
      return { ...error, extensions: { ...extensions, requestId: undefined } };
    };
    expect(withoutRequestId(missing.errors?.[0])).toEqual(withoutRequestId(outside.errors?.[0]));
    expect(await count(`SELECT 1 FROM requirement WHERE unit_id = $1`, [elsewhere])).toBe(0);
  });

  it('lets a unit leader set requirements in their own units only', async () => {
    const { rows } = await db().query(`SELECT id FROM unit WHERE name = 'Hjemmetjenesten Gjøvik'`);
    const own = await makeUnit(gjovik.id, { parentId: rows[0].id });
    await gqlOk(CREATE, { input: input(own) }, await as(DEMO.leaderHomeCareGjovik));
    const sibling = await makeUnit(gjovik.id);
    const result = await gql(
      CREATE,
      { input: input(sibling) },
      await as(DEMO.leaderHomeCareGjovik),
    );
    expect(result.errors?.[0].extensions?.fields?.[0].code).toBe('UNKNOWN_UNIT');
  });

  it('refuses a second requirement for the same competence, level, measure and horizon', async () => {
    const unitId = await makeUnit(gjovik.id);
    await gqlOk(CREATE, { input: input(unitId) }, await as(DEMO.hrGjovik));
    const again = await gql(
      CREATE,
      { input: input(unitId, { required: 5 }) },
      await as(DEMO.hrGjovik),
    );
    expect(again.errors?.[0].extensions?.fields?.[0]).toMatchObject({
      field: 'competenceId',
      code: 'DUPLICATE_REQUIREMENT',
    });
    expect(await count(`SELECT 1 FROM requirement WHERE unit_id = $1`, [unitId])).toBe(1);
  });
});

describe('changing a requirement', () => {
  it('uses optimistic locking: a stale version changes nothing', async () => {
    const unitId = await makeUnit(gjovik.id);
    const { createRequirement } = await gqlOk<{ createRequirement: { id: string } }>(
      CREATE,
      { input: input(unitId) },
      await as(DEMO.hrGjovik),
    );
    const { updateRequirement } = await gqlOk<{ updateRequirement: { version: number } }>(
      UPDATE,
      { input: { id: createRequirement.id, version: 1, required: 6, priority: 'IMPORTANT' } },
      await as(DEMO.hrGjovik),
    );
    expect(updateRequirement).toMatchObject({ required: 6, version: 2, priority: 'IMPORTANT' });
    const stale = await gql(
      UPDATE,
      { input: { id: createRequirement.id, version: 1, required: 9 } },
      await as(DEMO.hrGjovik),
    );
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const { rows } = await db().query(
      `SELECT required::float8 AS r, version FROM requirement WHERE id = $1`,
      [createRequirement.id],
    );
    expect(rows[0]).toEqual({ r: 6, version: 2 });
    expect(
      await count(
        `SELECT 1 FROM audit_log WHERE action = 'requirement.update' AND entity_id = $1`,
        [createRequirement.id],
      ),
    ).toBe(1);
  });

  it('validates the level against the scale on update, and deletes with the current version', async () => {
    const unitId = await makeUnit(gjovik.id);
    const { createRequirement } = await gqlOk<{ createRequirement: { id: string } }>(
      CREATE,
      { input: input(unitId) },
      await as(DEMO.hrGjovik),
    );
    const bad = await gql(
      UPDATE,
      { input: { id: createRequirement.id, version: 1, minLevel: 7 } },
      await as(DEMO.hrGjovik),
    );
    expect(bad.errors?.[0].extensions?.fields?.[0].code).toBe('LEVEL_NOT_ON_SCALE');
    const other = await gql(
      'mutation ($id: ID!) { deleteRequirement(id: $id, version: 1) }',
      { id: createRequirement.id },
      await as(DEMO.leaderNursingHomeOstreToten),
    );
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await gqlOk(
      'mutation ($id: ID!) { deleteRequirement(id: $id, version: 1) }',
      { id: createRequirement.id },
      await as(DEMO.hrGjovik),
    );
    expect(await count(`SELECT 1 FROM requirement WHERE id = $1`, [createRequirement.id])).toBe(0);
  });
});

describe('reading requirements', () => {
  it('shows every role the requirements of any unit in the region (they are not personal data)', async () => {
    const unitId = await makeUnit(ostreToten.id);
    await gqlOk(CREATE, { input: input(unitId) }, await as(DEMO.coordinator));
    const { requirements } = await gqlOk<{ requirements: Array<{ unitId: string }> }>(
      'query ($unitId: ID) { requirements(filter: { unitId: $unitId }) { unitId municipality { number } } }',
      { unitId },
      await as(DEMO.board),
    );
    expect(requirements).toEqual([{ unitId, municipality: { number: '3442' } }]);
  });
});

describe('templates', () => {
  async function sourceWithSet(): Promise<string> {
    const source = await makeUnit(gjovik.id, { serviceType: 'sykehjem' });
    await gqlOk(CREATE, { input: input(source) }, await as(DEMO.coordinator));
    await gqlOk(
      CREATE,
      { input: input(source, { minLevel: 1, required: 5, horizon: 'THREE_YEARS' }) },
      await as(DEMO.coordinator),
    );
    await gqlOk(
      `mutation ($input: CreateStaffingRequirementInput!) { createStaffingRequirement(input: $input) { id } }`,
      {
        input: {
          unitId: source,
          professionCode: '2223',
          requiredFte: 4.5,
          horizon: 'NOW',
          priority: 'CRITICAL',
          rationaleKind: 'LAW',
        },
      },
      await as(DEMO.coordinator),
    );
    return source;
  }

  it('copies a unit’s set across municipalities, skips what a unit already has, replaces on request', async () => {
    const source = await sourceWithSet();
    const targets = [await makeUnit(gjovik.id), await makeUnit(ostreToten.id)];
    const first = await gqlOk<{ copyRequirements: Record<string, unknown> }>(
      COPY,
      { input: { sourceUnitId: source, targetUnitIds: targets } },
      await as(DEMO.coordinator),
    );
    expect(first.copyRequirements).toEqual({
      created: 6,
      updated: 0,
      skipped: 0,
      targetUnitIds: expect.arrayContaining(targets),
    });
    const { rows } = await db().query(
      `SELECT r.unit_id, r.required::float8 AS required, s.unit_id AS template_unit
       FROM requirement r JOIN requirement s ON s.id = r.template_id
       WHERE r.unit_id = ANY($1::uuid[]) ORDER BY r.required`,
      [targets],
    );
    expect(rows).toHaveLength(4);
    expect(rows.every((row) => row.template_unit === source)).toBe(true);

    // adjusted locally, then copied again: kept, unless asked to replace
    await db().query(`UPDATE requirement SET required = 8 WHERE unit_id = $1 AND min_level = 2`, [
      targets[0],
    ]);
    const again = await gqlOk<{ copyRequirements: Record<string, number> }>(
      COPY,
      { input: { sourceUnitId: source, targetUnitIds: targets } },
      await as(DEMO.coordinator),
    );
    expect(again.copyRequirements).toMatchObject({ created: 0, updated: 0, skipped: 6 });
    const replaced = await gqlOk<{ copyRequirements: Record<string, number> }>(
      COPY,
      { input: { sourceUnitId: source, targetUnitIds: [targets[0]], replaceExisting: true } },
      await as(DEMO.coordinator),
    );
    expect(replaced.copyRequirements).toMatchObject({ created: 0, updated: 3, skipped: 0 });
    expect(
      await count(
        `SELECT 1 FROM requirement WHERE unit_id = $1 AND min_level = 2 AND required = 3`,
        [targets[0]],
      ),
    ).toBe(1);
  });

  it('lets HR copy only into their own municipality, and writes nothing otherwise', async () => {
    const source = await sourceWithSet();
    const own = await makeUnit(gjovik.id);
    const foreign = await makeUnit(ostreToten.id);
    const result = await gql(
      COPY,
      { input: { sourceUnitId: source, targetUnitIds: [own, foreign] } },
      await as(DEMO.hrGjovik),
    );
    expect(result.errors?.[0].extensions?.fields?.[0]).toMatchObject({
      field: 'targetUnitIds',
      code: 'UNKNOWN_UNIT',
    });
    expect(
      await count(`SELECT 1 FROM requirement WHERE unit_id = ANY($1::uuid[])`, [[own, foreign]]),
    ).toBe(0);
    const ok = await gqlOk<{ copyRequirements: { created: number } }>(
      COPY,
      { input: { sourceUnitId: source, targetUnitIds: [own], includeStaffing: false } },
      await as(DEMO.hrGjovik),
    );
    expect(ok.copyRequirements.created).toBe(2);
  });
});

describe('staffing requirements', () => {
  it('needs a known STYRK code and more than zero årsverk', async () => {
    const unitId = await makeUnit(gjovik.id);
    const result = await gql(
      `mutation ($input: CreateStaffingRequirementInput!) { createStaffingRequirement(input: $input) { id } }`,
      {
        input: {
          unitId,
          professionCode: '9999',
          requiredFte: 0,
          horizon: 'NOW',
          priority: 'CRITICAL',
          rationaleKind: 'LAW',
        },
      },
      await as(DEMO.hrGjovik),
    );
    expect(result.errors?.[0].extensions?.fields?.map((f) => f.code)).toEqual([
      'UNKNOWN_PROFESSION',
      'NOT_POSITIVE',
    ]);
    const { createStaffingRequirement } = await gqlOk<{
      createStaffingRequirement: Record<string, unknown>;
    }>(
      `mutation ($input: CreateStaffingRequirementInput!) {
         createStaffingRequirement(input: $input) { professionCode professionName requiredFte horizon }
       }`,
      {
        input: {
          unitId,
          professionCode: '2224',
          requiredFte: 3.25,
          horizon: 'THREE_YEARS',
          priority: 'CRITICAL',
          rationaleKind: 'LOCAL_GOAL',
        },
      },
      await as(DEMO.hrGjovik),
    );
    expect(createStaffingRequirement).toEqual({
      professionCode: '2224',
      professionName: 'Vernepleiere',
      requiredFte: 3.25,
      horizon: 'THREE_YEARS',
    });
  });

  it('changes with optimistic locking and deletes, audited like competence requirements', async () => {
    const unitId = await makeUnit(gjovik.id);
    const hr = await as(DEMO.hrGjovik);
    const { createStaffingRequirement: created } = await gqlOk<{
      createStaffingRequirement: { id: string };
    }>(
      `mutation ($input: CreateStaffingRequirementInput!) {
         createStaffingRequirement(input: $input) { id } }`,
      {
        input: {
          unitId,
          professionCode: '2223',
          requiredFte: 4,
          horizon: 'ONE_YEAR',
          priority: 'IMPORTANT',
          rationaleKind: 'LOCAL_GOAL',
          reference: '',
        },
      },
      hr,
    );
    const UPDATE_STAFFING = `mutation ($input: UpdateStaffingRequirementInput!) {
      updateStaffingRequirement(input: $input) { requiredFte priority version reference } }`;
    const { updateStaffingRequirement } = await gqlOk<{
      updateStaffingRequirement: Record<string, unknown>;
    }>(UPDATE_STAFFING, { input: { id: created.id, version: 1, requiredFte: 5.5 } }, hr);
    expect(updateStaffingRequirement).toEqual({
      requiredFte: 5.5,
      priority: 'IMPORTANT',
      version: 2,
      reference: null,
    });
    const stale = await gql(
      UPDATE_STAFFING,
      { input: { id: created.id, version: 1, requiredFte: 9 } },
      hr,
    );
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const gone = await gqlOk<{ deleteStaffingRequirement: string }>(
      `mutation ($id: ID!) { deleteStaffingRequirement(id: $id, version: 2) }`,
      { id: created.id },
      hr,
    );
    expect(gone.deleteStaffingRequirement).toBe(created.id);
    const { rows } = await db().query(
      `SELECT action, after->>'requiredFte' AS after FROM audit_log
        WHERE entity_id = $1 ORDER BY id`,
      [created.id],
    );
    expect(rows).toEqual([
      { action: 'staffingRequirement.create', after: '4' },
      { action: 'staffingRequirement.update', after: '5.5' },
      { action: 'staffingRequirement.delete', after: null },
    ]);
  });
});
