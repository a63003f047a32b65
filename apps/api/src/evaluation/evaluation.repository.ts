import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { col, execute, maybeOne, one, rows, type Queryable } from '../database/sql';
import { SqlParams } from '../database/sql-params';
import { notErased } from '../employees/people.sql';

export const ScopeLevelValues = ['REGION', 'MUNICIPALITY', 'UNIT'] as const;
export type ScopeLevelValue = (typeof ScopeLevelValues)[number];

/** Where a figure lies: the region, a municipality, or a unit with its subtree. */
export interface PlaceRef {
  level: ScopeLevelValue;
  /** The region's, municipality's or unit's id. */
  id: string;
  municipalityId: string | null;
  unitId: string | null;
}

export const IndicatorRow = z.object({
  id: col.id,
  regionId: col.id,
  name: col.text,
  description: col.text,
  source: z.enum(['COMPUTED', 'ENTERED', 'KOSTRA']),
  computedKind: col.text.nullable(),
  competenceId: col.id.nullable(),
  tag: col.text.nullable(),
  kostraCode: col.text.nullable(),
  unit: col.text,
  decimals: col.int,
  direction: z.enum(['HIGHER_IS_BETTER', 'LOWER_IS_BETTER']),
  target: col.number.nullable(),
  version: col.int,
});
export type IndicatorRow = z.infer<typeof IndicatorRow>;

const INDICATOR_COLUMNS = `i.id, i.region_id AS "regionId", i.name, i.description, i.source,
  i.computed_kind AS "computedKind", i.competence_id AS "competenceId", i.tag,
  i.kostra_code AS "kostraCode", i.unit, i.decimals, i.direction, i.target::float8 AS target,
  i.version`;

export type IndicatorValues = Omit<IndicatorRow, 'id' | 'version'>;

export const BaselineRow = z.object({
  indicatorId: col.id,
  scopeId: col.id,
  kind: z.enum(['PERIOD', 'VALUE']),
  fromPeriod: col.text.nullable(),
  toPeriod: col.text.nullable(),
  value: col.number.nullable(),
  measuredOn: col.isoDate.nullable(),
  setAt: col.timestamp,
});
export type BaselineRow = z.infer<typeof BaselineRow>;

export const MeasurementRow = z.object({
  indicatorId: col.id,
  scopeId: col.id,
  period: col.text,
  measuredOn: col.isoDate,
  value: col.number.nullable(),
  numerator: col.number.nullable(),
  denominator: col.number.nullable(),
  source: z.enum(['COMPUTED', 'REBUILT', 'ENTERED', 'IMPORTED', 'KOSTRA']),
  enteredByName: col.text.nullable(),
  enteredAt: col.timestamp,
});
export type MeasurementRow = z.infer<typeof MeasurementRow>;

const MEASUREMENT_COLUMNS = `m.indicator_id AS "indicatorId", m.scope_id AS "scopeId", m.period,
  to_char(m.measured_on, 'YYYY-MM-DD') AS "measuredOn", m.value::float8 AS value,
  m.numerator::float8 AS numerator, m.denominator::float8 AS denominator, m.source,
  au.name AS "enteredByName", m.entered_at AS "enteredAt"`;

export interface NewMeasurement {
  indicatorId: string;
  place: PlaceRef;
  period: string;
  measuredOn: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  source: MeasurementRow['source'];
}

export const LinkedMeasureRow = z.object({
  indicatorId: col.id,
  measureId: col.id,
  title: col.text,
  status: col.text,
  municipalityId: col.id.nullable(),
  unitId: col.id.nullable(),
  startsOn: col.isoDate,
  endsOn: col.isoDate,
});
export type LinkedMeasureRow = z.infer<typeof LinkedMeasureRow>;

const MeasurePlaceRow = z.object({
  id: col.id,
  municipalityId: col.id.nullable(),
  unitPath: z.array(col.id).nullable(),
});

const UnitCount = z.object({
  unitId: col.id,
  period: col.text,
  numerator: col.int,
  denominator: col.int,
});
export type StoredUnitCount = z.infer<typeof UnitCount>;

const Period = z.object({ period: col.text });
const IdRow = z.object({ id: col.id });
const Settings = z.object({ k: col.int });

function placeValues(p: SqlParams, place: PlaceRef): string {
  return `${p.add(place.level)}, ${p.add(place.id, 'uuid')}, ${p.add(place.municipalityId, 'uuid')}, ${p.add(place.unitId, 'uuid')}`;
}

/** All SQL of the evaluation tables (indicators, baselines, measurements, links). */
@Injectable()
export class EvaluationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  get dataSource(): DataSource {
    return this.db;
  }

  listIndicators(regionId: string): Promise<IndicatorRow[]> {
    return rows(
      this.db,
      IndicatorRow,
      `SELECT ${INDICATOR_COLUMNS} FROM indicator i WHERE i.region_id = $1
       ORDER BY i.source, i.name, i.id`,
      [regionId],
    );
  }

  findIndicator(
    regionId: string,
    id: string,
    db: Queryable = this.db,
  ): Promise<IndicatorRow | null> {
    return maybeOne(
      db,
      IndicatorRow,
      `SELECT ${INDICATOR_COLUMNS} FROM indicator i WHERE i.region_id = $1 AND i.id = $2`,
      [regionId, id],
    );
  }

  findIndicatorsByIds(regionId: string, ids: readonly string[]): Promise<IndicatorRow[]> {
    return rows(
      this.db,
      IndicatorRow,
      `SELECT ${INDICATOR_COLUMNS} FROM indicator i
       WHERE i.region_id = $1 AND i.id = ANY($2::uuid[]) ORDER BY i.name, i.id`,
      [regionId, ids],
    );
  }

  /** Inserts an indicator; a computed kind or KOSTRA code that exists already returns null. */
  async insertIndicator(
    db: Queryable,
    values: IndicatorValues,
    userId: string | null,
  ): Promise<string | null> {
    const row = await maybeOne(
      db,
      IdRow,
      `INSERT INTO indicator (region_id, name, description, source, computed_kind, competence_id,
         tag, kostra_code, unit, decimals, direction, target, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT DO NOTHING RETURNING id`,
      [
        values.regionId,
        values.name,
        values.description,
        values.source,
        values.computedKind,
        values.competenceId,
        values.tag,
        values.kostraCode,
        values.unit,
        values.decimals,
        values.direction,
        values.target,
        userId,
      ],
    );
    return row?.id ?? null;
  }

  async competenceInRegion(regionId: string, competenceId: string): Promise<boolean> {
    const row = await maybeOne(
      this.db,
      IdRow,
      `SELECT id FROM competence WHERE region_id = $1 AND id = $2`,
      [regionId, competenceId],
    );
    return row !== null;
  }

  /** Competences with the tag (a focus area). */
  async competencesWithTag(regionId: string, tag: string): Promise<string[]> {
    const found = await rows(
      this.db,
      IdRow,
      `SELECT id FROM competence WHERE region_id = $1 AND $2 = ANY(tags) ORDER BY id`,
      [regionId, tag],
    );
    return found.map((r) => r.id);
  }

  minGroupSize(regionId: string): Promise<{ k: number }> {
    return one(this.db, Settings, `SELECT min_group_size AS k FROM region WHERE id = $1`, [
      regionId,
    ]);
  }

  // --- baselines ------------------------------------------------------------------------------

  findBaselines(
    indicatorIds: readonly string[],
    scopeIds: readonly string[],
  ): Promise<BaselineRow[]> {
    return rows(
      this.db,
      BaselineRow,
      `SELECT indicator_id AS "indicatorId", scope_id AS "scopeId", kind,
              from_period AS "fromPeriod", to_period AS "toPeriod", value::float8 AS value,
              to_char(measured_on, 'YYYY-MM-DD') AS "measuredOn", set_at AS "setAt"
       FROM indicator_baseline
       WHERE indicator_id = ANY($1::uuid[]) AND scope_id = ANY($2::uuid[])`,
      [indicatorIds, scopeIds],
    );
  }

  async upsertBaseline(
    db: Queryable,
    regionId: string,
    indicatorId: string,
    place: PlaceRef,
    baseline: Pick<BaselineRow, 'kind' | 'fromPeriod' | 'toPeriod' | 'value' | 'measuredOn'>,
    userId: string,
  ): Promise<void> {
    const p = new SqlParams([regionId, indicatorId]);
    await execute(
      db,
      `INSERT INTO indicator_baseline (region_id, indicator_id, scope_level, scope_id,
         municipality_id, unit_id, kind, from_period, to_period, value, measured_on, set_by)
       VALUES ($1, $2, ${placeValues(p, place)}, ${p.add(baseline.kind)}, ${p.add(baseline.fromPeriod)},
         ${p.add(baseline.toPeriod)}, ${p.add(baseline.value)}, ${p.add(baseline.measuredOn, 'date')},
         ${p.add(userId, 'uuid')})
       ON CONFLICT (indicator_id, scope_id) DO UPDATE SET kind = EXCLUDED.kind,
         from_period = EXCLUDED.from_period, to_period = EXCLUDED.to_period,
         value = EXCLUDED.value, measured_on = EXCLUDED.measured_on, set_by = EXCLUDED.set_by,
         set_at = now()`,
      p.values,
    );
  }

  // --- measurements ---------------------------------------------------------------------------

  /** The current measurement of each month, oldest first. */
  series(indicatorIds: readonly string[], scopeIds: readonly string[]): Promise<MeasurementRow[]> {
    return rows(
      this.db,
      MeasurementRow,
      `SELECT ${MEASUREMENT_COLUMNS}
       FROM measurement m LEFT JOIN app_user au ON au.id = m.entered_by
       WHERE m.indicator_id = ANY($1::uuid[]) AND m.scope_id = ANY($2::uuid[])
         AND m.replaced_at IS NULL
       ORDER BY m.period`,
      [indicatorIds, scopeIds],
    );
  }

  /** Every value a month has had, newest first (corrections keep the old rows). */
  history(indicatorId: string, scopeId: string, period: string): Promise<MeasurementRow[]> {
    return rows(
      this.db,
      MeasurementRow,
      `SELECT ${MEASUREMENT_COLUMNS}
       FROM measurement m LEFT JOIN app_user au ON au.id = m.entered_by
       WHERE m.indicator_id = $1 AND m.scope_id = $2 AND m.period = $3
       ORDER BY m.entered_at DESC, m.id DESC`,
      [indicatorId, scopeId, period],
    );
  }

  /**
   * Entered values: a month's current value is kept as history (replaced) and the new one
   * inserted, all in the caller's transaction.
   */
  async replaceMeasurements(
    db: Queryable,
    regionId: string,
    measurements: readonly NewMeasurement[],
    userId: string,
  ): Promise<void> {
    for (const m of measurements) {
      await execute(
        db,
        `UPDATE measurement SET replaced_at = now(), replaced_by = $4
         WHERE indicator_id = $1 AND scope_id = $2 AND period = $3 AND replaced_at IS NULL`,
        [m.indicatorId, m.place.id, m.period, userId],
      );
      const p = new SqlParams([regionId, m.indicatorId]);
      await execute(
        db,
        `INSERT INTO measurement (region_id, indicator_id, scope_level, scope_id, municipality_id,
           unit_id, period, measured_on, value, numerator, denominator, source, entered_by)
         VALUES ($1, $2, ${placeValues(p, m.place)}, ${p.add(m.period)}, ${p.add(m.measuredOn, 'date')},
           ${p.add(m.value)}, ${p.add(m.numerator)}, ${p.add(m.denominator)}, ${p.add(m.source)},
           ${p.add(userId, 'uuid')})`,
        p.values,
      );
    }
  }

  /**
   * Computed values: a month already measured keeps its value (the unique key on the current
   * row), so measuring again, or two instances at once, changes nothing.
   */
  async insertComputed(db: Queryable, regionId: string, measurements: readonly NewMeasurement[]) {
    const chunk = 500;
    for (let start = 0; start < measurements.length; start += chunk) {
      const p = new SqlParams([regionId]);
      const tuples = measurements.slice(start, start + chunk).map(
        (m) =>
          `($1, ${p.add(m.indicatorId, 'uuid')}, ${placeValues(p, m.place)}, ${p.add(m.period)},
              ${p.add(m.measuredOn, 'date')}, ${p.add(m.value, 'numeric')}, ${p.add(m.numerator, 'numeric')},
              ${p.add(m.denominator, 'numeric')}, ${p.add(m.source)})`,
      );
      await execute(
        db,
        `INSERT INTO measurement (region_id, indicator_id, scope_level, scope_id, municipality_id,
           unit_id, period, measured_on, value, numerator, denominator, source)
         VALUES ${tuples.join(', ')}
         ON CONFLICT (indicator_id, scope_id, period) WHERE replaced_at IS NULL DO NOTHING`,
        p.values,
      );
    }
  }

  async insertUnitCounts(
    db: Queryable,
    regionId: string,
    counts: readonly (StoredUnitCount & { indicatorId: string })[],
  ): Promise<void> {
    const chunk = 1000;
    for (let start = 0; start < counts.length; start += chunk) {
      const part = counts.slice(start, start + chunk);
      await execute(
        db,
        `INSERT INTO measurement_unit_count (region_id, indicator_id, period, unit_id, numerator,
           denominator)
         SELECT $1, * FROM unnest($2::uuid[], $3::text[], $4::uuid[], $5::int[], $6::int[])
         ON CONFLICT DO NOTHING`,
        [
          regionId,
          part.map((c) => c.indicatorId),
          part.map((c) => c.period),
          part.map((c) => c.unitId),
          part.map((c) => c.numerator),
          part.map((c) => c.denominator),
        ],
      );
    }
  }

  unitCounts(indicatorId: string, unitIds: readonly string[]): Promise<StoredUnitCount[]> {
    return rows(
      this.db,
      UnitCount,
      `SELECT unit_id AS "unitId", period, numerator, denominator FROM measurement_unit_count
       WHERE indicator_id = $1 AND unit_id = ANY($2::uuid[]) ORDER BY period`,
      [indicatorId, unitIds],
    );
  }

  // --- the monthly measurement ------------------------------------------------------------------

  async measuredPeriods(regionId: string): Promise<string[]> {
    const found = await rows(
      this.db,
      Period,
      `SELECT period FROM measurement_run WHERE region_id = $1 ORDER BY period`,
      [regionId],
    );
    return found.map((r) => r.period);
  }

  /** Claims the month for this region; false when another instance or run has it already. */
  async claimPeriod(db: Queryable, regionId: string, period: string, kind: 'MONTHLY' | 'REBUILT') {
    const row = await maybeOne(
      db,
      Period,
      `INSERT INTO measurement_run (region_id, period, kind) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING period`,
      [regionId, period, kind],
    );
    return row !== null;
  }

  async regionIds(): Promise<string[]> {
    const found = await rows(this.db, IdRow, `SELECT id FROM region ORDER BY created_at, id`);
    return found.map((r) => r.id);
  }

  /** The first month any employee of the region was on the staff (for the history rebuild). */
  async firstStaffPeriod(regionId: string): Promise<string | null> {
    const row = await maybeOne(
      this.db,
      z.object({ period: col.text.nullable() }),
      `SELECT to_char(min(coalesce(e.start_date, e.created_at::date)), 'YYYY-MM') AS period
       FROM employee e WHERE e.region_id = $1 AND ${notErased('e')}`,
      [regionId],
    );
    return row?.period ?? null;
  }

  // --- links to measures --------------------------------------------------------------------

  linkedMeasures(indicatorIds: readonly string[]): Promise<LinkedMeasureRow[]> {
    return rows(
      this.db,
      LinkedMeasureRow,
      `SELECT l.indicator_id AS "indicatorId", m.id AS "measureId", m.title, m.status,
              m.municipality_id AS "municipalityId", m.unit_id AS "unitId",
              to_char(m.starts_on, 'YYYY-MM-DD') AS "startsOn",
              to_char(m.ends_on, 'YYYY-MM-DD') AS "endsOn"
       FROM indicator_measure l JOIN measure m ON m.id = l.measure_id
       WHERE l.indicator_id = ANY($1::uuid[])
       ORDER BY m.starts_on, m.title, m.id`,
      [indicatorIds],
    );
  }

  findMeasurePlace(
    regionId: string,
    measureId: string,
  ): Promise<z.infer<typeof MeasurePlaceRow> | null> {
    return maybeOne(
      this.db,
      MeasurePlaceRow,
      `SELECT m.id, m.municipality_id AS "municipalityId", u.path AS "unitPath"
       FROM measure m LEFT JOIN unit u ON u.id = m.unit_id
       WHERE m.region_id = $1 AND m.id = $2`,
      [regionId, measureId],
    );
  }

  async setLink(
    regionId: string,
    indicatorId: string,
    measureId: string,
    linked: boolean,
    userId: string,
  ): Promise<void> {
    if (linked) {
      await execute(
        this.db,
        `INSERT INTO indicator_measure (region_id, indicator_id, measure_id, linked_by)
         VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
        [regionId, indicatorId, measureId, userId],
      );
    } else {
      await execute(
        this.db,
        `DELETE FROM indicator_measure WHERE indicator_id = $1 AND measure_id = $2`,
        [indicatorId, measureId],
      );
    }
  }
}
