import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { MunicipalityEntity } from './municipality.entity';
import { UnitEntity } from './unit.entity';

/** All SQL about regions, municipalities and units. */
@Injectable()
export class OrganisationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The region's municipalities; without a region, those of the region created first. */
  listMunicipalities(regionId: string | null): Promise<MunicipalityEntity[]> {
    return this.db.query(
      `SELECT m.id, m.region_id AS "regionId", m.number, m.name, m.kostra_group AS "kostraGroup"
       FROM municipality m
       WHERE m.region_id = coalesce($1, (SELECT id FROM region ORDER BY created_at, id LIMIT 1))
       ORDER BY m.number`,
      [regionId],
    );
  }

  findMunicipality(id: string): Promise<MunicipalityEntity | null> {
    return this.db.getRepository(MunicipalityEntity).findOneBy({ id });
  }

  findUnit(id: string, manager: EntityManager = this.db.manager): Promise<UnitEntity | null> {
    return manager.getRepository(UnitEntity).findOneBy({ id });
  }

  /** Batch read for the units-per-municipality DataLoader. */
  findUnitsByMunicipalityIds(ids: readonly string[]): Promise<UnitEntity[]> {
    return this.db
      .getRepository(UnitEntity)
      .createQueryBuilder('unit')
      .where('unit.municipality_id = ANY(:ids)', { ids })
      .orderBy('array_length(unit.path, 1)')
      .addOrderBy('unit.name')
      .getMany();
  }

  /** Batch read for the unit-by-id DataLoader (e.g. Employee.unit). */
  findUnitsByIds(ids: readonly string[]): Promise<UnitEntity[]> {
    return this.db
      .getRepository(UnitEntity)
      .createQueryBuilder('unit')
      .where('unit.id = ANY(:ids)', { ids })
      .getMany();
  }

  /** Batch read for the municipality-by-id DataLoader (e.g. Employee.municipality). */
  findMunicipalitiesByIds(ids: readonly string[]): Promise<MunicipalityEntity[]> {
    return this.db
      .getRepository(MunicipalityEntity)
      .createQueryBuilder('municipality')
      .where('municipality.id = ANY(:ids)', { ids })
      .getMany();
  }

  async insertUnit(
    manager: EntityManager,
    unit: Pick<
      UnitEntity,
      'regionId' | 'municipalityId' | 'parentId' | 'name' | 'kind' | 'serviceType'
    > & {
      parentPath: string[];
    },
  ): Promise<UnitEntity> {
    const rows: UnitEntity[] = await manager.query(
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
    const created = await this.findUnit(rows[0].id, manager);
    if (!created) throw new Error('Inserted unit vanished');
    return created;
  }
}
