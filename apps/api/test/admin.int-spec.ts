import { randomUUID } from 'node:crypto';
import { as, DEMO, gql, gqlOk } from './support/api-client';
import { closeDb, db } from './support/database';
import { demoUnit, uniqueToken } from './support/factories';

const CREATE = `mutation ($input: CreateUserInput!) { createUser(input: $input) { id email version roles { id role } } }`;
const UPDATE = `mutation ($input: UpdateUserInput!) { updateUser(input: $input) { id name active version } }`;
const ASSIGN = `mutation ($input: AssignRoleInput!) { assignRole(input: $input) { roles { id role scopeName } } }`;

afterAll(closeDb);

async function newUser(password?: string) {
  const email = `bruker-${randomUUID().slice(0, 8)}@reks.demo`;
  const { createUser } = await gqlOk<{
    createUser: { id: string; email: string; version: number };
  }>(CREATE, { input: { email, name: 'Test Bruker', password } }, await as(DEMO.admin));
  return createUser;
}

describe('users and roles', () => {
  it('creates a user who can sign in once given a role', async () => {
    const user = await newUser('et-langt-passord-2026');
    const gjovik = await db().query(
      `SELECT id FROM municipality WHERE region_id = (SELECT id FROM region WHERE slug = 'gjovikregionen') AND number = '3407'`,
    );
    const { assignRole } = await gqlOk<{
      assignRole: { roles: Array<{ role: string; scopeName: string }> };
    }>(
      ASSIGN,
      { input: { userId: user.id, role: 'MUNICIPALITY_HR', municipalityId: gjovik.rows[0].id } },
      await as(DEMO.admin),
    );
    expect(assignRole.roles).toEqual([
      expect.objectContaining({ role: 'MUNICIPALITY_HR', scopeName: 'Gjøvik' }),
    ]);
    const login = await gqlOk<{ login: { me: { roles: Array<{ role: string }> } } }>(
      `mutation { login(email: "${user.email}", password: "et-langt-passord-2026") { me { roles { role } } } }`,
    );
    expect(login.login.me.roles).toEqual([{ role: 'MUNICIPALITY_HR' }]);
  });

  it('refuses a duplicate e-mail and a role without its scope, in Norwegian', async () => {
    const user = await newUser();
    const duplicate = await gql(
      CREATE,
      { input: { email: user.email, name: 'X' } },
      await as(DEMO.admin),
    );
    expect(duplicate.errors?.[0].extensions?.fields).toEqual([
      {
        field: 'email',
        code: 'DUPLICATE_EMAIL',
        message: 'Det finnes allerede en bruker med denne e-postadressen',
      },
    ]);
    const unscoped = await gql(
      ASSIGN,
      { input: { userId: user.id, role: 'UNIT_LEADER' } },
      await as(DEMO.admin),
    );
    expect(unscoped.errors?.[0].extensions?.fields?.[0]).toMatchObject({
      field: 'unitId',
      code: 'SCOPE_REQUIRED',
    });
  });

  it('takes a role scope only from the own region, and the unit names its municipality', async () => {
    const user = await newUser();
    const region = await db().query(
      `INSERT INTO region (name, slug) VALUES ($1, $1) RETURNING id`,
      [`annen-region-${uniqueToken()}`],
    );
    const municipality = await db().query(
      `INSERT INTO municipality (region_id, number, name) VALUES ($1, '9999', 'Annen kommune')
       RETURNING id`,
      [region.rows[0].id],
    );
    const unit = await db().query(
      `WITH new_id AS (SELECT gen_random_uuid() AS id)
       INSERT INTO unit (id, region_id, municipality_id, path, name, kind)
       SELECT new_id.id, $1, $2, ARRAY[new_id.id], 'Annen enhet', 'UNIT' FROM new_id RETURNING id`,
      [region.rows[0].id, municipality.rows[0].id],
    );
    const foreignUnit = await gql(
      ASSIGN,
      { input: { userId: user.id, role: 'UNIT_LEADER', unitId: unit.rows[0].id } },
      await as(DEMO.admin),
    );
    expect(foreignUnit.errors?.[0].extensions?.fields?.[0]).toMatchObject({
      field: 'unitId',
      code: 'SCOPE_REQUIRED',
    });
    const foreignMunicipality = await gql(
      ASSIGN,
      {
        input: {
          userId: user.id,
          role: 'MUNICIPALITY_HR',
          municipalityId: municipality.rows[0].id,
        },
      },
      await as(DEMO.admin),
    );
    expect(foreignMunicipality.errors?.[0].extensions?.fields?.[0]).toMatchObject({
      field: 'municipalityId',
      code: 'SCOPE_REQUIRED',
    });
    expect(
      (await db().query(`SELECT 1 FROM role_assignment WHERE user_id = $1`, [user.id])).rows,
    ).toHaveLength(0);

    const own = await demoUnit('Hjemmetjenesten Gjøvik');
    await gqlOk(
      ASSIGN,
      { input: { userId: user.id, role: 'UNIT_LEADER', unitId: own.id } },
      await as(DEMO.admin),
    );
    const assigned = await db().query(
      `SELECT municipality_id AS "municipalityId", unit_id AS "unitId"
         FROM role_assignment WHERE user_id = $1`,
      [user.id],
    );
    expect(assigned.rows).toEqual([{ municipalityId: own.municipalityId, unitId: own.id }]);
  });

  it('detects a stale version instead of overwriting', async () => {
    const user = await newUser();
    await gqlOk(
      UPDATE,
      { input: { id: user.id, version: user.version, name: 'Første' } },
      await as(DEMO.admin),
    );
    const stale = await gql(
      UPDATE,
      { input: { id: user.id, version: user.version, name: 'Andre' } },
      await as(DEMO.admin),
    );
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const { rows } = await db().query('SELECT name FROM app_user WHERE id = $1', [user.id]);
    expect(rows[0].name).toBe('Første');
  });

  it('ends the sessions of a user who is deactivated', async () => {
    const user = await newUser('et-langt-passord-2026');
    await db().query(
      `INSERT INTO role_assignment (region_id, user_id, role) SELECT region_id, id, 'BOARD_MEMBER' FROM app_user WHERE id = $1`,
      [user.id],
    );
    const { login } = await gqlOk<{ login: { token: string } }>(
      `mutation { login(email: "${user.email}", password: "et-langt-passord-2026") { token } }`,
    );
    const { rows } = await db().query('SELECT version FROM app_user WHERE id = $1', [user.id]);
    await gqlOk(
      UPDATE,
      { input: { id: user.id, version: rows[0].version, active: false } },
      await as(DEMO.admin),
    );
    const me = await gql(
      '{ me { email } }',
      {},
      { headers: { authorization: `Bearer ${login.token}` } },
    );
    expect(me.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('region settings', () => {
  it('are read by everyone and changed only within sensible limits', async () => {
    const { regionSettings } = await gqlOk<{ regionSettings: { minGroupSize: number } }>(
      '{ regionSettings { minGroupSize } }',
      {},
      await as(DEMO.board),
    );
    expect(regionSettings.minGroupSize).toBe(5);
    const tooSmall = await gql(
      'mutation { updateRegionSettings(input: { minGroupSize: 1 }) { minGroupSize } }',
      {},
      await as(DEMO.admin),
    );
    expect(tooSmall.errors?.[0].extensions?.fields?.[0]).toMatchObject({
      field: 'minGroupSize',
      code: 'TOO_SMALL',
    });
  });
});
