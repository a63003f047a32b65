import { notErased } from '../../employees/people.sql';
// The atoms of protected figures in SQL: the same rows as atomRowsFromPeople in @kp/domain
// (libs/domain/src/protection), one set-based statement per family for a whole region. Like
// gap-engine.sql.ts this imports neither Nest nor TypeORM, so the agreement test
// (apps/api/test/gaps-agreement.int-spec.ts) runs these very statements on random data.

import {
  addYears,
  EXPIRY_MONTHS_MAX,
  isoDateFromParts,
  leavingBounds,
  yearOf,
  type IsoDate,
} from '@kp/domain';
import { z } from 'zod';
import { col } from '../../database/sql';
import { SqlParams } from '../../database/sql-params';
import { plannedCompletionsSql } from '../../participation/planned-completions.sql';
import { peopleSql, realkompetanseHoldingsSql } from '../gap-engine.sql';

export interface AtomSettings {
  regionId: string;
  today: IsoDate;
  retirementAge: number;
}

export interface AtomStatement {
  sql: string;
  values: unknown[];
}

/** The row of each family's statement, as the domain's AtomRows takes it. */
export const AtomRowSchemas = {
  staff: z.object({
    unitId: col.id,
    professionCode: col.text.nullable(),
    leaving: col.int,
    count: col.int,
    fteUnits: col.number,
  }),
  competences: z.object({
    unitId: col.id,
    competenceId: col.id,
    levelNow: col.int,
    levelOneYear: col.int,
    levelThreeYears: col.int,
    expectedNow: col.int,
    expectedOneYear: col.int,
    expectedThreeYears: col.int,
    leaving: col.int,
    count: col.int,
    fteUnits: col.number,
  }),
  cycles: z.object({ unitId: col.id, cycleId: col.id, count: col.int }),
  choices: z.object({
    unitId: col.id,
    cycleId: col.id,
    kind: z.enum(['WISH', 'WAY']),
    choice: col.text,
    count: col.int,
  }),
  teaching: z.object({
    unitId: col.id,
    competenceId: col.id,
    named: col.int,
    anonymous: col.int,
  }),
  expiry: z.object({ unitId: col.id, months: z.array(col.int), count: col.int }),
} as const;

/** A person's leaving class: the year they reach the region's age, from this year, clipped. */
function leavingSql(p: SqlParams, settings: AtomSettings, birthYear: string): string {
  const { low, high } = leavingBounds(settings);
  return `CASE WHEN ${birthYear} IS NULL THEN ${p.add(high, 'int')}
    ELSE greatest(${p.add(low, 'int')}, least(${p.add(high, 'int')},
      ${birthYear} + ${p.add(settings.retirementAge - yearOf(settings.today), 'int')})) END`;
}

/** Every active, non-erased employee once: by own unit, profession and leaving class. */
export function staffAtomsSql(settings: AtomSettings): AtomStatement {
  const p = new SqlParams();
  const region = p.add(settings.regionId, 'uuid');
  const leaving = leavingSql(p, settings, 'e.birth_year');
  return {
    sql: `SELECT e.unit_id AS "unitId", e.profession_code AS "professionCode",
                 ${leaving} AS leaving, count(*)::int AS count,
                 sum(round(e.fte * 100))::bigint::float8 AS "fteUnits"
          FROM employee e
          WHERE e.region_id = ${region} AND e.active AND ${notErased('e')}
          GROUP BY 1, 2, 3`,
    values: p.values,
  };
}

/**
 * Holders by competence: each person's best level among holdings valid on each horizon date
 * (−1: none), and the best planned level due by then (signed-up participants of measures that
 * are planned, open or running: participation/planned-completions.sql.ts), grouped with their
 * leaving class.
 */
export function competenceAtomsSql(
  settings: AtomSettings,
  options: {
    /** The relation of realkompetanse holdings (default: computed from assessments). */
    holdings?: (p: SqlParams, region: string) => string;
    /** Planned completions (default: from measures and their participants). */
    planned?: (p: SqlParams) => string;
  } = {},
): AtomStatement {
  const p = new SqlParams();
  const region = p.add(settings.regionId, 'uuid');
  const today = p.add(settings.today, 'date');
  const oneYear = p.add(addYears(settings.today, 1), 'date');
  const threeYears = p.add(addYears(settings.today, 3), 'date');
  const leaving = leavingSql(p, settings, 'pe.birth_year');
  const holdings = options.holdings
    ? options.holdings(p, region)
    : realkompetanseHoldingsSql({ regionId: region, asOf: today, people: 'people' });
  const held = (date: string) =>
    `coalesce(max(level) FILTER (WHERE NOT planned AND (valid_until IS NULL OR valid_until >= ${date})), -1)`;
  const due = (date: string) =>
    `coalesce(max(level) FILTER (WHERE planned AND expected_date <= ${date}), -1)`;
  return {
    sql: `WITH people AS (${peopleSql({ regionId: region })}),
          holdings AS (${holdings}),
          planned AS (${options.planned ? options.planned(p) : plannedCompletionsSql({ regionId: region })}),
          per_person AS (
            SELECT employee_id, competence_id,
                   ${held(today)} AS level_now, ${held(oneYear)} AS level_one,
                   ${held(threeYears)} AS level_three,
                   ${due(today)} AS due_now, ${due(oneYear)} AS due_one, ${due(threeYears)} AS due_three
            FROM (SELECT employee_id, competence_id, level, valid_until, NULL::date AS expected_date,
                         false AS planned
                  FROM holdings
                  UNION ALL
                  SELECT employee_id, competence_id, level, NULL::date, expected_date, true
                  FROM planned) AS entries
            GROUP BY employee_id, competence_id
          )
          SELECT pe.unit_id AS "unitId", pp.competence_id AS "competenceId",
                 pp.level_now AS "levelNow", pp.level_one AS "levelOneYear",
                 pp.level_three AS "levelThreeYears", pp.due_now AS "expectedNow",
                 pp.due_one AS "expectedOneYear", pp.due_three AS "expectedThreeYears",
                 ${leaving} AS leaving, count(*)::int AS count,
                 sum(round(pe.fte * 100))::bigint::float8 AS "fteUnits"
          FROM per_person pp JOIN people pe ON pe.id = pp.employee_id
          WHERE greatest(pp.level_now, pp.level_one, pp.level_three,
                         pp.due_now, pp.due_one, pp.due_three) >= 0
          GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9`,
    values: p.values,
  };
}

/** Signed-off talks per unit and cycle (in the person's own municipality's cycle). */
export function cycleAtomsSql(settings: AtomSettings): AtomStatement {
  const p = new SqlParams();
  const region = p.add(settings.regionId, 'uuid');
  return {
    sql: `SELECT e.unit_id AS "unitId", a.cycle_id AS "cycleId", count(*)::int AS count
          FROM appraisal a JOIN employee e ON e.id = a.employee_id
          WHERE a.region_id = ${region} AND a.status = 'COMPLETED'
            AND a.municipality_id = e.municipality_id AND e.active AND ${notErased('e')}
          GROUP BY 1, 2`,
    values: p.values,
  };
}

/** Of those, the people who wished for each competence and who prefer each way. */
export function choiceAtomsSql(settings: AtomSettings): AtomStatement {
  const p = new SqlParams();
  const region = p.add(settings.regionId, 'uuid');
  const signedOff = `a.region_id = ${region} AND a.status = 'COMPLETED'
    AND a.municipality_id = e.municipality_id AND e.active AND ${notErased('e')}`;
  return {
    sql: `SELECT e.unit_id AS "unitId", a.cycle_id AS "cycleId", 'WISH' AS kind,
                 ac.competence_id::text AS choice, count(DISTINCT a.employee_id)::int AS count
          FROM appraisal a JOIN employee e ON e.id = a.employee_id
          JOIN appraisal_competence ac ON ac.appraisal_id = a.id AND ac.kind = 'WISH'
          WHERE ${signedOff}
          GROUP BY 1, 2, 3, 4
          UNION ALL
          SELECT e.unit_id, a.cycle_id, 'WAY', way, count(DISTINCT a.employee_id)::int
          FROM appraisal a JOIN employee e ON e.id = a.employee_id
          CROSS JOIN LATERAL unnest(a.preferred_ways) AS way
          WHERE ${signedOff}
          GROUP BY 1, 2, 3, 4`,
    values: p.values,
  };
}

/** People in the directory of those who can teach, per topic: named and not. */
export function teachingAtomsSql(settings: AtomSettings): AtomStatement {
  const p = new SqlParams();
  const region = p.add(settings.regionId, 'uuid');
  return {
    sql: `SELECT e.unit_id AS "unitId", t.competence_id AS "competenceId",
                 (count(*) FILTER (WHERE t.consent))::int AS named,
                 (count(*) FILTER (WHERE NOT t.consent))::int AS anonymous
          FROM teaching_directory_entry t JOIN employee e ON e.id = t.employee_id
          WHERE t.region_id = ${region} AND e.active AND ${notErased('e')}
          GROUP BY 1, 2`,
    values: p.values,
  };
}

/**
 * People by the months their qualifications expire (0 = this month; from today to the end of
 * month EXPIRY_MONTHS_MAX − 1), each month repeated for every qualification.
 */
export function expiryAtomsSql(settings: AtomSettings): AtomStatement {
  const p = new SqlParams();
  const region = p.add(settings.regionId, 'uuid');
  const year = yearOf(settings.today);
  const month = Number(settings.today.slice(5, 7));
  const end = year * 12 + (month - 1) + EXPIRY_MONTHS_MAX;
  const after = isoDateFromParts(Math.floor(end / 12), (end % 12) + 1, 1);
  const monthIndex = `(extract(year FROM q.expires_on)::int * 12 + extract(month FROM q.expires_on)::int
    - ${p.add(year * 12 + month, 'int')})`;
  return {
    sql: `SELECT "unitId", months, count(*)::int AS count
          FROM (SELECT e.unit_id AS "unitId", array_agg(${monthIndex} ORDER BY ${monthIndex}) AS months
                FROM qualification q JOIN employee e ON e.id = q.employee_id
                WHERE q.region_id = ${region} AND q.expires_on IS NOT NULL
                  AND q.expires_on >= ${p.add(settings.today, 'date')}
                  AND q.expires_on < ${p.add(after, 'date')}
                  AND e.active AND ${notErased('e')}
                GROUP BY e.unit_id, e.id) AS per_person
          GROUP BY "unitId", months`,
    values: p.values,
  };
}
