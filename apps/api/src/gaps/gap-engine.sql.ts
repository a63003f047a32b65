import { notErased } from '../employees/people.sql';
// The gap engine in SQL: the same rules as computeGaps and computeRealkompetanse in
// @kp/domain (docs/domain.md), for a whole region in one statement. The text is built from
// fragments so the agreement test (apps/api/test/gaps-agreement.int-spec.ts) runs exactly
// these fragments against generated organisations: once with the holdings given as they are
// (the engine alone) and once with holdings derived from assessment histories (the path the
// API takes). Nothing here imports Nest or TypeORM, so the test can load it directly.
//
// Every relation a fragment names is a CTE of the final statement, in this order (a fragment
// may refer to those before it):
//   people   (id uuid, path uuid[], fte numeric, birth_year int): active, non-erased staff
//   items    (key text, unit_id uuid, competence_id uuid, min_level int, required numeric,
//             measure text, horizon_date date, …any further columns, passed through)
//   holdings (employee_id uuid, competence_id uuid, level int, valid_until date)
//   planned  (employee_id uuid, competence_id uuid, level int, expected_date date)
// Placeholders come from SqlParams, so no value is ever spliced into the text.

/** The Norwegian calendar: a confirmation made at 00:30 in Oslo belongs to that day. */
export const CALENDAR_TIME_ZONE = 'Europe/Oslo';

/**
 * Realkompetanse as the gap engine counts it: toGapHoldings(computeRealkompetanse(history,
 * asOf)), one row per counting source with that source's own expiry.
 * - nothing assessed after `asOf` counts; expiry is inclusive;
 * - FORMAL: the best entry valid on the date (highest level, then the one lasting longest);
 * - INFORMAL, LEADER_ASSESSED: the newest entry, and only if it is still valid (an older
 *   valid one does not come back);
 * - SELF_DECLARED: the newest entry confirmed on or before the date, if still valid.
 * Same-day entries are ordered by when they were recorded (created_at), as the domain takes
 * "later in the list" to be newer; id only breaks ties within one transaction.
 */
export function realkompetanseHoldingsSql(options: {
  /** Placeholder of the region id (keeps the scan on assessment_gap_idx). */
  regionId: string;
  /** Placeholder of the date realkompetanse is computed for (today). */
  asOf: string;
  /** A relation (CTE) with an `id` column: whose assessments to read. */
  people: string;
  /** Optional SQL condition on `a.competence_id`. */
  competenceCondition?: string;
}): string {
  const { regionId, asOf, people } = options;
  const competence = options.competenceCondition ? `AND ${options.competenceCondition}` : '';
  // One pass over the assessments: DISTINCT ON keeps one entry per person, competence and
  // source. FORMAL entries that are not valid on the date never count, so they are left out
  // before choosing, and the two CASE keys order the rest by level and validity (they are
  // null, so equal, for the other sources, which are then ordered newest first).
  return `
    SELECT employee_id, competence_id, level, valid_until FROM (
      SELECT DISTINCT ON (a.employee_id, a.competence_id, a.source)
             a.employee_id, a.competence_id, a.level, a.valid_until
      FROM assessment a
      WHERE a.region_id = ${regionId} AND a.assessed_on <= ${asOf}
        AND a.employee_id IN (SELECT id FROM ${people}) ${competence}
        AND (a.source <> 'FORMAL' OR a.valid_until IS NULL OR a.valid_until >= ${asOf})
        AND (a.source <> 'SELF_DECLARED'
             OR (a.confirmed_at AT TIME ZONE '${CALENDAR_TIME_ZONE}')::date <= ${asOf})
      ORDER BY a.employee_id, a.competence_id, a.source,
               CASE WHEN a.source = 'FORMAL' THEN a.level END DESC NULLS LAST,
               CASE WHEN a.source = 'FORMAL' THEN coalesce(a.valid_until, 'infinity') END
                 DESC NULLS LAST,
               a.assessed_on DESC, a.created_at DESC, a.id DESC
    ) current
    WHERE valid_until IS NULL OR valid_until >= ${asOf}`;
}

/** Active, non-erased staff of a region, optionally narrowed by an extra condition. */
export function peopleSql(options: { regionId: string; condition?: string }): string {
  return `
    SELECT e.id, e.unit_id, u.path, e.fte, e.birth_year, e.profession_code
    FROM employee e JOIN unit u ON u.id = e.unit_id
    WHERE e.region_id = ${options.regionId} AND e.active AND ${notErased('e')}
      ${options.condition ? `AND ${options.condition}` : ''}`;
}

/**
 * The retirement rule: at a horizon after today, age at the horizon (year − birth year) at
 * or above the retirement age means gone. An unknown birth year never retires anyone.
 */
export function retiredSql(horizon: string, today: string, birthYear: string, age: string): string {
  return `(${horizon} > ${today} AND ${birthYear} IS NOT NULL
           AND extract(year FROM ${horizon})::int - ${birthYear} >= ${age})`;
}

/** Stillingsprosent summed as whole units (1 FTE = 10 000), rounded to FTE at the end. */
function fteOf(units: string): string {
  return `(round((${units}) / 100.0) / 100)::float8`;
}

/**
 * Math.round(x * 10 000) / 10 000 exactly as JavaScript evaluates it: in doubles, ties up.
 * Coverage is a ratio computed in doubles by the domain; NUMERIC rounding would differ from
 * it on the rare ratio that lies a hair off a tie (e.g. 3 333 / 20 000).
 */
function round4Sql(ratio: string): string {
  return `(SELECT (floor(z) + CASE WHEN z - floor(z) >= 0.5 THEN 1 ELSE 0 END) / 10000::float8
           FROM (SELECT (${ratio}) * 10000::float8 AS z) AS scaled)`;
}

const ID_COLUMN = ', array_agg(employee_id ORDER BY employee_id) AS ids';

/**
 * Holders counted in bulk: people are first grouped by their own unit, competence, horizon,
 * retirement age and the level they hold (`own`), and the groups are then added up for every
 * unit on the unit's path (`stock`), so each requirement sums a handful of groups (levels at
 * or above its minimum) instead of visiting its people one by one. A person holds one level
 * per competence and horizon and has one own unit, so the sums count everyone once.
 */
function holderStockSql(today: string): string {
  return `own AS (
      SELECT p.unit_id, hd.competence_id, hd.horizon_date, a.age, hd.level,
             count(*)::int AS headcount, sum(round(p.fte * 100))::bigint AS units
      FROM held hd
      JOIN people p ON p.id = hd.employee_id
      CROSS JOIN ages a
      WHERE NOT ${retiredSql('hd.horizon_date', today, 'p.birth_year', 'a.age')}
      GROUP BY p.unit_id, hd.competence_id, hd.horizon_date, a.age, hd.level
    ),
    stock AS (
      SELECT anc.unit_id, o.competence_id, o.horizon_date, o.age, o.level,
             sum(o.headcount)::int AS headcount, sum(o.units)::bigint AS units
      FROM own o
      JOIN unit u ON u.id = o.unit_id
      CROSS JOIN LATERAL unnest(u.path) AS anc(unit_id)
      WHERE anc.unit_id IN (SELECT unit_id FROM items)
      GROUP BY anc.unit_id, o.competence_id, o.horizon_date, o.age, o.level
    ),
    holder_sum AS (
      SELECT i.key, s.age, sum(s.headcount)::int AS headcount, sum(s.units)::bigint AS units
      FROM items i
      JOIN stock s ON s.unit_id = i.unit_id AND s.competence_id = i.competence_id
                  AND s.horizon_date = i.horizon_date AND s.level >= i.min_level
      GROUP BY i.key, s.age
    )`;
}

/** Holders person by person, when their ids are wanted (one requirement, or the tests). */
function holderDetailSql(today: string): string {
  return `holder AS (
      SELECT i.key, a.age, m.employee_id, m.fte
      FROM items i
      JOIN held hd ON hd.competence_id = i.competence_id AND hd.horizon_date = i.horizon_date
                  AND hd.level >= i.min_level
      JOIN member m ON m.employee_id = hd.employee_id AND m.unit_id = i.unit_id
      CROSS JOIN ages a
      WHERE NOT ${retiredSql('i.horizon_date', today, 'm.birth_year', 'a.age')}
    ),
    holder_sum AS (
      SELECT key, age, count(*)::int AS headcount, sum(round(fte * 100))::bigint AS units${ID_COLUMN}
      FROM holder GROUP BY key, age
    )`;
}

export interface GapEngineParts {
  people: string;
  holdings: string;
  planned: string;
  items: string;
  /** Placeholder of today's date. */
  today: string;
  /** Placeholder of an int[] of retirement ages (the main one and an optional second). */
  ages: string;
  /** Also return the holders' and expected people's ids (personal data: only when allowed). */
  withEmployeeIds?: boolean;
}

/**
 * One row per item and retirement age: every item column, `age`, and the figures of
 * computeGaps (holders_headcount, holders_fte, expected_headcount, expected_fte, holders,
 * expected, gap, surplus, coverage), plus holder_ids / expected_ids when asked.
 *
 * Cost: each person is expanded once per unit on their path (the units whose requirements
 * they count for) and each competence's holdings once per distinct horizon; people are then
 * counted in groups (holderStockSql), and every join is an equi-join: no subtree test per
 * pair of requirement and person. Planned completions are few and joined person by person.
 */
export function gapEngineSql(parts: GapEngineParts): string {
  const { today, ages } = parts;
  const ids = parts.withEmployeeIds ?? false;
  const idColumn = ids ? ID_COLUMN : '';
  const idOutput = ids
    ? `, coalesce(h.ids, '{}'::uuid[]) AS holder_ids, coalesce(x.ids, '{}'::uuid[]) AS expected_ids`
    : '';
  return `
    WITH people AS (${parts.people}),
    items AS (${parts.items}),
    holdings AS (${parts.holdings}),
    planned AS (${parts.planned}),
    ages AS (SELECT DISTINCT unnest(${ages}) AS age),
    member AS (
      SELECT p.id AS employee_id, anc.unit_id, p.fte, p.birth_year
      FROM people p CROSS JOIN LATERAL unnest(p.path) AS anc(unit_id)
    ),
    targets AS (
      SELECT competence_id, horizon_date, min(min_level) AS min_level
      FROM items GROUP BY competence_id, horizon_date
    ),
    -- each person's best level per competence and horizon, among holdings still valid then;
    -- levels below every minimum asked for make nobody a holder and are left out early
    held AS (
      SELECT h.employee_id, h.competence_id, t.horizon_date, max(h.level) AS level
      FROM holdings h JOIN targets t ON t.competence_id = h.competence_id
      WHERE (h.valid_until IS NULL OR h.valid_until >= t.horizon_date) AND h.level >= t.min_level
      GROUP BY h.employee_id, h.competence_id, t.horizon_date
    ),
    due AS (
      SELECT c.employee_id, c.competence_id, t.horizon_date, max(c.level) AS level
      FROM planned c JOIN targets t ON t.competence_id = c.competence_id
      WHERE c.expected_date <= t.horizon_date
      GROUP BY c.employee_id, c.competence_id, t.horizon_date
    ),
    ${ids ? holderDetailSql(today) : holderStockSql(today)},
    expecting AS (
      SELECT i.key, a.age, m.employee_id, m.fte
      FROM items i
      JOIN due d ON d.competence_id = i.competence_id AND d.horizon_date = i.horizon_date
                AND d.level >= i.min_level
      JOIN member m ON m.employee_id = d.employee_id AND m.unit_id = i.unit_id
      LEFT JOIN held hd ON hd.employee_id = d.employee_id AND hd.competence_id = i.competence_id
                       AND hd.horizon_date = i.horizon_date
      CROSS JOIN ages a
      WHERE (hd.level IS NULL OR hd.level < i.min_level)
        AND NOT ${retiredSql('i.horizon_date', today, 'm.birth_year', 'a.age')}
    ),
    expected_sum AS (
      SELECT key, age, count(*)::int AS headcount, sum(round(fte * 100))::bigint AS units${idColumn}
      FROM expecting GROUP BY key, age
    ),
    counted AS (
      SELECT i.*, a.age,
             coalesce(h.headcount, 0) AS hc, coalesce(h.units, 0) AS units,
             coalesce(x.headcount, 0) AS x_hc, coalesce(x.units, 0) AS x_units,
             round(i.required * 10000)::bigint AS required_units${idOutput}
      FROM items i CROSS JOIN ages a
      LEFT JOIN holder_sum h ON h.key = i.key AND h.age = a.age
      LEFT JOIN expected_sum x ON x.key = i.key AND x.age = a.age
    )
    SELECT c.*,
      c.hc AS holders_headcount,
      ${fteOf('c.units')} AS holders_fte,
      c.x_hc AS expected_headcount,
      ${fteOf('c.x_units')} AS expected_fte,
      CASE WHEN c.measure = 'FTE' THEN ${fteOf('c.units')} ELSE c.hc::float8 END AS holders,
      CASE WHEN c.measure = 'FTE' THEN ${fteOf('c.x_units')} ELSE c.x_hc::float8 END AS expected,
      CASE WHEN c.measure = 'FTE' THEN ${fteOf('greatest(0, c.required_units - c.units)')}
           ELSE round(greatest(0, c.required - c.hc), 2)::float8 END AS gap,
      CASE WHEN c.measure = 'FTE' THEN ${fteOf('greatest(0, c.units - c.required_units)')}
           ELSE round(greatest(0, c.hc - c.required), 2)::float8 END AS surplus,
      CASE
        WHEN c.measure = 'FTE' AND c.required_units > 0
          THEN ${round4Sql('c.units::float8 / c.required_units::float8')}
        WHEN c.measure <> 'FTE' AND c.required > 0
          THEN ${round4Sql('c.hc::float8 / c.required::float8')}
      END AS coverage
    FROM counted c`;
}
