import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Scope } from '../auth/scope';
import { z } from 'zod';
import { col, maybeOne, rows } from '../database/sql';
import { SqlParams } from '../database/sql-params';
import { AssessmentSource } from './employee.rows';
import { employeeInScope, notErased } from './people.sql';
import { CONFIRMED_ON_SQL } from './realkompetanse.sql';

/**
 * An assessment as read, with the names the screens show. Employee × competence → level,
 * append-only (a trigger refuses rewrites); the only later change is a leader's confirmation
 * of a self-declared level. FORMAL rows carry the qualification that documents them.
 */
export const AssessmentRow = z.object({
  id: col.id,
  employeeId: col.id,
  competenceId: col.id,
  competenceName: col.text,
  level: col.int,
  source: z.enum(AssessmentSource),
  evidence: col.text,
  qualificationId: col.id.nullable(),
  assessedOn: col.isoDate,
  /** The last day it counts; null = no expiry. */
  validUntil: col.isoDate.nullable(),
  assessedByName: col.text.nullable(),
  confirmedAt: col.timestamp.nullable(),
  /** The Norwegian calendar day of the confirmation, as realkompetanse counts it. */
  confirmedOn: col.isoDate.nullable(),
  confirmedByName: col.text.nullable(),
  createdAt: col.timestamp,
});
export type AssessmentRow = z.infer<typeof AssessmentRow>;

const AssessmentInScope = AssessmentRow.extend({ municipalityId: col.id });

export interface NewAssessment {
  regionId: string;
  employeeId: string;
  competenceId: string;
  level: number;
  source: AssessmentSource;
  evidence: string;
  qualificationId: string | null;
  assessedOn: string;
  validUntil: string | null;
  assessedBy: string | null;
}

const COLUMNS = `a.id, a.employee_id AS "employeeId", a.competence_id AS "competenceId",
  c.name AS "competenceName", a.level, a.source, a.evidence, a.qualification_id AS "qualificationId",
  to_char(a.assessed_on, 'YYYY-MM-DD') AS "assessedOn", to_char(a.valid_until, 'YYYY-MM-DD') AS "validUntil",
  assessor.name AS "assessedByName", a.confirmed_at AS "confirmedAt", ${CONFIRMED_ON_SQL} AS "confirmedOn",
  confirmer.name AS "confirmedByName", a.created_at AS "createdAt"`;

/** `a` must be an assessment row source (the table or a CTE returning its columns). */
const JOINS = `JOIN competence c ON c.id = a.competence_id
  LEFT JOIN app_user assessor ON assessor.id = a.assessed_by
  LEFT JOIN app_user confirmer ON confirmer.id = a.confirmed_by`;

/** The order the history was recorded in: what computeRealkompetanse expects. */
const RECORDED_ORDER = 'a.assessed_on, a.created_at, a.id';

/** All SQL about the append-only assessment history. */
@Injectable()
export class AssessmentsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Batch read for the DataLoaders: every employee's history in recorded order. */
  findByEmployeeIds(scope: Scope, employeeIds: readonly string[]): Promise<AssessmentRow[]> {
    const p = new SqlParams([employeeIds]);
    return rows(
      this.db,
      AssessmentRow,
      `SELECT ${COLUMNS} FROM assessment a ${JOINS}
        WHERE a.employee_id = ANY($1::uuid[]) AND ${employeeInScope(scope, p, 'a.employee_id')}
        ORDER BY a.employee_id, ${RECORDED_ORDER}`,
      p.values,
    );
  }

  /** The assessment with its employee's municipality, if the employee is in scope. */
  async findInScope(
    scope: Scope,
    id: string,
    manager: EntityManager,
  ): Promise<(AssessmentRow & { municipalityId: string }) | null> {
    const p = new SqlParams();
    return maybeOne(
      manager,
      AssessmentInScope,
      `SELECT ${COLUMNS}, e.municipality_id AS "municipalityId"
         FROM assessment a ${JOINS}
         JOIN employee e ON e.id = a.employee_id
         JOIN unit u ON u.id = e.unit_id
        WHERE a.id = ${p.add(id)}::uuid AND ${notErased('e')}
          AND ${scope.where(p, { regionId: 'e.region_id', municipalityId: 'e.municipality_id', unitPath: 'u.path' })}
        FOR UPDATE OF a`,
      p.values,
    );
  }

  /** Appends rows in one statement and returns them as read; employees out of scope get none. */
  async insert(
    scope: Scope,
    manager: EntityManager,
    added: NewAssessment[],
  ): Promise<AssessmentRow[]> {
    if (added.length === 0) return [];
    const p = new SqlParams();
    const values = added.map(
      (row) =>
        `(${[
          p.add(row.regionId, 'uuid'),
          p.add(row.employeeId, 'uuid'),
          p.add(row.competenceId, 'uuid'),
          p.add(row.level, 'int'),
          p.add(row.source, 'text'),
          p.add(row.evidence, 'text'),
          p.add(row.qualificationId, 'uuid'),
          p.add(row.assessedOn, 'date'),
          p.add(row.validUntil, 'date'),
          p.add(row.assessedBy, 'uuid'),
        ].join(', ')})`,
    );
    return rows(
      manager,
      AssessmentRow,
      `WITH a AS (
         INSERT INTO assessment (region_id, employee_id, competence_id, level, source, evidence,
           qualification_id, assessed_on, valid_until, assessed_by)
         SELECT v.* FROM (VALUES ${values.join(', ')})
           AS v (region_id, employee_id, competence_id, level, source, evidence,
                 qualification_id, assessed_on, valid_until, assessed_by)
          WHERE ${employeeInScope(scope, p, 'v.employee_id')}
         RETURNING *
       )
       SELECT ${COLUMNS} FROM a ${JOINS} ORDER BY ${RECORDED_ORDER}`,
      p.values,
    );
  }

  /** Adds a leader's confirmation to a self-declared level; the only change the history allows. */
  async confirm(
    scope: Scope,
    manager: EntityManager,
    id: string,
    userId: string,
  ): Promise<AssessmentRow | null> {
    const p = new SqlParams([id, userId]);
    return maybeOne(
      manager,
      AssessmentRow,
      `WITH a AS (
         UPDATE assessment SET confirmed_at = now(), confirmed_by = $2
          WHERE id = $1 AND source = 'SELF_DECLARED' AND confirmed_at IS NULL
            AND ${employeeInScope(scope, p, 'assessment.employee_id')}
          RETURNING *
       )
       SELECT ${COLUMNS} FROM a ${JOINS}`,
      p.values,
    );
  }
}
