import { PROFESSION_CODES } from '@kp/domain';
import { demoCompetence } from '../src/seed/demo-catalogue';
import { DEMO_REFERENCE_DATE, type DemoPeople, generateDemoPeople } from '../src/seed/demo-people';
import { DEMO_MEASURES } from '../src/seed/demo-plans';
import { DEMO } from './support/api-client';
import { closeDb, db } from './support/database';

// The demo data as the first start seeded it. Other test files share this database and may add
// employees or change a few demo rows, so the seeded rows are found by their ids (the generator
// is deterministic, so it names them) and never by global counts.

let people: DemoPeople;
let employeeIds: string[];
let assessmentIds: string[];

beforeAll(() => {
  people = generateDemoPeople();
  employeeIds = people.employees.map((e) => e.id);
  assessmentIds = people.assessments.map((a) => a.id);
});

afterAll(closeDb);

async function rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  return (await db().query(sql, params)).rows as T[];
}

describe('demo employees', () => {
  it('are about 2,500 in the demo region', async () => {
    const [seeded] = await rows<{ n: number; regions: string[] }>(
      `SELECT count(*)::int AS n, array_agg(DISTINCT r.slug) AS regions
       FROM employee e JOIN region r ON r.id = e.region_id
       WHERE e.id = ANY($1::uuid[])`,
      [employeeIds],
    );
    expect(seeded).toEqual({ n: 2500, regions: ['gjovikregionen'] });
  });

  it('are spread over the municipalities as intended: Gjøvik about 40 %, Søndre Land smallest', async () => {
    const counts = await rows<{ number: string; n: number }>(
      `SELECT m.number, count(*)::int AS n
       FROM employee e JOIN municipality m ON m.id = e.municipality_id
       WHERE e.id = ANY($1::uuid[])
       GROUP BY m.number ORDER BY n DESC`,
      [employeeIds],
    );
    expect(counts.map((c) => c.number)).toEqual(['3407', '3442', '3443', '3448', '3447']);
    const total = counts.reduce((sum, c) => sum + c.n, 0);
    expect(counts[0].n / total).toBeGreaterThan(0.38);
    expect(counts[0].n / total).toBeLessThan(0.42);
  });

  it('all have a known STYRK-08 profession code', async () => {
    const codes = await rows<{ code: string }>(
      `SELECT DISTINCT profession_code AS code FROM employee WHERE id = ANY($1::uuid[])`,
      [employeeIds],
    );
    expect(codes.length).toBeGreaterThan(8);
    expect(codes.filter((c) => !PROFESSION_CODES.includes(c.code))).toEqual([]);
  });

  it('carry no 11-digit number anywhere (nothing that looks like a national identity number)', async () => {
    const [found] = await rows<{ employees: number; qualifications: number; assessments: number }>(
      `SELECT
         (SELECT count(*)::int FROM employee
          WHERE id = ANY($1::uuid[])
            AND concat_ws(' ', employee_number, given_name, family_name, position_title)
                ~ '[0-9]{11}') AS employees,
         (SELECT count(*)::int FROM qualification
          WHERE employee_id = ANY($1::uuid[])
            AND concat_ws(' ', title, issuer, source_ref) ~ '[0-9]{11}') AS qualifications,
         (SELECT count(*)::int FROM assessment
          WHERE id = ANY($2::uuid[]) AND evidence ~ '[0-9]{11}') AS assessments`,
      [employeeIds, assessmentIds],
    );
    expect(found).toEqual({ employees: 0, qualifications: 0, assessments: 0 });
    const numbers = await rows<{ employee_number: string }>(
      `SELECT employee_number FROM employee WHERE id = ANY($1::uuid[])`,
      [employeeIds],
    );
    expect(numbers.length).toBeGreaterThan(2400);
    expect(numbers.filter((n) => !/^\d{6}$/.test(n.employee_number))).toEqual([]);
  });

  it('are stored as the generator made them (same seed, same rows)', async () => {
    const stored = await rows<{
      id: string;
      employee_number: string;
      birth_year: number;
      start_date: string;
      profession_code: string;
      fte: string;
    }>(
      `SELECT id, employee_number, birth_year, start_date::text AS start_date, profession_code,
              fte::text AS fte
       FROM employee WHERE id = ANY($1::uuid[])`,
      [employeeIds],
    );
    const byId = new Map(stored.map((row) => [row.id, row]));
    // a few may have been changed or erased by other test files; the seed itself must match
    const differing = people.employees.filter((e) => {
      const row = byId.get(e.id);
      return (
        !row ||
        row.employee_number !== e.employeeNumber ||
        row.birth_year !== e.birthYear ||
        row.start_date !== e.startDate ||
        row.profession_code !== e.professionCode ||
        Number(row.fte) !== e.fte
      );
    });
    expect(differing.length).toBeLessThan(10);
  });
});

describe('the demo leaders’ units', () => {
  it.each([
    [DEMO.leaderHomeCareGjovik, 'Hjemmetjenesten Gjøvik'],
    [DEMO.leaderNursingHomeOstreToten, 'Lena sykehjem'],
  ])('%s leads %s with a realistic 40–90 active staff in its subtree', async (email, unitName) => {
    const [unit] = await rows<{ name: string; staff: number; departments: number }>(
      `SELECT u.name,
              (SELECT count(*)::int FROM employee e JOIN unit eu ON eu.id = e.unit_id
               WHERE eu.path @> ARRAY[u.id] AND e.active AND e.id = ANY($2::uuid[])) AS staff,
              (SELECT count(DISTINCT e.unit_id)::int FROM employee e JOIN unit eu ON eu.id = e.unit_id
               WHERE eu.path @> ARRAY[u.id] AND eu.id <> u.id AND e.id = ANY($2::uuid[]))
                AS departments
       FROM app_user au
       JOIN role_assignment ra ON ra.user_id = au.id AND ra.role = 'UNIT_LEADER'
       JOIN unit u ON u.id = ra.unit_id
       WHERE au.email = $1`,
      [email, employeeIds],
    );
    expect(unit.name).toBe(unitName);
    expect(unit.staff).toBeGreaterThanOrEqual(40);
    expect(unit.staff).toBeLessThanOrEqual(90);
    expect(unit.departments).toBeGreaterThanOrEqual(2);
  });

  it('have leader assessments recorded as made by the demo leader', async () => {
    const [found] = await rows<{ n: number }>(
      `SELECT count(*)::int AS n
       FROM assessment a JOIN app_user au ON au.id = a.assessed_by
       WHERE a.id = ANY($1::uuid[]) AND a.source = 'LEADER_ASSESSED'
         AND au.email = $2`,
      [assessmentIds, DEMO.leaderHomeCareGjovik],
    );
    expect(found.n).toBeGreaterThan(20);
  });
});

describe('the demo catalogue', () => {
  it('has about 60 competences in the demo region, on the default 0–4 scale', async () => {
    const competences = await rows<{ name: string; levels: number[]; slug: string }>(
      `SELECT c.name, r.slug,
              ARRAY(SELECT (l ->> 'level')::int FROM jsonb_array_elements(c.scale) AS l) AS levels
       FROM competence c JOIN region r ON r.id = c.region_id
       WHERE c.id = ANY($1::uuid[])`,
      [people.competences.map((c) => c.id)],
    );
    expect(competences.length).toBeGreaterThanOrEqual(55);
    expect(competences.length).toBeLessThanOrEqual(65);
    for (const competence of competences) {
      expect(competence.slug).toBe('gjovikregionen');
      expect(competence.levels).toEqual([0, 1, 2, 3, 4]);
    }
  });
});

describe('demo qualifications and assessments', () => {
  it('have HLR certificates both expired and expiring within 90 days of the reference date', async () => {
    const [hlr] = await rows<{ holders: number; expired: number; expiring: number }>(
      `WITH latest AS (
         SELECT DISTINCT ON (a.employee_id) a.valid_until
         FROM assessment a JOIN competence c ON c.id = a.competence_id
         WHERE a.id = ANY($1::uuid[]) AND a.source = 'FORMAL' AND c.name = $2
         ORDER BY a.employee_id, a.valid_until DESC
       )
       SELECT count(*)::int AS holders,
              count(*) FILTER (WHERE valid_until < $3::date)::int AS expired,
              count(*) FILTER (WHERE valid_until BETWEEN $3::date AND $3::date + 90)::int
                AS expiring
       FROM latest`,
      [assessmentIds, demoCompetence('hlr').name, DEMO_REFERENCE_DATE],
    );
    expect(hlr.holders).toBeGreaterThan(1800);
    expect(hlr.expired / hlr.holders).toBeGreaterThan(0.05);
    expect(hlr.expired / hlr.holders).toBeLessThan(0.4);
    expect(hlr.expiring / hlr.holders).toBeGreaterThan(0.03);
    expect(hlr.expiring / hlr.holders).toBeLessThan(0.25);
  });

  it('tie every formal assessment to its qualification, valid until the qualification expires', async () => {
    const [check] = await rows<{ formal: number; untied: number }>(
      `SELECT count(*)::int AS formal,
              count(*) FILTER (
                WHERE q.id IS NULL OR q.employee_id <> a.employee_id
                   OR a.valid_until IS DISTINCT FROM q.expires_on
                   OR a.assessed_on <> q.obtained_on)::int AS untied
       FROM assessment a LEFT JOIN qualification q ON q.id = a.qualification_id
       WHERE a.id = ANY($1::uuid[]) AND a.source = 'FORMAL'`,
      [assessmentIds],
    );
    expect(check.formal).toBeGreaterThan(5000);
    expect(check.untied).toBe(0);
  });

  it('have history, self-declared levels awaiting confirmation, and nothing dated after the reference date', async () => {
    const [check] = await rows<{
      history: number;
      awaiting: number;
      future: number;
    }>(
      `SELECT
         (SELECT count(*)::int FROM (
            SELECT 1 FROM assessment WHERE id = ANY($1::uuid[])
              AND source IN ('INFORMAL', 'LEADER_ASSESSED')
            GROUP BY employee_id, competence_id, source HAVING count(*) > 1) AS h) AS history,
         (SELECT count(*)::int FROM assessment WHERE id = ANY($1::uuid[])
            AND source = 'SELF_DECLARED' AND confirmed_at IS NULL) AS awaiting,
         (SELECT count(*)::int FROM assessment WHERE id = ANY($1::uuid[])
            AND assessed_on > $2::date) AS future`,
      [assessmentIds, DEMO_REFERENCE_DATE],
    );
    expect(check.history).toBeGreaterThan(500);
    expect(check.awaiting).toBeGreaterThan(50);
    expect(check.future).toBe(0);
  });
});

describe('demo plans and measures', () => {
  const titles = DEMO_MEASURES.map((m) => m.title);

  it('cover the half-year before the reference date (closed), the current (adopted) and the next (draft)', async () => {
    const plans = await rows<{ period: string; status: string; levels: string[] }>(
      `SELECT p.year || '-' || p.half AS period, p.status,
              array_agg(DISTINCT p.level ORDER BY p.level) AS levels
       FROM action_plan p JOIN measure m ON m.plan_id = p.id
       WHERE m.title = ANY($1::text[])
       GROUP BY 1, 2 ORDER BY 1`,
      [titles],
    );
    expect(plans).toEqual([
      { period: '2026-1', status: 'CLOSED', levels: ['REGION'] },
      { period: '2026-2', status: 'ADOPTED', levels: ['MUNICIPALITY', 'REGION', 'UNIT'] },
      { period: '2027-1', status: 'DRAFT', levels: ['REGION'] },
    ]);
  });

  it('give a completed measure documented competence, and a running one signed-up participants within its shares', async () => {
    const [completed] = await rows<{ completed: number; documented: number; failed: number }>(
      `SELECT count(*) FILTER (WHERE mp.status = 'COMPLETED')::int AS completed,
              count(*) FILTER (WHERE mp.status = 'NOT_COMPLETED')::int AS failed,
              (SELECT count(*)::int FROM assessment a
                WHERE a.evidence = 'Fullført tiltak: ' || m.title AND a.source = 'INFORMAL') AS documented
       FROM measure m JOIN measure_participant mp ON mp.measure_id = m.id
       WHERE m.title = $1 GROUP BY m.title`,
      [DEMO_MEASURES.find((m) => m.status === 'COMPLETED')?.title],
    );
    expect(completed.completed).toBeGreaterThan(10);
    expect(completed.failed).toBeGreaterThan(0);
    expect(completed.documented).toBe(completed.completed);

    const overbooked = await rows<{ title: string }>(
      `SELECT m.title FROM measure m JOIN measure_share s ON s.measure_id = m.id
       WHERE m.title = ANY($1::text[])
         AND (SELECT count(*) FROM measure_participant mp
               WHERE mp.measure_id = m.id AND mp.municipality_id = s.municipality_id) > s.places`,
      [titles],
    );
    expect(overbooked).toEqual([]);
    const [running] = await rows<{ signedUp: number; fromWishes: number }>(
      `SELECT count(*)::int AS "signedUp",
              count(*) FILTER (WHERE d.status = 'IN_PROGRESS')::int AS "fromWishes"
       FROM measure m JOIN measure_participant mp ON mp.measure_id = m.id
       LEFT JOIN development_item d ON d.id = mp.development_item_id
       WHERE m.status = 'RUNNING' AND m.municipality_id IS NULL AND m.title = ANY($1::text[])
         AND mp.status = 'SIGNED_UP'`,
      [titles],
    );
    expect(running.signedUp).toBeGreaterThan(10);
    expect(running.fromWishes).toBeGreaterThan(0);
  });
});
