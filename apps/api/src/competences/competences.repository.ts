import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { col, maybeOne, one, rows } from '../database/sql';
import { type BuildingBlock, CompetenceRow, type StoredLevel } from './competence.rows';

/**
 * Sort order for names in Norwegian (… X Y Z Æ Ø Å, case-insensitive first). The database
 * is created with the C locale, whose byte order puts Å before Æ and every lower-case letter
 * after Z. ICU collations ship with PostgreSQL 18 (embedded) and the official images.
 */
export const NORWEGIAN_COLLATION = '"nb-NO-x-icu"';

const COLUMNS = `c.id, c.region_id AS "regionId", c.name, c.description,
  c.building_block AS "buildingBlock", c.area, c.tags, c.scale,
  c.validity_months AS "validityMonths", c.active, c.version`;

export interface CompetenceListFilter {
  search?: string | null;
  area?: string | null;
  tag?: string | null;
  buildingBlock?: BuildingBlock | null;
  includeInactive?: boolean | null;
}

export interface CompetenceValues {
  name: string;
  description: string;
  buildingBlock: BuildingBlock;
  area: string;
  tags: string[];
  scale: StoredLevel[];
  validityMonths: number | null;
  active: boolean;
}

/**
 * Case-insensitive matching for Norwegian text: under the database's C locale lower() and
 * ILIKE fold only ASCII, so "ø" would not find "Ø". The ICU collation folds all letters.
 */
export const FOLD = `COLLATE ${NORWEGIAN_COLLATION}`;

/** `%` and `_` typed by a user are letters, not wildcards. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

const AreaRow = z.object({ area: col.text });
const LevelRow = z.object({ level: col.int });
const Taken = z.object({ taken: col.boolean });

/** All SQL about the competence catalogue. */
@Injectable()
export class CompetencesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  list(regionId: string, filter: CompetenceListFilter): Promise<CompetenceRow[]> {
    const params: unknown[] = [regionId];
    const where = ['c.region_id = $1'];
    if (!filter.includeInactive) where.push('c.active');
    if (filter.search) {
      params.push(likePattern(filter.search));
      where.push(
        `(c.name ILIKE $${params.length} ${FOLD} OR c.description ILIKE $${params.length} ${FOLD})`,
      );
    }
    if (filter.area) {
      params.push(filter.area);
      where.push(`lower(c.area ${FOLD}) = lower($${params.length} ${FOLD})`);
    }
    if (filter.tag) {
      params.push(filter.tag);
      where.push(
        `EXISTS (SELECT 1 FROM unnest(c.tags) AS t WHERE lower(t ${FOLD}) = lower($${params.length} ${FOLD}))`,
      );
    }
    if (filter.buildingBlock) {
      params.push(filter.buildingBlock);
      where.push(`c.building_block = $${params.length}`);
    }
    return rows(
      this.db,
      CompetenceRow,
      `SELECT ${COLUMNS} FROM competence c WHERE ${where.join(' AND ')}
       ORDER BY c.area COLLATE ${NORWEGIAN_COLLATION}, c.name COLLATE ${NORWEGIAN_COLLATION}, c.id`,
      params,
    );
  }

  /**
   * The competences among `ids`, in catalogue order (area, then name). Batch read for the
   * competence DataLoader, and the one way other modules read names and scales.
   */
  findByIds(ids: readonly string[]): Promise<CompetenceRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return rows(
      this.db,
      CompetenceRow,
      `SELECT ${COLUMNS} FROM competence c WHERE c.id = ANY($1::uuid[])
       ORDER BY c.area COLLATE ${NORWEGIAN_COLLATION}, c.name COLLATE ${NORWEGIAN_COLLATION}, c.id`,
      [ids],
    );
  }

  /** The ids in catalogue order (area, then name), for columns and ordered lists. */
  async competenceOrder(ids: readonly string[]): Promise<string[]> {
    return (await this.findByIds(ids)).map((competence) => competence.id);
  }

  /** Competences of the region among `ids`; with `lock`, held until the transaction ends. */
  findInRegion(
    regionId: string,
    ids: readonly string[],
    manager: EntityManager = this.db.manager,
    lock = false,
  ): Promise<CompetenceRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return rows(
      manager,
      CompetenceRow,
      `SELECT ${COLUMNS} FROM competence c WHERE c.region_id = $1 AND c.id = ANY($2::uuid[])
       ${lock ? 'FOR UPDATE' : ''}`,
      [regionId, ids],
    );
  }

  async areas(regionId: string): Promise<string[]> {
    const found = await rows(
      this.db,
      AreaRow,
      `SELECT c.area FROM competence c WHERE c.region_id = $1 AND c.active
       GROUP BY c.area ORDER BY c.area COLLATE ${NORWEGIAN_COLLATION}`,
      [regionId],
    );
    return found.map((row) => row.area);
  }

  async insert(
    manager: EntityManager,
    regionId: string,
    values: CompetenceValues,
  ): Promise<CompetenceRow> {
    return one(
      manager,
      CompetenceRow,
      `INSERT INTO competence AS c
         (region_id, name, description, building_block, area, tags, scale, validity_months, active)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       RETURNING ${COLUMNS}`,
      [
        regionId,
        values.name,
        values.description,
        values.buildingBlock,
        values.area,
        values.tags,
        JSON.stringify(values.scale),
        values.validityMonths,
        values.active,
      ],
    );
  }

  /** Writes only when `version` is still current; returns null otherwise. */
  async update(
    manager: EntityManager,
    id: string,
    version: number,
    values: CompetenceValues,
  ): Promise<CompetenceRow | null> {
    return maybeOne(
      manager,
      CompetenceRow,
      // (a bare UPDATE would come back from TypeORM as [rows, count])
      `WITH c AS (
         UPDATE competence
            SET name = $3, description = $4, building_block = $5, area = $6, tags = $7,
                scale = $8, validity_months = $9, active = $10,
                version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2
          RETURNING *
       )
       SELECT ${COLUMNS} FROM c`,
      [
        id,
        version,
        values.name,
        values.description,
        values.buildingBlock,
        values.area,
        values.tags,
        JSON.stringify(values.scale),
        values.validityMonths,
        values.active,
      ],
    );
  }

  /**
   * Another entry of the region with the same name in any case. The unique index on
   * lower(name) folds only ASCII, so "Ærlighet" and "ærlighet" are caught here.
   */
  async nameTaken(
    manager: EntityManager,
    regionId: string,
    name: string,
    exceptId: string | null,
  ): Promise<boolean> {
    const { taken } = await one(
      manager,
      Taken,
      `SELECT EXISTS (SELECT 1 FROM competence
        WHERE region_id = $1 AND lower(name ${FOLD}) = lower($2 ${FOLD})
          AND id IS DISTINCT FROM $3::uuid) AS taken`,
      [regionId, name, exceptId],
    );
    return taken;
  }

  /** Levels that assessments of the competence use: a new scale must keep them. */
  async levelsInUse(manager: EntityManager, competenceId: string): Promise<number[]> {
    const found = await rows(
      manager,
      LevelRow,
      `SELECT DISTINCT level FROM assessment WHERE competence_id = $1 ORDER BY level`,
      [competenceId],
    );
    return found.map((row) => row.level);
  }
}
