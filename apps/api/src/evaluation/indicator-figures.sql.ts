import { z } from 'zod';
import { col } from '../database/sql';
import { notErased } from '../employees/people.sql';
import { CALENDAR_TIME_ZONE, realkompetanseHoldingsSql } from '../gaps/gap-engine.sql';

// The computed indicators in SQL, for a whole region and many period ends at once (the
// definitions are in libs/domain/src/evaluation/indicators.ts and docs/evaluation.md).
// $1 = region id, $2 = the period ends (date[]). Everything else is a numbered parameter too.

/** The day a person left: the deactivating import run (not undone), else the last change. */
const LEFT_ON_SQL = `
  SELECT e.id,
         coalesce(
           (SELECT max((r.applied_at AT TIME ZONE '${CALENDAR_TIME_ZONE}')::date)
              FROM import_run_employee ire JOIN import_run r ON r.id = ire.run_id
             WHERE ire.employee_id = e.id AND ire.action = 'deactivated' AND r.undone_at IS NULL),
           (e.updated_at AT TIME ZONE '${CALENDAR_TIME_ZONE}')::date) AS left_on
  FROM employee e
  WHERE e.region_id = $1 AND NOT e.active AND ${notErased('e')}`;

/**
 * The common relations: `dates` (on_date, period), `left_on`, `staff` (a person on a period
 * end: started by then, not yet left; erased people are out, as in the gap engine), and
 * `leavers` (a person who left, with the day, whatever the date).
 */
export const STAFF_CTES = `
  dates AS (
    SELECT d::date AS on_date, to_char(d, 'YYYY-MM') AS period FROM unnest($2::date[]) d
  ),
  left_on AS (${LEFT_ON_SQL}),
  staff AS (
    SELECT e.id, e.unit_id, e.fte, e.profession_code, d.on_date, d.period
    FROM employee e CROSS JOIN dates d LEFT JOIN left_on l ON l.id = e.id
    WHERE e.region_id = $1 AND ${notErased('e')}
      AND (e.start_date IS NULL OR e.start_date <= d.on_date)
      AND (e.active OR l.left_on > d.on_date)
  ),
  leavers AS (
    SELECT e.id, e.unit_id, l.left_on
    FROM employee e JOIN left_on l ON l.id = e.id
    WHERE e.start_date IS NULL OR e.start_date <= l.left_on
  )`;

/** One unit's own staff on a period end and the people (or things) the indicator counts. */
export const UnitCountRow = z.object({
  period: col.text,
  unitId: col.id,
  numerator: col.int,
  denominator: col.int,
  /** FTE (stillingsprosent / 100) of the counted and of all, for the FTE shares. */
  fteNumerator: col.number,
  fteDenominator: col.number,
});
export type UnitCountRow = z.infer<typeof UnitCountRow>;

const NO_FTE = `0::float8 AS "fteNumerator", 0::float8 AS "fteDenominator"`;

/** Share of staff with a completed appraisal in the cycle their municipality has open last. */
export const APPRAISAL_COMPLETION_SQL = `
  WITH ${STAFF_CTES},
  cycle AS (
    SELECT DISTINCT ON (c.municipality_id, d.period) c.id, c.municipality_id, d.period
    FROM appraisal_cycle c JOIN dates d ON c.opens_on <= d.on_date
    WHERE c.region_id = $1
    ORDER BY c.municipality_id, d.period, c.opens_on DESC, c.id
  )
  SELECT s.period, s.unit_id AS "unitId", count(*)::int AS denominator,
         count(*) FILTER (WHERE EXISTS (
           SELECT 1 FROM appraisal a JOIN cycle c ON c.id = a.cycle_id AND c.period = s.period
           WHERE a.employee_id = s.id AND a.status = 'COMPLETED'
             AND coalesce(a.held_on, (a.completed_at AT TIME ZONE '${CALENDAR_TIME_ZONE}')::date)
                 <= s.on_date))::int AS numerator,
         ${NO_FTE}
  FROM staff s GROUP BY 1, 2`;

/** Head count and FTE of staff whose profession is in $3 (codes from the domain's list). */
export const PROFESSION_SHARE_SQL = `
  WITH ${STAFF_CTES}
  SELECT s.period, s.unit_id AS "unitId", count(*)::int AS denominator,
         count(*) FILTER (WHERE s.profession_code = ANY($3::text[]))::int AS numerator,
         (coalesce(sum(s.fte) FILTER (WHERE s.profession_code = ANY($3::text[])), 0) / 100)::float8
           AS "fteNumerator",
         (coalesce(sum(s.fte), 0) / 100)::float8 AS "fteDenominator"
  FROM staff s GROUP BY 1, 2`;

/**
 * Leavers in the $3 months up to a period end (the rolling year for turnover; 1 for the
 * month's leavers) per their unit, beside the unit's staff on that day.
 */
export const LEAVERS_SQL = `
  WITH ${STAFF_CTES},
  heads AS (SELECT period, unit_id, count(*)::int AS n FROM staff GROUP BY 1, 2),
  gone AS (
    SELECT d.period, l.unit_id, count(*)::int AS n
    FROM leavers l JOIN dates d
      ON l.left_on <= d.on_date
     AND l.left_on > (date_trunc('month', d.on_date) + interval '1 month'
                      - make_interval(months => $3::int))::date - 1
    GROUP BY 1, 2
  )
  SELECT coalesce(h.period, g.period) AS period, coalesce(h.unit_id, g.unit_id) AS "unitId",
         coalesce(g.n, 0) AS numerator, coalesce(h.n, 0) AS denominator, ${NO_FTE}
  FROM heads h FULL JOIN gone g ON g.period = h.period AND g.unit_id = h.unit_id`;

/**
 * Certificates of staff expiring from a period end to $3 months after it (the expiring
 * certificates of the workforce view, taken on the period end), per the holder's unit.
 */
export const CERTIFICATES_EXPIRING_SQL = `
  WITH ${STAFF_CTES}
  SELECT s.period, s.unit_id AS "unitId", count(*)::int AS numerator, 0 AS denominator, ${NO_FTE}
  FROM qualification q JOIN staff s ON s.id = q.employee_id
  WHERE q.region_id = $1 AND q.expires_on IS NOT NULL
    AND q.expires_on >= s.on_date
    AND q.expires_on <= (s.on_date + make_interval(months => $3::int))::date
  GROUP BY 1, 2`;

/**
 * People who completed a measure that targets a competence (a measure against a gap) in the
 * $3 months up to a period end, per their unit.
 */
export const MEASURES_COMPLETED_SQL = `
  WITH dates AS (
    SELECT d::date AS on_date, to_char(d, 'YYYY-MM') AS period FROM unnest($2::date[]) d
  )
  SELECT d.period, e.unit_id AS "unitId", count(DISTINCT mp.id)::int AS numerator,
         0 AS denominator, ${NO_FTE}
  FROM measure_participant mp
  JOIN employee e ON e.id = mp.employee_id AND ${notErased('e')}
  JOIN dates d
    ON mp.outcome_on <= d.on_date
   AND mp.outcome_on > (date_trunc('month', d.on_date) + interval '1 month'
                        - make_interval(months => $3::int))::date - 1
  WHERE mp.region_id = $1 AND mp.status = 'COMPLETED'
    AND EXISTS (SELECT 1 FROM measure_target t WHERE t.measure_id = mp.measure_id)
  GROUP BY 1, 2`;

/** One requirement that applies on a period end, with its holders then. */
export const RequirementCoverageRow = z.object({
  period: col.text,
  requirementId: col.id,
  unitId: col.id,
  required: col.number,
  holders: col.number,
});
export type RequirementCoverageRow = z.infer<typeof RequirementCoverageRow>;

/**
 * Requirements of the competences in $3 that apply on each period end, with their holders
 * then: the gap engine's realkompetanse as of that day (nothing assessed later counts), staff
 * in the requirement unit's subtree at or above the minimum level; head count or FTE as the
 * requirement measures. The yardstick is today's requirements (they keep no history): those
 * for `NOW`, and any whose target date has come by the period end; so the line moves with
 * the competence, not with requirements being added (docs/evaluation.md).
 */
export function requirementCoverageSql(): string {
  const holdings = realkompetanseHoldingsSql({
    regionId: '$1',
    asOf: 'd.on_date',
    people: 'staff_ids',
    competenceCondition: 'a.competence_id = ANY($3::uuid[])',
  });
  return `
  WITH ${STAFF_CTES},
  staff_ids AS (SELECT DISTINCT id FROM staff),
  held AS (
    SELECT d.period, h.employee_id, h.competence_id, max(h.level) AS level
    FROM dates d CROSS JOIN LATERAL (${holdings}) h
    GROUP BY 1, 2, 3
  ),
  req AS (
    SELECT r.id, r.unit_id, r.competence_id, r.min_level, r.required, r.measure, d.period,
           d.on_date
    FROM requirement r CROSS JOIN dates d
    WHERE r.region_id = $1 AND r.competence_id = ANY($3::uuid[])
      AND coalesce(r.target_date, CASE WHEN r.horizon = 'NOW' THEN d.on_date END) <= d.on_date
  )
  SELECT q.period, q.id AS "requirementId", q.unit_id AS "unitId", q.required::float8 AS required,
         coalesce((
           SELECT CASE q.measure WHEN 'FTE' THEN sum(s.fte) / 100 ELSE count(*) END
           FROM staff s JOIN unit u ON u.id = s.unit_id
           JOIN held h ON h.employee_id = s.id AND h.period = q.period
                      AND h.competence_id = q.competence_id AND h.level >= q.min_level
           WHERE s.period = q.period AND q.unit_id = ANY(u.path)
         ), 0)::float8 AS holders
  FROM req q`;
}
