// Staffing gaps in SQL: computeStaffingGaps in @kp/domain for a whole scope in one statement
// (StaffingGapsRepository.staffingRows). People are expanded once per unit on their path and
// joined on (unit, profession), so the cost follows the staff, not staff × requirements.

import { z } from 'zod';
import { col } from '../database/sql';
import { Horizon, Priority } from '../requirements/requirement.enums';
import { retiredSql } from './gap-engine.sql';

/** One staffing requirement at one evaluated horizon, without staff. */
export const StaffingItemRow = z.object({
  staffingRequirementId: col.id,
  horizon: z.enum(Horizon),
  horizonDate: col.isoDate,
  unitId: col.id,
  municipalityId: col.id,
  professionCode: col.text,
  requiredFte: col.number,
  priority: z.enum(Priority),
});
export type StaffingItemRow = z.infer<typeof StaffingItemRow>;

/** One staffing requirement at one horizon under one retirement age, with the staff counted. */
export const StaffingRow = StaffingItemRow.extend({
  age: col.int,
  headcount: col.int,
  /** Stillingsprosent × 100 summed (1 årsverk = 10 000). */
  units: col.number,
});
export type StaffingRow = z.infer<typeof StaffingRow>;

/** `items` and `people` are relations' SQL, `today` and `ages` placeholders (SqlParams). */
export function staffingRowsSql(parts: {
  items: string;
  people: string;
  today: string;
  ages: string;
}): string {
  const { items, people, today, ages } = parts;
  return `
    WITH items AS (${items}),
    people AS (${people}),
    member AS (
      SELECT anc.unit_id, p.profession_code, p.fte, p.birth_year
      FROM people p CROSS JOIN LATERAL unnest(p.path) AS anc(unit_id)
      WHERE p.profession_code IS NOT NULL
    )
    SELECT i.id AS "staffingRequirementId", i.horizon,
           to_char(i.horizon_date, 'YYYY-MM-DD') AS "horizonDate", i.unit_id AS "unitId",
           i.municipality_id AS "municipalityId", i.profession_code AS "professionCode",
           i.required_fte::float8 AS "requiredFte", i.priority, a.age,
           count(m.unit_id)::int AS headcount,
           coalesce(sum(round(m.fte * 100)), 0)::float8 AS units
    FROM items i
    CROSS JOIN unnest(${ages}) AS a(age)
    LEFT JOIN member m
      ON m.unit_id = i.unit_id AND m.profession_code = i.profession_code
     AND NOT ${retiredSql('i.horizon_date', today, 'm.birth_year', 'a.age')}
    GROUP BY i.id, i.horizon, i.horizon_date, i.unit_id, i.municipality_id, i.profession_code,
             i.required_fte, i.priority, a.age`;
}
