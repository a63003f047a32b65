import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  kostraFigureKey,
  type KnownKostraRegion,
  type KostraFigure,
  type KostraGroupAssignment,
  type KostraIndicatorInfo,
  type KostraRegionSeen,
  type SkippedKostraRegion,
  type StoredKostraFigure,
} from '@kp/domain';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { col, execute, maybeOne, one, type Queryable, rows } from '../database/sql';
import { MUNICIPALITY_COLUMNS, MunicipalityRow } from '../organisation/organisation.rows';

const KnownRegionRow = z.object({
  code: col.text,
  kind: z.enum(['MUNICIPALITY', 'COUNTY', 'KOSTRA_GROUP', 'COUNTRY']),
  label: col.text,
});

const StoredFigureRow = z.object({
  indicator: col.text,
  region: col.text,
  year: col.int,
  value: col.number.nullable(),
  status: col.text.nullable(),
});
export type KostraFigureRow = z.infer<typeof StoredFigureRow>;

export const KostraIndicatorRow = z.object({
  code: col.text,
  label: col.text,
  unit: col.text,
  decimals: col.int.nullable(),
  tableId: col.text.nullable(),
  notes: z.array(col.text),
});
export type KostraIndicatorRow = z.infer<typeof KostraIndicatorRow>;

const RegionLabelRow = z.object({ code: col.text, label: col.text });

export const KostraImportRow = z.object({
  id: col.id,
  source: z.enum(['FILE', 'CLI', 'SSB']),
  fileName: col.text.nullable(),
  tableId: col.text.nullable(),
  added: col.int,
  unchanged: col.int,
  corrected: col.int,
  skipped: col.int,
  groupsUpdated: col.int,
  skippedRegions: z.array(
    z.object({ code: col.text, label: col.text, reason: col.text, figures: col.int }),
  ),
  createdAt: col.timestamp,
  createdBy: col.text.nullable(),
});
export type KostraImportRow = z.infer<typeof KostraImportRow>;

const StaffRow = z.object({ professionCode: col.text.nullable(), fte: col.number });

const IMPORT_COLUMNS = `k.id, k.source, k.file_name AS "fileName", k.table_id AS "tableId",
  k.added, k.unchanged, k.corrected, k.skipped, k.groups_updated AS "groupsUpdated",
  k.skipped_regions AS "skippedRegions", k.created_at AS "createdAt", u.name AS "createdBy"`;

export interface NewKostraImport {
  regionId: string;
  source: 'FILE' | 'CLI' | 'SSB';
  fileName: string | null;
  tableId: string | null;
  added: number;
  unchanged: number;
  corrected: number;
  skipped: number;
  groupsUpdated: number;
  skippedRegions: SkippedKostraRegion[];
  createdBy: string | null;
}

/** KOSTRA figures, indicators, known SSB regions and import runs (docs/kostra.md). */
@Injectable()
export class KostraRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One region's imports never interleave (the plan reads the figures it then writes). */
  async lockRegion(manager: Queryable, regionId: string): Promise<void> {
    await execute(manager, `SELECT pg_advisory_xact_lock(hashtext('kostra:' || $1))`, [regionId]);
  }

  /** The region's municipalities, and the national codes and retired numbers that lead to them. */
  async knownRegions(db: Queryable, regionId: string): Promise<Map<string, KnownKostraRegion>> {
    const found = await rows(
      db,
      KnownRegionRow,
      `SELECT number AS code, 'MUNICIPALITY' AS kind, name AS label
         FROM municipality WHERE region_id = $1
       UNION ALL
       SELECT code, kind, label FROM kostra_region
        WHERE kind <> 'MUNICIPALITY'
           OR successor IN (SELECT number FROM municipality WHERE region_id = $1)`,
      [regionId],
    );
    return new Map(found.map((r) => [r.code, r]));
  }

  /** The current figures of some indicators and years, by kostraFigureKey. */
  async currentFigures(
    db: Queryable,
    regionId: string,
    indicators: string[],
    years: number[],
  ): Promise<Map<string, StoredKostraFigure>> {
    const found = await rows(
      db,
      StoredFigureRow,
      `SELECT indicator_code AS indicator, region_code AS region, year,
              value::float8 AS value, status
         FROM kostra_figure
        WHERE region_id = $1 AND superseded_at IS NULL
          AND indicator_code = ANY($2::text[]) AND year = ANY($3::int[])`,
      [regionId, indicators, years],
    );
    return new Map(found.map((f) => [kostraFigureKey(f.indicator, f.region, f.year), f]));
  }

  async saveIndicators(
    manager: Queryable,
    regionId: string,
    indicators: KostraIndicatorInfo[],
  ): Promise<void> {
    for (const i of indicators) {
      await execute(
        manager,
        `INSERT INTO kostra_indicator (region_id, code, label, unit, decimals, table_id, notes)
         VALUES ($1, $2, $3, $4, $5, $6, $7::text[])
         ON CONFLICT (region_id, code) DO UPDATE SET
           label = EXCLUDED.label,
           unit = CASE WHEN EXCLUDED.unit = '' THEN kostra_indicator.unit ELSE EXCLUDED.unit END,
           decimals = COALESCE(EXCLUDED.decimals, kostra_indicator.decimals),
           table_id = COALESCE(EXCLUDED.table_id, kostra_indicator.table_id),
           notes = EXCLUDED.notes,
           updated_at = now()`,
        [regionId, i.code, i.label, i.unit, i.decimals, i.tableId, i.notes],
      );
    }
  }

  async insertImport(manager: Queryable, run: NewKostraImport): Promise<string> {
    const row = await one(
      manager,
      z.object({ id: col.id }),
      `INSERT INTO kostra_import (region_id, source, file_name, table_id, added, unchanged,
         corrected, skipped, groups_updated, skipped_regions, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11) RETURNING id`,
      [
        run.regionId,
        run.source,
        run.fileName,
        run.tableId,
        run.added,
        run.unchanged,
        run.corrected,
        run.skipped,
        run.groupsUpdated,
        JSON.stringify(run.skippedRegions),
        run.createdBy,
      ],
    );
    return row.id;
  }

  /** Closes the current figures that corrections replace (they stay as history). */
  async supersede(
    manager: Queryable,
    regionId: string,
    importId: string,
    figures: KostraFigure[],
  ): Promise<void> {
    if (figures.length === 0) return;
    await execute(
      manager,
      `UPDATE kostra_figure f SET superseded_at = now(), superseded_by = $2
         FROM unnest($3::text[], $4::text[], $5::int[]) AS t(indicator, region, year)
        WHERE f.region_id = $1 AND f.superseded_at IS NULL
          AND f.indicator_code = t.indicator AND f.region_code = t.region AND f.year = t.year`,
      [
        regionId,
        importId,
        figures.map((f) => f.indicator),
        figures.map((f) => f.region),
        figures.map((f) => f.year),
      ],
    );
  }

  async insertFigures(
    manager: Queryable,
    regionId: string,
    importId: string,
    figures: KostraFigure[],
  ): Promise<void> {
    // in slices, so a whole-country file stays within PostgreSQL's parameter sizes comfortably
    for (let start = 0; start < figures.length; start += 5000) {
      const slice = figures.slice(start, start + 5000);
      await execute(
        manager,
        `INSERT INTO kostra_figure (region_id, indicator_code, region_code, year, value, status,
           import_id)
         SELECT $1, t.indicator, t.region, t.year, t.value, t.status, $2
           FROM unnest($3::text[], $4::text[], $5::int[], $6::numeric[], $7::text[])
             AS t(indicator, region, year, value, status)`,
        [
          regionId,
          importId,
          slice.map((f) => f.indicator),
          slice.map((f) => f.region),
          slice.map((f) => f.year),
          slice.map((f) => f.value),
          slice.map((f) => f.status),
        ],
      );
    }
  }

  /** Labels and valid years of national codes as the newest file gives them. */
  async updateRegionLabels(manager: Queryable, regions: KostraRegionSeen[]): Promise<void> {
    for (const r of regions) {
      await execute(
        manager,
        `UPDATE kostra_region
            SET label = $2,
                valid_from = COALESCE($3, valid_from),
                valid_to = COALESCE($4, valid_to)
          WHERE code = $1 AND (label IS DISTINCT FROM $2 OR valid_to IS DISTINCT FROM COALESCE($4, valid_to))`,
        [r.code, r.label, r.validFrom, r.validTo],
      );
    }
  }

  /** Sets the KOSTRA group of the region's municipalities; returns the numbers that changed. */
  async setKostraGroups(
    manager: Queryable,
    regionId: string,
    assignments: KostraGroupAssignment[],
  ): Promise<string[]> {
    const changed = await rows(
      manager,
      z.object({ number: col.text }),
      `UPDATE municipality m SET kostra_group = t.grp
         FROM unnest($2::text[], $3::text[]) AS t(number, grp)
        WHERE m.region_id = $1 AND m.number = t.number
          AND m.kostra_group IS DISTINCT FROM t.grp
        RETURNING m.number`,
      [regionId, assignments.map((a) => a.municipality), assignments.map((a) => a.group)],
    );
    return changed.map((c) => c.number);
  }

  async municipalityNumbers(db: Queryable, regionId: string): Promise<Set<string>> {
    const found = await rows(
      db,
      z.object({ number: col.text }),
      `SELECT number FROM municipality WHERE region_id = $1`,
      [regionId],
    );
    return new Set(found.map((f) => f.number));
  }

  municipality(regionId: string, id: string): Promise<MunicipalityRow | null> {
    return maybeOne(
      this.db,
      MunicipalityRow,
      `SELECT ${MUNICIPALITY_COLUMNS} FROM municipality m WHERE m.region_id = $1 AND m.id = $2`,
      [regionId, id],
    );
  }

  municipalities(regionId: string): Promise<MunicipalityRow[]> {
    return rows(
      this.db,
      MunicipalityRow,
      `SELECT ${MUNICIPALITY_COLUMNS} FROM municipality m WHERE m.region_id = $1 ORDER BY m.number`,
      [regionId],
    );
  }

  indicators(regionId: string): Promise<KostraIndicatorRow[]> {
    return rows(
      this.db,
      KostraIndicatorRow,
      `SELECT code, label, unit, decimals, table_id AS "tableId", notes
         FROM kostra_indicator WHERE region_id = $1 ORDER BY code`,
      [regionId],
    );
  }

  /** Current figures of some region codes (for one indicator, or all). */
  figures(
    regionId: string,
    regionCodes: string[],
    indicator: string | null,
  ): Promise<KostraFigureRow[]> {
    return rows(
      this.db,
      StoredFigureRow,
      `SELECT indicator_code AS indicator, region_code AS region, year,
              value::float8 AS value, status
         FROM kostra_figure
        WHERE region_id = $1 AND superseded_at IS NULL
          AND region_code = ANY($2::text[])
          AND ($3::text IS NULL OR indicator_code = $3)
        ORDER BY indicator_code, region_code, year`,
      [regionId, regionCodes, indicator],
    );
  }

  /** Labels of region codes: the national table, then the region's municipalities. */
  async regionLabels(regionId: string, codes: string[]): Promise<Map<string, string>> {
    const found = await rows(
      this.db,
      RegionLabelRow,
      `SELECT code, label FROM kostra_region WHERE code = ANY($2::text[])
       UNION ALL
       SELECT number, name FROM municipality WHERE region_id = $1 AND number = ANY($2::text[])`,
      [regionId, codes],
    );
    return new Map(found.map((r) => [r.code, r.label]));
  }

  /** Retired numbers that led to these municipality numbers. */
  predecessorsOf(numbers: string[]): Promise<Array<{ code: string; successor: string }>> {
    return rows(
      this.db,
      z.object({ code: col.text, successor: col.text }),
      `SELECT code, successor FROM kostra_region WHERE successor = ANY($1::text[]) ORDER BY code`,
      [numbers],
    );
  }

  /** Active employees of a municipality: profession and position (aggregated by the caller). */
  staff(regionId: string, municipalityId: string): Promise<z.infer<typeof StaffRow>[]> {
    return rows(
      this.db,
      StaffRow,
      `SELECT profession_code AS "professionCode", fte::float8 AS fte
         FROM employee
        WHERE region_id = $1 AND municipality_id = $2 AND active`,
      [regionId, municipalityId],
    );
  }

  async minGroupSize(regionId: string): Promise<number> {
    const row = await one(
      this.db,
      z.object({ size: col.int }),
      `SELECT min_group_size AS size FROM region WHERE id = $1`,
      [regionId],
    );
    return row.size;
  }

  imports(regionId: string, limit: number): Promise<KostraImportRow[]> {
    return rows(
      this.db,
      KostraImportRow,
      `SELECT ${IMPORT_COLUMNS}
         FROM kostra_import k LEFT JOIN app_user u ON u.id = k.created_by
        WHERE k.region_id = $1 ORDER BY k.created_at DESC, k.id LIMIT $2`,
      [regionId, limit],
    );
  }
}
