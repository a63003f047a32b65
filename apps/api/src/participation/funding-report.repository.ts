import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { col, rows } from '../database/sql';
import { SqlParams } from '../database/sql-params';
import { gapEngineSql, peopleSql, realkompetanseHoldingsSql } from '../gaps/gap-engine.sql';
import { EngineRow, engineRowsSql } from '../gaps/requirement-gaps.sql';
import { NO_PLANNED_COMPLETIONS_SQL } from './planned-completions.sql';

const PLACE_HOLDING = `('SIGNED_UP', 'COMPLETED', 'NOT_COMPLETED')`;

export const FundingMeasureRow = z.object({
  id: col.id,
  title: col.text,
  municipalityId: col.id.nullable(),
  municipalityName: col.text.nullable(),
  status: z.enum(['PLANNED', 'OPEN', 'RUNNING', 'COMPLETED', 'CANCELLED']),
  startsOn: col.isoDate,
  endsOn: col.isoDate,
  places: col.int,
  hours: col.number,
  funding: z.array(
    z.object({ source: z.enum(['OWN_BUDGET', 'COMPETENCE_GRANT', 'OTHER']), amount: col.number }),
  ),
  participantsAll: col.int,
  participants: col.int,
  completed: col.int,
  share: col.int.nullable(),
});
export type FundingMeasureRow = z.infer<typeof FundingMeasureRow>;

export const TargetedRequirementRow = z.object({
  id: col.id,
  unitId: col.id,
  unitName: col.text,
  unitPath: z.array(col.id),
  municipalityId: col.id,
  competenceName: col.text,
  minLevel: col.int,
  required: col.number,
  measure: z.enum(['HEADCOUNT', 'FTE']),
  /** The first day a measure of the report worked on it: "before" is counted then. */
  since: col.isoDate,
  measureIds: z.array(col.id),
});
export type TargetedRequirementRow = z.infer<typeof TargetedRequirementRow>;

/**
 * The SQL of the funding report: the measures of a period with their funding and participant
 * counts (no names), the requirements they were made for, and those requirements' gaps on a
 * given day (the gap engine's own fragments, holders counted from today's staff).
 */
@Injectable()
export class FundingReportRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Measures of the region running some time in [from, to], cancelled ones left out; for a
   * municipality its own measures and the regional ones it has places or participants in.
   */
  measures(
    regionId: string,
    from: string,
    to: string,
    municipalityId: string | null,
  ): Promise<FundingMeasureRow[]> {
    const p = new SqlParams([regionId, from, to, municipalityId]);
    const ours = `($4::uuid IS NULL OR p.municipality_id = $4::uuid)`;
    return rows(
      this.db,
      FundingMeasureRow,
      `SELECT m.id, m.title, m.municipality_id AS "municipalityId", mu.name AS "municipalityName",
              m.status, to_char(m.starts_on, 'YYYY-MM-DD') AS "startsOn",
              to_char(m.ends_on, 'YYYY-MM-DD') AS "endsOn", m.places, m.hours::float8 AS hours,
              coalesce((SELECT json_agg(json_build_object('source', f.source, 'amount', f.amount::float8)
                                        ORDER BY f.source)
                        FROM measure_funding f WHERE f.measure_id = m.id), '[]') AS funding,
              (SELECT count(*) FROM measure_participant p
                WHERE p.measure_id = m.id AND p.status IN ${PLACE_HOLDING})::int AS "participantsAll",
              (SELECT count(*) FROM measure_participant p
                WHERE p.measure_id = m.id AND p.status IN ${PLACE_HOLDING} AND ${ours})::int
                AS participants,
              (SELECT count(*) FROM measure_participant p
                WHERE p.measure_id = m.id AND p.status = 'COMPLETED' AND ${ours})::int AS completed,
              (SELECT s.places FROM measure_share s
                WHERE s.measure_id = m.id AND s.municipality_id = $4::uuid) AS share
       FROM measure m LEFT JOIN municipality mu ON mu.id = m.municipality_id
       WHERE m.region_id = $1::uuid AND m.status <> 'CANCELLED'
         AND m.starts_on <= $3::date AND m.ends_on >= $2::date
         AND ($4::uuid IS NULL OR m.municipality_id = $4::uuid
              OR (m.municipality_id IS NULL AND (
                EXISTS (SELECT 1 FROM measure_share s
                         WHERE s.measure_id = m.id AND s.municipality_id = $4::uuid)
                OR EXISTS (SELECT 1 FROM measure_participant p
                            WHERE p.measure_id = m.id AND p.municipality_id = $4::uuid))))
       ORDER BY m.starts_on, m.title, m.id`,
      p.values,
    );
  }

  /** The requirements (gap rows) the measures were made for; in a municipality, its own. */
  targetedRequirements(
    measureIds: readonly string[],
    municipalityId: string | null,
  ): Promise<TargetedRequirementRow[]> {
    return rows(
      this.db,
      TargetedRequirementRow,
      `SELECT r.id, r.unit_id AS "unitId", u.name AS "unitName", u.path::text[] AS "unitPath",
              r.municipality_id AS "municipalityId", c.name AS "competenceName",
              r.min_level AS "minLevel", r.required::float8 AS required, r.measure,
              to_char(min(m.starts_on), 'YYYY-MM-DD') AS since,
              array_agg(DISTINCT m.id::text) AS "measureIds"
       FROM measure_target mt
       JOIN measure m ON m.id = mt.measure_id
       JOIN requirement r ON r.id = mt.requirement_id
       JOIN unit u ON u.id = r.unit_id
       JOIN competence c ON c.id = r.competence_id
       WHERE mt.measure_id = ANY($1::uuid[])
         AND ($2::uuid IS NULL OR r.municipality_id = $2::uuid)
       GROUP BY r.id, u.id, c.id
       ORDER BY u.name, c.name, r.id`,
      [measureIds, municipalityId],
    );
  }

  /**
   * The requirements' gaps on `asOf` (now-horizon: who held the level that day), counted among
   * today's active staff, so the difference between two days is competence gained or lost,
   * not people hired or leaving. No one is expected: only holders count.
   */
  gapsOn(regionId: string, requirementIds: readonly string[], asOf: string): Promise<EngineRow[]> {
    const p = new SqlParams();
    const region = p.add(regionId, 'uuid');
    const day = p.add(asOf, 'date');
    const items = `SELECT r.id::text AS key, r.id AS requirement_id, 'NOW' AS horizon, r.unit_id,
        r.municipality_id, r.competence_id, r.min_level, r.required, r.measure,
        ${day} AS horizon_date, r.priority
      FROM requirement r WHERE r.region_id = ${region}
        AND r.id = ANY(${p.add(requirementIds, 'uuid[]')})`;
    const sql = gapEngineSql({
      people: peopleSql({ regionId: region }),
      items,
      holdings: realkompetanseHoldingsSql({
        regionId: region,
        asOf: day,
        people: 'people',
        competenceCondition: 'a.competence_id IN (SELECT competence_id FROM items)',
      }),
      planned: NO_PLANNED_COMPLETIONS_SQL,
      today: day,
      // the horizon is the day itself, so the retirement age changes nothing
      ages: p.add([67], 'int[]'),
    });
    return rows(this.db, EngineRow, engineRowsSql(sql), p.values);
  }
}
