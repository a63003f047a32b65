import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { scopePredicate, type PersonalDataScope } from '../auth/scope';
import type {
  OverviewAssessment,
  OverviewCompetence,
  OverviewEmployee,
} from './competence-overview';
import { NORWEGIAN_COLLATION } from '../competences/competences.repository';

export interface ExportMunicipality {
  id: string;
  regionId: string;
  number: string;
  name: string;
}

export interface ExportUnit {
  id: string;
  name: string;
  path: string[];
}

/** All SQL of the exports; personal data is always read through the caller's scope. */
@Injectable()
export class ExportsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findMunicipality(regionId: string, number: string): Promise<ExportMunicipality | null> {
    const rows = await this.db.query(
      `SELECT id, region_id AS "regionId", number, name FROM municipality
       WHERE region_id = $1 AND number = $2`,
      [regionId, number],
    );
    return rows[0] ?? null;
  }

  async findUnit(municipalityId: string, unitId: string): Promise<ExportUnit | null> {
    const rows = await this.db.query(
      `SELECT id, name, path FROM unit WHERE municipality_id = $1 AND id = $2`,
      [municipalityId, unitId],
    );
    return rows[0] ?? null;
  }

  /** Active employees of the municipality (or unit subtree) the caller may see, in list order. */
  async employeeIds(
    scope: PersonalDataScope,
    municipalityId: string,
    unitId: string | null,
  ): Promise<string[]> {
    const visible = scopePredicate(
      scope,
      { regionId: 'e.region_id', municipalityId: 'e.municipality_id', unitPath: 'u.path' },
      3,
    );
    const rows: Array<{ id: string }> = await this.db.query(
      `SELECT e.id FROM employee e JOIN unit u ON u.id = e.unit_id
       WHERE e.municipality_id = $1 AND e.active AND e.erased_at IS NULL
         AND ($2::uuid IS NULL OR u.path @> ARRAY[$2::uuid])
         AND ${visible.sql}
       ORDER BY u.name COLLATE ${NORWEGIAN_COLLATION}, e.family_name COLLATE ${NORWEGIAN_COLLATION},
                e.given_name COLLATE ${NORWEGIAN_COLLATION}, e.employee_number`,
      [municipalityId, unitId, ...visible.params],
    );
    return rows.map((row) => row.id);
  }

  employees(ids: readonly string[]): Promise<OverviewEmployee[]> {
    return this.db.query(
      `SELECT e.id, e.employee_number AS "employeeNumber", e.given_name AS "givenName",
              e.family_name AS "familyName", u.name AS "unitName",
              e.profession_code::text AS "professionCode", e.fte::float8 AS fte
       FROM employee e JOIN unit u ON u.id = e.unit_id
       WHERE e.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** Assessment history of the employees, in the order it was recorded. */
  assessments(ids: readonly string[]): Promise<OverviewAssessment[]> {
    return this.db.query(
      `SELECT a.employee_id AS "employeeId", a.competence_id AS "competenceId", a.level,
              a.source, to_char(a.assessed_on, 'YYYY-MM-DD') AS "assessedAt",
              to_char(a.valid_until, 'YYYY-MM-DD') AS "validUntil",
              to_char(a.confirmed_at AT TIME ZONE 'Europe/Oslo', 'YYYY-MM-DD') AS "confirmedAt"
       FROM assessment a
       WHERE a.employee_id = ANY($1::uuid[])
       ORDER BY a.employee_id, a.created_at, a.id`,
      [ids],
    );
  }

  competences(ids: readonly string[]): Promise<OverviewCompetence[]> {
    return this.db.query(
      `SELECT id, name FROM competence WHERE id = ANY($1::uuid[])
       ORDER BY area COLLATE ${NORWEGIAN_COLLATION}, name COLLATE ${NORWEGIAN_COLLATION}, id`,
      [ids],
    );
  }
}
