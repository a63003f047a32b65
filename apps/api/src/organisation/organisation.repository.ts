import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { col, maybeOne, one, type Queryable, rows } from '../database/sql';
import type { Scope } from '../auth/scope';
import { SqlParams } from '../database/sql-params';
import {
  MUNICIPALITY_COLUMNS,
  MunicipalityRow,
  UNIT_COLUMNS,
  UNIT_SCOPE_COLUMNS,
  UnitRow,
} from './organisation.rows';

const IdRow = z.object({ id: col.id });

/**
 * All SQL about regions, municipalities and units. The "in region" lookups are the one way
 * other modules check that an id a caller sent lies in the caller's region.
 */
@Injectable()
export class OrganisationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The region's municipalities; without a region, those of the region created first. */
  listMunicipalities(regionId: string | null): Promise<MunicipalityRow[]> {
    return rows(
      this.db,
      MunicipalityRow,
      `SELECT ${MUNICIPALITY_COLUMNS}
       FROM municipality m
       WHERE m.region_id = coalesce($1, (SELECT id FROM region ORDER BY created_at, id LIMIT 1))
       ORDER BY m.number`,
      [regionId],
    );
  }

  findMunicipality(id: string): Promise<MunicipalityRow | null> {
    return maybeOne(
      this.db,
      MunicipalityRow,
      `SELECT ${MUNICIPALITY_COLUMNS} FROM municipality m WHERE m.id = $1`,
      [id],
    );
  }

  /** The municipality, when it lies in the region; null otherwise. */
  findMunicipalityInRegion(
    regionId: string,
    id: string,
    db: Queryable = this.db,
  ): Promise<MunicipalityRow | null> {
    return maybeOne(
      db,
      MunicipalityRow,
      `SELECT ${MUNICIPALITY_COLUMNS} FROM municipality m WHERE m.region_id = $1 AND m.id = $2`,
      [regionId, id],
    );
  }

  /** The municipality with this kommunenummer in the region; null otherwise. */
  findMunicipalityByNumber(regionId: string, number: string): Promise<MunicipalityRow | null> {
    return maybeOne(
      this.db,
      MunicipalityRow,
      `SELECT ${MUNICIPALITY_COLUMNS} FROM municipality m WHERE m.region_id = $1 AND m.number = $2`,
      [regionId, number],
    );
  }

  findUnit(id: string, manager: EntityManager = this.db.manager): Promise<UnitRow | null> {
    return maybeOne(manager, UnitRow, `SELECT ${UNIT_COLUMNS} FROM unit u WHERE u.id = $1`, [id]);
  }

  /** The unit, when it lies in the region; null otherwise. */
  findUnitInRegion(regionId: string, id: string, db: Queryable = this.db): Promise<UnitRow | null> {
    return maybeOne(
      db,
      UnitRow,
      `SELECT ${UNIT_COLUMNS} FROM unit u WHERE u.region_id = $1 AND u.id = $2`,
      [regionId, id],
    );
  }

  /** The region's units, the top ones first (depth, then name): the tree the gap views walk. */
  listUnitsOfRegion(regionId: string): Promise<UnitRow[]> {
    return rows(
      this.db,
      UnitRow,
      `SELECT ${UNIT_COLUMNS} FROM unit u WHERE u.region_id = $1
       ORDER BY array_length(u.path, 1), u.name, u.id`,
      [regionId],
    );
  }

  /** The unit, when the caller's scope covers it; null when unknown or out of scope. */
  findUnitInScope(scope: Scope, id: string, db: Queryable = this.db): Promise<UnitRow | null> {
    const p = new SqlParams([id]);
    return maybeOne(
      db,
      UnitRow,
      `SELECT ${UNIT_COLUMNS} FROM unit u
       WHERE u.id = $1::uuid AND ${scope.where(p, UNIT_SCOPE_COLUMNS)}`,
      p.values,
    );
  }

  /** Units among `ids`, and units (not departments) of `serviceType`, the scope covers. */
  findUnitsInScope(
    scope: Scope,
    ids: readonly string[],
    serviceType: string | null,
    db: Queryable = this.db,
  ): Promise<UnitRow[]> {
    const p = new SqlParams([ids, serviceType]);
    return rows(
      db,
      UnitRow,
      `SELECT ${UNIT_COLUMNS} FROM unit u
       WHERE (u.id = ANY($1::uuid[])
              OR ($2::text IS NOT NULL AND u.kind = 'UNIT' AND lower(u.service_type) = lower($2)))
         AND ${scope.where(p, UNIT_SCOPE_COLUMNS)}
       ORDER BY u.name, u.id`,
      p.values,
    );
  }

  /** Batch read for the units-per-municipality DataLoader. */
  findUnitsByMunicipalityIds(ids: readonly string[], db: Queryable = this.db): Promise<UnitRow[]> {
    return rows(
      db,
      UnitRow,
      `SELECT ${UNIT_COLUMNS} FROM unit u WHERE u.municipality_id = ANY($1::uuid[])
       ORDER BY array_length(u.path, 1), u.name`,
      [ids],
    );
  }

  /** Batch read for the unit-by-id DataLoader (e.g. Employee.unit). */
  findUnitsByIds(ids: readonly string[]): Promise<UnitRow[]> {
    return rows(
      this.db,
      UnitRow,
      `SELECT ${UNIT_COLUMNS} FROM unit u WHERE u.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** Batch read for the municipality-by-id DataLoader (e.g. Employee.municipality). */
  findMunicipalitiesByIds(ids: readonly string[]): Promise<MunicipalityRow[]> {
    return rows(
      this.db,
      MunicipalityRow,
      `SELECT ${MUNICIPALITY_COLUMNS} FROM municipality m WHERE m.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  async insertUnit(
    manager: EntityManager,
    unit: Pick<
      UnitRow,
      'regionId' | 'municipalityId' | 'parentId' | 'name' | 'kind' | 'serviceType'
    > & {
      parentPath: string[];
    },
  ): Promise<UnitRow> {
    const { id } = await one(
      manager,
      IdRow,
      `WITH new_id AS (SELECT gen_random_uuid() AS id)
       INSERT INTO unit (id, region_id, municipality_id, parent_id, path, name, kind, service_type)
       SELECT new_id.id, $1, $2, $3, $4::uuid[] || new_id.id, $5, $6, $7 FROM new_id
       RETURNING id`,
      [
        unit.regionId,
        unit.municipalityId,
        unit.parentId,
        unit.parentPath,
        unit.name,
        unit.kind,
        unit.serviceType,
      ],
    );
    const created = await this.findUnit(id, manager);
    if (!created) throw new Error('Inserted unit vanished');
    return created;
  }
}
