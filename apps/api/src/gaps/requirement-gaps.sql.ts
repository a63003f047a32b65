// The gap engine's two answers as rows: the requirements of a scope at every evaluated horizon
// (`items`), and those items with the engine's figures under each retirement age. The SQL of
// the engine itself is built from the fragments in gap-engine.sql.ts; this file is the select
// around it and the schema each row is checked against (database/sql.ts).

import { z } from 'zod';
import { col } from '../database/sql';
import { Horizon, Measure, Priority } from '../requirements/requirement.enums';

/** One requirement at one evaluated horizon (what the figures are computed for). */
export const RequirementItemRow = z.object({
  requirementId: col.id,
  horizon: z.enum(Horizon),
  unitId: col.id,
  municipalityId: col.id,
  competenceId: col.id,
  minLevel: col.int,
  required: col.number,
  measure: z.enum(Measure),
  priority: z.enum(Priority),
});
export type RequirementItem = z.infer<typeof RequirementItemRow>;

/** One requirement at one horizon under one retirement age, as the engine returns it. */
export const EngineRow = RequirementItemRow.extend({
  age: col.int,
  holdersHeadcount: col.int,
  holdersFte: col.number,
  expectedHeadcount: col.int,
  expectedFte: col.number,
  holders: col.number,
  expected: col.number,
  gap: col.number,
  surplus: col.number,
  coverage: col.number.nullable(),
});
export type EngineRow = z.infer<typeof EngineRow>;

/** The items relation (GapsRepository.itemsSql) as RequirementItem rows. */
export function requirementItemsSql(items: string): string {
  return `
    SELECT i.requirement_id AS "requirementId", i.horizon, i.unit_id AS "unitId",
           i.municipality_id AS "municipalityId", i.competence_id AS "competenceId",
           i.min_level AS "minLevel", i.required::float8 AS required, i.measure, i.priority
    FROM (${items}) i
    ORDER BY i.requirement_id, array_position(ARRAY['NOW', 'ONE_YEAR', 'THREE_YEARS'], i.horizon)`;
}

/** The engine's statement (gapEngineSql) as EngineRow rows. */
export function engineRowsSql(engine: string): string {
  return `
    SELECT g.requirement_id AS "requirementId", g.horizon, g.unit_id AS "unitId",
           g.municipality_id AS "municipalityId", g.competence_id AS "competenceId",
           g.min_level AS "minLevel", g.required::float8 AS required, g.measure, g.priority,
           g.age, g.holders_headcount AS "holdersHeadcount", g.holders_fte AS "holdersFte",
           g.expected_headcount AS "expectedHeadcount", g.expected_fte AS "expectedFte",
           g.holders, g.expected, g.gap, g.surplus, g.coverage
    FROM (${engine}) g`;
}
