import { DEFAULT_LEVEL_SCALE } from '@kp/domain';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { col, execute, rows } from '../database/sql';
import { HEALTH_AND_CARE_AREA } from './demo-organisation';
import {
  DEMO_SOURCE_REF,
  type DemoAssessment,
  type DemoEmployee,
  type DemoPeople,
  generateDemoPeople,
} from './demo-people';

/**
 * Rows per statement. Each column travels as one array parameter (unnest), so a statement's
 * size grows with rows, not with placeholders; chunks keep any one statement moderate.
 */
const CHUNK = 5_000;

export interface SeededPeople {
  competences: number;
  employees: number;
  qualifications: number;
  assessments: number;
}

/** Inserts rows with one array parameter per column (after the fixed ones), chunk by chunk. */
async function insertInChunks<T>(
  manager: EntityManager,
  sql: string,
  items: readonly T[],
  fixed: readonly unknown[],
  columns: readonly ((row: T) => unknown)[],
): Promise<void> {
  for (let start = 0; start < items.length; start += CHUNK) {
    const chunk = items.slice(start, start + CHUNK);
    await execute(manager, sql, [...fixed, ...columns.map((column) => chunk.map(column))]);
  }
}

const UnitRow = z.object({
  id: col.id,
  number: col.text,
  name: col.text,
  parent_name: col.text.nullable(),
  path: z.array(col.id),
});
type UnitRow = z.infer<typeof UnitRow>;
const MunicipalityNumber = z.object({ id: col.id, number: col.text });
const Leader = z.object({ unit_id: col.id, user_id: col.id });

/** Where the demo units and their leaders are, by the names the generator uses. */
async function loadOrganisation(manager: EntityManager, regionId: string) {
  const units = await rows(
    manager,
    UnitRow,
    `SELECT u.id, m.number, u.name, p.name AS parent_name, u.path::text[] AS path
     FROM unit u
     JOIN municipality m ON m.id = u.municipality_id
     LEFT JOIN unit p ON p.id = u.parent_id
     WHERE u.region_id = $1`,
    [regionId],
  );
  const municipalities = await rows(
    manager,
    MunicipalityNumber,
    'SELECT id, number FROM municipality WHERE region_id = $1',
    [regionId],
  );
  const leaders = await rows(
    manager,
    Leader,
    `SELECT unit_id, user_id FROM role_assignment
     WHERE region_id = $1 AND role = 'UNIT_LEADER' AND unit_id IS NOT NULL
     ORDER BY unit_id, user_id`,
    [regionId],
  );
  return {
    unitByKey: new Map(units.map((u) => [`${u.number}|${u.parent_name ?? ''}|${u.name}`, u])),
    municipalityIds: new Map(municipalities.map((m) => [m.number, m.id])),
    leaderByUnit: new Map(leaders.map((l) => [l.unit_id, l.user_id])),
  };
}

function unitKey(employee: DemoEmployee): string {
  return employee.departmentName === null
    ? `${employee.municipalityNumber}|${HEALTH_AND_CARE_AREA}|${employee.unitName}`
    : `${employee.municipalityNumber}|${employee.unitName}|${employee.departmentName}`;
}

/**
 * Seeds the demo catalogue, employees, qualifications and assessments, inside the caller's
 * transaction and after the demo units and users exist. Leader assessments in a unit that has a
 * demo leader are recorded as theirs; elsewhere the leader is not a user, so "who" stays empty.
 */
export async function seedDemoPeople(
  manager: EntityManager,
  regionId: string,
  people: DemoPeople = generateDemoPeople(),
): Promise<SeededPeople> {
  const { unitByKey, municipalityIds, leaderByUnit } = await loadOrganisation(manager, regionId);

  const employeeUnit = new Map<string, UnitRow>();
  for (const employee of people.employees) {
    const unit = unitByKey.get(unitKey(employee));
    if (!unit) throw new Error(`Demo unit not found: ${unitKey(employee)}`);
    employeeUnit.set(employee.id, unit);
  }
  const leaderOf = (assessment: DemoAssessment): string | null => {
    if (!assessment.byUnitLeader) return null;
    const path = employeeUnit.get(assessment.employeeId)?.path ?? [];
    // the nearest leader above the employee's unit
    for (let i = path.length - 1; i >= 0; i -= 1) {
      const user = leaderByUnit.get(path[i]);
      if (user) return user;
    }
    return null;
  };

  await insertInChunks(
    manager,
    `INSERT INTO competence
       (id, region_id, name, description, building_block, area, tags, scale, validity_months)
     SELECT t.id, $1, t.name, t.description, t.building_block, t.area,
            ARRAY(SELECT jsonb_array_elements_text(t.tags::jsonb)), $2::jsonb, t.validity_months
     FROM unnest($3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[])
       AS t(id, name, description, building_block, area, tags, validity_months)`,
    people.competences,
    [regionId, JSON.stringify(DEFAULT_LEVEL_SCALE.levels)],
    [
      (c) => c.id,
      (c) => c.name,
      (c) => c.description,
      (c) => c.buildingBlock,
      (c) => c.area,
      (c) => JSON.stringify(c.tags),
      (c) => c.validityMonths,
    ],
  );

  await insertInChunks(
    manager,
    `INSERT INTO employee
       (id, region_id, municipality_id, unit_id, employee_number, given_name, family_name,
        position_title, profession_code, fte, employment_type, birth_year, start_date, active)
     SELECT t.id, $1, t.municipality_id, t.unit_id, t.employee_number, t.given_name,
            t.family_name, t.position_title, t.profession_code, t.fte, t.employment_type,
            t.birth_year, t.start_date, t.active
     FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[],
                 $8::text[], $9::text[], $10::numeric[], $11::text[], $12::int[], $13::date[],
                 $14::boolean[])
       AS t(id, municipality_id, unit_id, employee_number, given_name, family_name,
            position_title, profession_code, fte, employment_type, birth_year, start_date, active)`,
    people.employees,
    [regionId],
    [
      (e) => e.id,
      (e) => municipalityIds.get(e.municipalityNumber),
      (e) => employeeUnit.get(e.id)?.id,
      (e) => e.employeeNumber,
      (e) => e.givenName,
      (e) => e.familyName,
      (e) => e.positionTitle,
      (e) => e.professionCode,
      (e) => e.fte.toFixed(2),
      (e) => e.employmentType,
      (e) => e.birthYear,
      (e) => e.startDate,
      (e) => e.active,
    ],
  );

  await insertInChunks(
    manager,
    `INSERT INTO qualification
       (id, region_id, employee_id, kind, title, issuer, obtained_on, expires_on, source_ref)
     SELECT t.id, $1, t.employee_id, t.kind, t.title, t.issuer, t.obtained_on, t.expires_on, $2
     FROM unnest($3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::date[],
                 $9::date[])
       AS t(id, employee_id, kind, title, issuer, obtained_on, expires_on)`,
    people.qualifications,
    [regionId, DEMO_SOURCE_REF],
    [
      (q) => q.id,
      (q) => q.employeeId,
      (q) => q.kind,
      (q) => q.title,
      (q) => q.issuer,
      (q) => q.obtainedOn,
      (q) => q.expiresOn,
    ],
  );

  // Confirmation times are noon, Norwegian time, on the day the generator chose.
  await insertInChunks(
    manager,
    `INSERT INTO assessment
       (id, region_id, employee_id, competence_id, level, source, evidence, qualification_id,
        assessed_on, valid_until, assessed_by, confirmed_at, confirmed_by)
     SELECT t.id, $1, t.employee_id, t.competence_id, t.level, t.source, t.evidence,
            t.qualification_id, t.assessed_on, t.valid_until,
            CASE WHEN t.source = 'LEADER_ASSESSED' THEN t.leader END,
            (t.confirmed_on + time '12:00') AT TIME ZONE 'Europe/Oslo',
            CASE WHEN t.confirmed_on IS NOT NULL THEN t.leader END
     FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::int[], $6::text[], $7::text[],
                 $8::uuid[], $9::date[], $10::date[], $11::uuid[], $12::date[])
       AS t(id, employee_id, competence_id, level, source, evidence, qualification_id,
            assessed_on, valid_until, leader, confirmed_on)`,
    people.assessments,
    [regionId],
    [
      (a) => a.id,
      (a) => a.employeeId,
      (a) => a.competenceId,
      (a) => a.level,
      (a) => a.source,
      (a) => a.evidence,
      (a) => a.qualificationId,
      (a) => a.assessedOn,
      (a) => a.validUntil,
      leaderOf,
      (a) => a.confirmedOn,
    ],
  );

  return {
    competences: people.competences.length,
    employees: people.employees.length,
    qualifications: people.qualifications.length,
    assessments: people.assessments.length,
  };
}
