import { randomUUID } from 'node:crypto';
import { db } from './database';

/** Small factories for appraisal tests and policy probes: rows straight into the database. */

async function one<T = Record<string, string>>(sql: string, params: unknown[] = []): Promise<T> {
  const { rows } = await db().query(sql, params);
  if (!rows[0]) throw new Error(`Factory query found nothing: ${sql}`);
  return rows[0] as T;
}

/** The current cycle of the unit's municipality: opened last on or before today. */
export async function currentCycleForUnit(unitId: string): Promise<{ id: string; name: string }> {
  return one(
    `SELECT c.id, c.name FROM appraisal_cycle c JOIN unit u ON u.municipality_id = c.municipality_id
     WHERE u.id = $1
     ORDER BY (c.opens_on <= current_date) DESC, c.opens_on DESC LIMIT 1`,
    [unitId],
  );
}

/** A cycle far in the future (years 3000–3999), so it never overlaps another. */
export async function makeFutureCycle(municipalityId: string): Promise<{ id: string }> {
  const year = 3000 + Math.floor(Math.random() * 1000);
  return one(
    `INSERT INTO appraisal_cycle (region_id, municipality_id, name, opens_on, closes_on)
     SELECT m.region_id, m.id, $2, make_date($3, 1, 1) + (random() * 200)::int, make_date($3, 12, 31)
     FROM municipality m WHERE m.id = $1 RETURNING id`,
    [municipalityId, `Fremtidig runde ${randomUUID().slice(0, 8)}`, year],
  );
}

export async function makeEmployee(
  unitId: string,
  names: { givenName?: string; familyName?: string } = {},
): Promise<{ id: string; employeeNumber: string; givenName: string; familyName: string }> {
  const employeeNumber = `APR-${randomUUID().slice(0, 8)}`;
  const givenName = names.givenName ?? 'Ada';
  const familyName = names.familyName ?? `Samtale-${randomUUID().slice(0, 6)}`;
  const row = await one(
    `INSERT INTO employee (region_id, municipality_id, unit_id, employee_number, given_name,
       family_name, fte, employment_type, birth_year, profession_code, position_title)
     SELECT u.region_id, u.municipality_id, u.id, $2, $3, $4, 80, 'PERMANENT', 1985, '5321',
            'Helsefagarbeider'
     FROM unit u WHERE u.id = $1 RETURNING id`,
    [unitId, employeeNumber, givenName, familyName],
  );
  return { id: row.id, employeeNumber, givenName, familyName };
}

/** A competence on the 0–4 scale, with a name no other test uses. */
export async function makeCompetence(regionId: string, prefix = 'Samtaletest'): Promise<string> {
  const scale = JSON.stringify(
    [0, 1, 2, 3, 4].map((level) => ({
      level,
      name: `Nivå ${level}`,
      description: `Beskrivelse av nivå ${level}`,
    })),
  );
  const row = await one(
    `INSERT INTO competence (region_id, name, building_block, area, scale)
     VALUES ($1, $2, 'SKILLS', 'Samtaletest', $3) RETURNING id`,
    [regionId, `${prefix} ${randomUUID().slice(0, 8)}`, scale],
  );
  return row.id;
}

/**
 * An appraisal for a fresh employee in the unit, in the municipality's current cycle, at
 * version 1: a draft, or signed off when `completed`.
 */
export async function makeAppraisal(
  unitId: string,
  status: 'DRAFT' | 'COMPLETED' = 'DRAFT',
): Promise<{ id: string; employeeId: string }> {
  const employee = await makeEmployee(unitId);
  const cycle = await currentCycleForUnit(unitId);
  const completed = status === 'COMPLETED';
  const row = await one(
    `INSERT INTO appraisal (region_id, municipality_id, cycle_id, employee_id, status, held_on,
       completed_at)
     SELECT e.region_id, e.municipality_id, $2, e.id, $3, $4::date, $5::timestamptz
     FROM employee e WHERE e.id = $1 RETURNING id`,
    [
      employee.id,
      cycle.id,
      status,
      completed ? '2026-10-01' : null,
      completed ? '2026-10-01T12:00:00Z' : null,
    ],
  );
  return { id: row.id, employeeId: employee.id };
}
