import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { NORWEGIAN_COLLATION } from '../competences/competences.repository';
import { z } from 'zod';
import { col, maybeOne, one, rows } from '../database/sql';
import { QualificationKind } from './employee.rows';
import type { Scope } from '../auth/scope';
import { SqlParams } from '../database/sql-params';
import { employeeInScope } from './people.sql';

/**
 * Formal competence as read: an education, certificate or course an employee holds, with the
 * competences and levels it documents.
 */
export const QualificationRow = z.object({
  id: col.id,
  employeeId: col.id,
  kind: z.enum(QualificationKind),
  title: col.text,
  issuer: col.text.nullable(),
  obtainedOn: col.isoDate,
  /** The last day it counts; null = no expiry. */
  expiresOn: col.isoDate.nullable(),
  competences: z.array(z.object({ competenceId: col.id, level: col.int })),
});
export type QualificationRow = z.infer<typeof QualificationRow>;

const IdRow = z.object({ id: col.id });

export interface NewQualification {
  regionId: string;
  employeeId: string;
  kind: QualificationKind;
  title: string;
  issuer: string | null;
  obtainedOn: string;
  expiresOn: string | null;
  createdBy: string | null;
  /** Where it came from (a completed measure: `tiltak:<id>`); null when typed in. */
  sourceRef?: string | null;
}

// The mapping to competences lives in the FORMAL assessments the qualification wrote, so
// there is one place for every level (see the people migration).
const SELECT = `SELECT q.id, q.employee_id AS "employeeId", q.kind, q.title, q.issuer,
    to_char(q.obtained_on, 'YYYY-MM-DD') AS "obtainedOn", to_char(q.expires_on, 'YYYY-MM-DD') AS "expiresOn",
    coalesce(
      json_agg(json_build_object('competenceId', a.competence_id, 'level', a.level)
               ORDER BY c.name COLLATE ${NORWEGIAN_COLLATION})
        FILTER (WHERE a.id IS NOT NULL),
      '[]') AS competences
  FROM qualification q
  LEFT JOIN assessment a ON a.qualification_id = q.id
  LEFT JOIN competence c ON c.id = a.competence_id`;

/** All SQL about formal qualifications. */
@Injectable()
export class QualificationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Batch read for the DataLoader: newest first per employee. */
  findByEmployeeIds(scope: Scope, employeeIds: readonly string[]): Promise<QualificationRow[]> {
    const p = new SqlParams([employeeIds]);
    return rows(
      this.db,
      QualificationRow,
      `${SELECT} WHERE q.employee_id = ANY($1::uuid[])
          AND ${employeeInScope(scope, p, 'q.employee_id')}
        GROUP BY q.id ORDER BY q.employee_id, q.obtained_on DESC, q.created_at DESC, q.id`,
      p.values,
    );
  }

  async findById(
    scope: Scope,
    manager: EntityManager,
    id: string,
  ): Promise<QualificationRow | null> {
    const p = new SqlParams([id]);
    return maybeOne(
      manager,
      QualificationRow,
      `${SELECT} WHERE q.id = $1 AND ${employeeInScope(scope, p, 'q.employee_id')} GROUP BY q.id`,
      p.values,
    );
  }

  /** Adds the qualification; refused (no row) when the employee is out of scope. */
  async insert(
    scope: Scope,
    manager: EntityManager,
    qualification: NewQualification,
  ): Promise<string> {
    const p = new SqlParams([
      qualification.regionId,
      qualification.employeeId,
      qualification.kind,
      qualification.title,
      qualification.issuer,
      qualification.obtainedOn,
      qualification.expiresOn,
      qualification.createdBy,
      qualification.sourceRef ?? null,
    ]);
    const { id } = await one(
      manager,
      IdRow,
      `INSERT INTO qualification (region_id, employee_id, kind, title, issuer, obtained_on,
         expires_on, created_by, source_ref)
       SELECT $1::uuid, $2::uuid, $3::text, $4::text, $5::text, $6::date, $7::date, $8::uuid,
              $9::text
        WHERE ${employeeInScope(scope, p, '$2::uuid')}
       RETURNING id`,
      p.values,
    );
    return id;
  }
}
