import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type QueryRunner } from 'typeorm';
import { z } from 'zod';
import { col, execute, rows, type Queryable } from '../database/sql';
import type { StagedRow } from './import-pipeline';

const MunicipalityRow = z.object({
  id: col.id,
  regionId: col.id,
  number: col.text,
  name: col.text,
});
export type MunicipalityRow = z.infer<typeof MunicipalityRow>;

const CompetenceRow = z.object({
  id: col.id,
  name: col.text,
  /** The scale's levels, ascending (scales may skip numbers, e.g. 0, 2, 4). */
  levels: z.array(col.int),
});
export type CompetenceRow = z.infer<typeof CompetenceRow>;

/** A staged column: its name in the staging table, its SQL type, its value in a record. */
export interface StageColumn<R> {
  name: string;
  type: string;
  value(record: R): unknown;
}

/**
 * Stages one batch in one statement, one array parameter per column, whatever the batch size:
 * the row number, the key (the employee number), whether the row was valid, then the kind's
 * columns (null for an invalid row, which is staged by its key only).
 */
export async function stageBatch<R>(
  db: Queryable,
  table: string,
  columns: readonly StageColumn<R>[],
  batch: readonly StagedRow<R>[],
): Promise<void> {
  if (batch.length === 0) return;
  const names = ['row_no', 'employee_number', 'valid', ...columns.map((c) => c.name)];
  const types = ['int', 'text', 'bool', ...columns.map((c) => c.type)];
  await execute(
    db,
    `INSERT INTO ${table} (${names.join(', ')})
     SELECT * FROM unnest(${types.map((type, i) => `$${i + 1}::${type}[]`).join(', ')})`,
    [
      batch.map((row) => row.rowNumber),
      batch.map((row) => row.key),
      batch.map((row) => row.record !== null),
      ...columns.map((c) =>
        batch.map((row) => (row.record ? (c.value(row.record) ?? null) : null)),
      ),
    ],
  );
}

/** Lookups every import needs, and the per-municipality lock. */
@Injectable()
export class ImportsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** By kommunenummer; within a region when given (the caller's), else in any region. */
  findMunicipalities(number: string, regionId: string | null): Promise<MunicipalityRow[]> {
    return rows(
      this.db,
      MunicipalityRow,
      `SELECT id, region_id AS "regionId", number, name FROM municipality
       WHERE number = $1 AND ($2::uuid IS NULL OR region_id = $2)
       ORDER BY region_id`,
      [number, regionId],
    );
  }

  /** The region's active catalogue with each competence's levels. */
  competences(runner: QueryRunner, regionId: string): Promise<CompetenceRow[]> {
    return rows(
      runner,
      CompetenceRow,
      `SELECT c.id, c.name,
              ARRAY(SELECT (l->>'level')::int FROM jsonb_array_elements(c.scale) l ORDER BY 1)
                AS levels
       FROM competence c WHERE c.region_id = $1 AND c.active`,
      [regionId],
    );
  }

  /**
   * One import per municipality at a time: a second one waits, then sees the first one's
   * result, so two uploads of the same file still leave one set of changes.
   */
  async lockMunicipality(runner: QueryRunner, municipalityId: string): Promise<void> {
    await execute(runner, `SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      `kp.import:${municipalityId}`,
    ]);
  }
}
