import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type QueryRunner } from 'typeorm';

export interface MunicipalityRow {
  id: string;
  regionId: string;
  number: string;
  name: string;
}

export interface UnitRow {
  id: string;
  name: string;
  path: string[];
}

export interface CompetenceRow {
  id: string;
  name: string;
  /** The scale's levels, ascending (scales may skip numbers, e.g. 0, 2, 4). */
  levels: number[];
}

/** Lookups every import needs, and the per-municipality lock. */
@Injectable()
export class ImportsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** By kommunenummer; within a region when given (the caller's), else in any region. */
  findMunicipalities(number: string, regionId: string | null): Promise<MunicipalityRow[]> {
    return this.db.query(
      `SELECT id, region_id AS "regionId", number, name FROM municipality
       WHERE number = $1 AND ($2::uuid IS NULL OR region_id = $2)
       ORDER BY region_id`,
      [number, regionId],
    );
  }

  findUnit(municipalityId: string, unitId: string): Promise<UnitRow | undefined> {
    return this.db
      .query(`SELECT id, name, path FROM unit WHERE municipality_id = $1 AND id::text = $2`, [
        municipalityId,
        unitId,
      ])
      .then((rows: UnitRow[]) => rows[0]);
  }

  allUnits(municipalityId: string): Promise<UnitRow[]> {
    return this.db.query(`SELECT id, name, path FROM unit WHERE municipality_id = $1`, [
      municipalityId,
    ]);
  }

  /** Every unit of the municipality: at most a few hundred, so they are matched in memory. */
  units(runner: QueryRunner, municipalityId: string): Promise<UnitRow[]> {
    return runner.query(`SELECT id, name, path FROM unit WHERE municipality_id = $1`, [
      municipalityId,
    ]);
  }

  /** The region's active catalogue with each competence's levels. */
  competences(runner: QueryRunner, regionId: string): Promise<CompetenceRow[]> {
    return runner.query(
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
    await runner.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      `kp.import:${municipalityId}`,
    ]);
  }
}
