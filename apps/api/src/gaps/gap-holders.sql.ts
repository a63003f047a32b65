// The people behind one requirement's figures: the engine's holder rule, person by person
// (GapsRepository.holders). The fragments are gap-engine.sql.ts's, so the rule is the one the
// agreement test checks.

import { z } from 'zod';
import { col } from '../database/sql';
import { retiredSql } from './gap-engine.sql';

export const HolderRow = z.object({
  employeeId: col.id,
  givenName: col.text,
  familyName: col.text,
  unitId: col.id,
  professionCode: col.text.nullable(),
  fte: col.number,
  birthYear: col.int.nullable(),
  level: col.int,
  validUntil: col.isoDate.nullable(),
});
export type HolderRow = z.infer<typeof HolderRow>;

/** Placeholders of the statement's values (from SqlParams) and the people/holdings CTEs. */
export function gapHoldersSql(parts: {
  people: string;
  holdings: string;
  minLevel: string;
  horizonDate: string;
  today: string;
  age: string;
}): string {
  const { people, holdings, minLevel, horizonDate, today, age } = parts;
  return `
    WITH people AS (${people}), holdings AS (${holdings})
    SELECT e.id AS "employeeId", e.given_name AS "givenName", e.family_name AS "familyName",
           e.unit_id AS "unitId", e.profession_code AS "professionCode", e.fte::float8 AS fte,
           e.birth_year AS "birthYear", max(h.level) AS level,
           CASE WHEN bool_or(h.valid_until IS NULL) THEN NULL
                ELSE to_char(max(h.valid_until), 'YYYY-MM-DD') END AS "validUntil"
    FROM holdings h JOIN people p ON p.id = h.employee_id JOIN employee e ON e.id = p.id
    WHERE h.level >= ${minLevel} AND (h.valid_until IS NULL OR h.valid_until >= ${horizonDate})
      AND NOT ${retiredSql(horizonDate, today, 'p.birth_year', age)}
    GROUP BY e.id
    ORDER BY e.family_name, e.given_name, e.id`;
}
