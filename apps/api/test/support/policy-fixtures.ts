import { randomUUID } from 'node:crypto';
import { db } from './database';

/**
 * Records inside and outside the demo users' scopes, for the policy tests.
 * "In" lies in Hjemmetjenesten Gjøvik (the demo unit leader's unit, in the HR
 * user's municipality); "out" lies in Lena sykehjem, Østre Toten; "foreign"
 * lies in another region altogether.
 */
export interface PolicyFixtures {
  regionId: string;
  municipalityIn: string;
  municipalityOut: string;
  unitIn: string;
  unitOut: string;
  employeeIn: string;
  employeeOut: string;
  competenceId: string;
  foreignRegionId: string;
  foreignUserId: string;
  foreignRoleId: string;
  foreignMunicipalityId: string;
  /** A fresh employee in the given unit, for operations that use one up. */
  newEmployee(unitId: string): Promise<{ id: string; employeeNumber: string }>;
}

async function one<T = Record<string, string>>(sql: string, params: unknown[] = []): Promise<T> {
  const { rows } = await db().query(sql, params);
  if (!rows[0]) throw new Error(`Fixture query found nothing: ${sql}`);
  return rows[0] as T;
}

async function insertEmployee(unitId: string): Promise<{ id: string; employeeNumber: string }> {
  const employeeNumber = `POL-${randomUUID().slice(0, 8)}`;
  const row = await one(
    `INSERT INTO employee (region_id, municipality_id, unit_id, employee_number, given_name, family_name,
       fte, employment_type, birth_year)
     SELECT u.region_id, u.municipality_id, u.id, $2, 'Policy', 'Testperson', 80, 'PERMANENT', 1980
     FROM unit u WHERE u.id = $1 RETURNING id`,
    [unitId, employeeNumber],
  );
  return { id: row.id, employeeNumber };
}

export async function createPolicyFixtures(): Promise<PolicyFixtures> {
  const gjovik = await one(
    `SELECT id, region_id FROM municipality WHERE region_id = (SELECT id FROM region WHERE slug = 'gjovikregionen') AND number = '3407'`,
  );
  const ostreToten = await one(
    `SELECT id FROM municipality WHERE region_id = (SELECT id FROM region WHERE slug = 'gjovikregionen') AND number = '3442'`,
  );
  const unitIn = await one(`SELECT id FROM unit WHERE name = 'Hjemmetjenesten Gjøvik'`);
  const unitOut = await one(`SELECT id FROM unit WHERE name = 'Lena sykehjem'`);
  const competence = await one(
    `INSERT INTO competence (region_id, name, building_block, area, scale)
     VALUES ($1, $2, 'KNOWLEDGE', 'Policytest', '[{"level":0,"description":"Ingen"},{"level":1,"description":"Noe"},{"level":2,"description":"God"}]')
     RETURNING id`,
    [gjovik.region_id, `Policytest ${randomUUID().slice(0, 8)}`],
  );

  const suffix = randomUUID().slice(0, 8);
  const foreignRegion = await one(`INSERT INTO region (name, slug) VALUES ($1, $2) RETURNING id`, [
    `Annen region ${suffix}`,
    `annen-${suffix}`,
  ]);
  const foreignMunicipality = await one(
    `INSERT INTO municipality (region_id, number, name) VALUES ($1, '0099', 'Utenforkommune') RETURNING id`,
    [foreignRegion.id],
  );
  const foreignUser = await one(
    `INSERT INTO app_user (region_id, email, name) VALUES ($1, $2, 'Utenfor Bruker') RETURNING id`,
    [foreignRegion.id, `utenfor-${suffix}@annen.test`],
  );
  const foreignRole = await one(
    `INSERT INTO role_assignment (region_id, user_id, role) VALUES ($1, $2, 'BOARD_MEMBER') RETURNING id`,
    [foreignRegion.id, foreignUser.id],
  );

  return {
    regionId: gjovik.region_id,
    municipalityIn: gjovik.id,
    municipalityOut: ostreToten.id,
    unitIn: unitIn.id,
    unitOut: unitOut.id,
    employeeIn: (await insertEmployee(unitIn.id)).id,
    employeeOut: (await insertEmployee(unitOut.id)).id,
    competenceId: competence.id,
    foreignRegionId: foreignRegion.id,
    foreignUserId: foreignUser.id,
    foreignRoleId: foreignRole.id,
    foreignMunicipalityId: foreignMunicipality.id,
    newEmployee: insertEmployee,
  };
}
