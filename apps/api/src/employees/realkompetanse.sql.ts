/**
 * SQL mirror of `computeRealkompetanse` (libs/domain/src/realkompetanse.ts) for one
 * competence, so the employee list can filter on "realkompetanse at least level n" in the
 * database and page correctly. It must follow the domain rules exactly; the integration test
 * "SQL filter and computeRealkompetanse agree" compares the two on generated histories.
 *
 * - nothing assessed after `today` counts;
 * - FORMAL: the best level among entries valid today;
 * - LEADER_ASSESSED and INFORMAL: the newest entry only, and only while valid;
 * - SELF_DECLARED: the newest entry confirmed on or before today, and only while valid;
 * - "newest" is (assessed_on, created_at, id), the same order in which the API hands the
 *   history to the domain function, so same-day ties resolve alike;
 * - the level is the highest of these (GREATEST ignores nulls), null when none counts.
 *
 * `employee`, `competence` and `today` are SQL expressions (columns or placeholders);
 * `today` must be of type date.
 */
export function realkompetanseLevelSql(
  employee: string,
  competence: string,
  today: string,
): string {
  const entries = (source: string) =>
    `FROM assessment a WHERE a.employee_id = ${employee} AND a.competence_id = ${competence}
       AND a.source = '${source}' AND a.assessed_on <= ${today}`;
  const valid = `(a.valid_until IS NULL OR a.valid_until >= ${today})`;
  const newest = `ORDER BY a.assessed_on DESC, a.created_at DESC, a.id DESC LIMIT 1`;
  const newestCounting = (source: string, extra = '') =>
    `(SELECT CASE WHEN ${valid} THEN a.level END ${entries(source)} ${extra} ${newest})`;
  return `GREATEST(
    (SELECT max(a.level) ${entries('FORMAL')} AND ${valid}),
    ${newestCounting('LEADER_ASSESSED')},
    ${newestCounting('INFORMAL')},
    ${newestCounting('SELF_DECLARED', `AND (a.confirmed_at AT TIME ZONE 'Europe/Oslo')::date <= ${today}`)}
  )`;
}

/** The calendar day (Norway) of a confirmation timestamp, as the domain sees it. */
export const CONFIRMED_ON_SQL = `to_char(a.confirmed_at AT TIME ZONE 'Europe/Oslo', 'YYYY-MM-DD')`;
