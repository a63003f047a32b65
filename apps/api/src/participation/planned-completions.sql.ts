// Planned completions for the gap engine (gap-engine.sql.ts's `planned` relation): every
// signed-up participant of a measure that is planned, open or running is expected to reach each
// of the measure's target levels when it ends. The same rows as the domain's PlannedCompletion,
// so the agreement test (apps/api/test/gaps-agreement.int-spec.ts) runs this very fragment.
// Nothing here imports Nest or TypeORM.

/** (employee_id uuid, competence_id uuid, level int, expected_date date) of one region. */
export function plannedCompletionsSql(options: {
  /** Placeholder of the region id. */
  regionId: string;
}): string {
  return `
    SELECT mp.employee_id, mt.competence_id, mt.level, m.ends_on AS expected_date
    FROM measure m
    JOIN measure_participant mp ON mp.measure_id = m.id AND mp.status = 'SIGNED_UP'
    JOIN measure_target mt ON mt.measure_id = m.id
    WHERE m.region_id = ${options.regionId} AND m.status IN ('PLANNED', 'OPEN', 'RUNNING')`;
}

/** No planned completions, same shape: for figures of holders only (the funding report). */
export const NO_PLANNED_COMPLETIONS_SQL = `
  SELECT NULL::uuid AS employee_id, NULL::uuid AS competence_id, NULL::int AS level,
         NULL::date AS expected_date
  WHERE false`;
