import { randomUUID } from 'node:crypto';
import { db } from './database';
import { makeUnit } from './factories';

/** Demo places the plan tests work in. */
export interface PlanPlaces {
  regionId: string;
  gjovik: string;
  ostreToten: string;
  /** Hjemmetjenesten Gjøvik: the demo unit leader's unit. */
  homeCare: string;
  /** Lena sykehjem, Østre Toten. */
  lena: string;
  competenceId: string;
}

export async function planPlaces(): Promise<PlanPlaces> {
  const { rows } = await db().query(
    `SELECT m1.region_id, m1.id AS gjovik, m2.id AS ostre,
            (SELECT id FROM unit WHERE name = 'Hjemmetjenesten Gjøvik') AS home_care,
            (SELECT id FROM unit WHERE name = 'Lena sykehjem') AS lena
     FROM municipality m1, municipality m2 WHERE m1.region_id = (SELECT id FROM region WHERE slug = 'gjovikregionen') AND m1.number = '3407' AND m2.region_id = (SELECT id FROM region WHERE slug = 'gjovikregionen') AND m2.number = '3442'`,
  );
  const competence = await db().query(
    `INSERT INTO competence (region_id, name, building_block, area, scale)
     VALUES ($1, $2, 'SKILLS', 'Plantest',
       '[{"level":0,"description":"Ingen"},{"level":1,"description":"Noe"},{"level":2,"description":"God"}]')
     RETURNING id`,
    [rows[0].region_id, `Plantest ${randomUUID().slice(0, 8)}`],
  );
  return {
    regionId: rows[0].region_id,
    gjovik: rows[0].gjovik,
    ostreToten: rows[0].ostre,
    homeCare: rows[0].home_care,
    lena: rows[0].lena,
    competenceId: competence.rows[0].id,
  };
}

/** A fresh department under a unit (its own plans never collide with other tests'). */
export function departmentUnder(municipalityId: string, parentId: string): Promise<string> {
  return makeUnit(municipalityId, { parentId, name: `Planavdeling ${randomUUID().slice(0, 8)}` });
}

export async function requirementAt(
  unitId: string,
  competenceId: string,
  minLevel = 1,
): Promise<string> {
  const { rows } = await db().query(
    `INSERT INTO requirement (region_id, municipality_id, unit_id, competence_id, min_level,
       required, measure, horizon, priority, rationale_kind)
     SELECT region_id, municipality_id, id, $2, $3, 4, 'HEADCOUNT', 'NOW', 'IMPORTANT', 'LOCAL_GOAL'
     FROM unit WHERE id = $1 RETURNING id`,
    [unitId, competenceId, minLevel],
  );
  return rows[0].id;
}

/** A region of its own with a unit and a requirement: "another region". */
export async function foreignRequirement(): Promise<string> {
  const suffix = randomUUID().slice(0, 8);
  const region = await db().query(`INSERT INTO region (name, slug) VALUES ($1, $2) RETURNING id`, [
    `Planregion ${suffix}`,
    `planregion-${suffix}`,
  ]);
  const regionId = region.rows[0].id;
  const { rows } = await db().query(
    `WITH m AS (INSERT INTO municipality (region_id, number, name) VALUES ($1, '0098', 'Fjernkommune') RETURNING id),
          c AS (INSERT INTO competence (region_id, name, building_block, area, scale)
                VALUES ($1, 'Fjernkompetanse', 'SKILLS', 'Fjern',
                  '[{"level":0,"description":"Ingen"},{"level":1,"description":"Noe"}]') RETURNING id),
          u AS (INSERT INTO unit (id, region_id, municipality_id, path, name, kind)
                SELECT x.id, $1, m.id, ARRAY[x.id], 'Fjernenhet', 'UNIT'
                FROM m, (SELECT gen_random_uuid() AS id) x RETURNING id, municipality_id)
     INSERT INTO requirement (region_id, municipality_id, unit_id, competence_id, min_level,
       required, measure, horizon, priority, rationale_kind)
     SELECT $1, u.municipality_id, u.id, c.id, 1, 2, 'HEADCOUNT', 'NOW', 'IMPORTANT', 'LOCAL_GOAL'
     FROM u, c RETURNING id`,
    [regionId],
  );
  return rows[0].id;
}

/** Someone listed in the teaching directory with consent, in the given municipality. */
export async function consentingTeacher(
  municipalityId: string,
): Promise<{ employeeId: string; competenceId: string; name: string }> {
  const { rows } = await db().query(
    `SELECT t.employee_id AS "employeeId", t.competence_id AS "competenceId",
            e.given_name || ' ' || e.family_name AS name
     FROM teaching_directory_entry t JOIN employee e ON e.id = t.employee_id
     WHERE t.consent AND t.municipality_id = $1 AND e.active AND e.erased_at IS NULL
     ORDER BY t.employee_id, t.competence_id LIMIT 1`,
    [municipalityId],
  );
  if (!rows[0]) throw new Error('The demo data has no consenting teacher here');
  return rows[0];
}

/** Participants from the municipality's staff, written directly (sign-up is another module). */
export async function addParticipants(
  measureId: string,
  municipalityId: string,
  count: number,
): Promise<void> {
  await db().query(
    `INSERT INTO measure_participant (measure_id, region_id, municipality_id, employee_id)
     SELECT $1, e.region_id, e.municipality_id, e.id FROM employee e
     WHERE e.municipality_id = $2 AND e.active AND e.erased_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM measure_participant p WHERE p.measure_id = $1 AND p.employee_id = e.id)
     ORDER BY e.id LIMIT $3`,
    [measureId, municipalityId, count],
  );
}
