import { notErased, employeeScopeColumns } from '../employees/people.sql';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { Scope } from '../auth/scope';
import { SqlParams } from '../database/sql-params';
import { NORWEGIAN_COLLATION } from '../competences/competences.repository';
import { col, execute, one, rows } from '../database/sql';
import { AppraisalCycleRow } from './appraisal.rows';

const COLUMNS = `c.id, c.region_id AS "regionId", c.municipality_id AS "municipalityId", c.name,
  to_char(c.opens_on, 'YYYY-MM-DD') AS "opensOn", to_char(c.closes_on, 'YYYY-MM-DD') AS "closesOn",
  c.version`;

export interface CycleValues {
  name: string;
  opensOn: string;
  closesOn: string;
}

/** One active employee in a progress view, with the state of their talk in the cycle. */
const ProgressEmployeeRow = z.object({
  employeeId: col.id,
  municipalityId: col.id,
  unitPath: z.array(col.id),
  appraisalId: col.id.nullable(),
  status: z.enum(['DRAFT', 'COMPLETED']).nullable(),
  /** The last signed talk of an earlier cycle. */
  lastTalkOn: col.isoDate.nullable(),
});
export type ProgressEmployeeRow = z.infer<typeof ProgressEmployeeRow>;

const ScopeRootRow = z.object({ id: col.id, municipalityId: col.id, name: col.text });
export type ScopeRootRow = z.infer<typeof ScopeRootRow>;

const OverlapRow = z.object({ name: col.text, opensOn: col.isoDate, closesOn: col.isoDate });

/** All SQL about appraisal cycles and progress through them. */
@Injectable()
export class AppraisalCyclesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  list(regionId: string, municipalityId: string | null): Promise<AppraisalCycleRow[]> {
    return rows(
      this.db,
      AppraisalCycleRow,
      `SELECT ${COLUMNS} FROM appraisal_cycle c JOIN municipality m ON m.id = c.municipality_id
       WHERE c.region_id = $1 AND ($2::uuid IS NULL OR c.municipality_id = $2)
       ORDER BY c.opens_on DESC, m.number, c.id`,
      [regionId, municipalityId],
    );
  }

  /** Cycles of the region among `ids`; with `lock`, held until the transaction ends. */
  findByIds(
    regionId: string,
    ids: readonly string[],
    manager: EntityManager = this.db.manager,
    lock = false,
  ): Promise<AppraisalCycleRow[]> {
    return rows(
      manager,
      AppraisalCycleRow,
      `SELECT ${COLUMNS} FROM appraisal_cycle c WHERE c.region_id = $1 AND c.id = ANY($2::uuid[])
       ${lock ? 'FOR UPDATE' : ''}`,
      [regionId, ids],
    );
  }

  /** Batch read for the cycle DataLoader (ids come from records already scoped). */
  findManyByIds(ids: readonly string[]): Promise<AppraisalCycleRow[]> {
    return rows(
      this.db,
      AppraisalCycleRow,
      `SELECT ${COLUMNS} FROM appraisal_cycle c WHERE c.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /**
   * Each municipality's current cycle on `today`: the one that opened last, or, before any
   * has opened, the next to open.
   */
  current(
    regionId: string,
    municipalityIds: readonly string[] | null,
    today: string,
  ): Promise<AppraisalCycleRow[]> {
    return rows(
      this.db,
      AppraisalCycleRow,
      `SELECT DISTINCT ON (c.municipality_id) ${COLUMNS}
       FROM appraisal_cycle c
       WHERE c.region_id = $1 AND ($2::uuid[] IS NULL OR c.municipality_id = ANY($2::uuid[]))
       ORDER BY c.municipality_id, (c.opens_on <= $3) DESC,
                CASE WHEN c.opens_on <= $3 THEN c.opens_on END DESC, c.opens_on, c.id`,
      [regionId, municipalityIds, today],
    );
  }

  async insert(
    manager: EntityManager,
    values: CycleValues & { regionId: string; municipalityId: string; actorUserId: string },
  ): Promise<AppraisalCycleRow> {
    return one(
      manager,
      AppraisalCycleRow,
      `INSERT INTO appraisal_cycle AS c (region_id, municipality_id, name, opens_on, closes_on, created_by)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
      [
        values.regionId,
        values.municipalityId,
        values.name,
        values.opensOn,
        values.closesOn,
        values.actorUserId,
      ],
    );
  }

  async update(
    manager: EntityManager,
    id: string,
    values: CycleValues,
  ): Promise<AppraisalCycleRow> {
    return one(
      manager,
      AppraisalCycleRow,
      `UPDATE appraisal_cycle AS c SET name = $2, opens_on = $3, closes_on = $4,
              version = c.version + 1, updated_at = now()
        WHERE c.id = $1 RETURNING ${COLUMNS}`,
      [id, values.name, values.opensOn, values.closesOn],
    );
  }

  /** Serialises cycle changes in one municipality until the transaction ends. */
  async lockMunicipality(manager: EntityManager, municipalityId: string): Promise<void> {
    await execute(manager, `SELECT pg_advisory_xact_lock(hashtext($1))`, [
      `appraisal_cycle:${municipalityId}`,
    ]);
  }

  /** Another cycle of the municipality whose dates overlap the given ones. */
  findOverlapping(
    manager: EntityManager,
    municipalityId: string,
    exceptId: string | null,
    values: CycleValues,
  ): Promise<Array<{ name: string; opensOn: string; closesOn: string }>> {
    return rows(
      manager,
      OverlapRow,
      `SELECT name, to_char(opens_on, 'YYYY-MM-DD') AS "opensOn",
              to_char(closes_on, 'YYYY-MM-DD') AS "closesOn"
       FROM appraisal_cycle
       WHERE municipality_id = $1 AND ($2::uuid IS NULL OR id <> $2)
         AND opens_on <= $4 AND closes_on >= $3
       ORDER BY opens_on LIMIT 1`,
      [municipalityId, exceptId, values.opensOn, values.closesOn],
    );
  }

  /** The units a unit leader holds and the municipalities HR holds, with their names. */
  async scopeRoots(
    scope: Scope,
  ): Promise<{ units: ScopeRootRow[]; municipalities: ScopeRootRow[] }> {
    const units = await rows(
      this.db,
      ScopeRootRow,
      `SELECT u.id, u.municipality_id AS "municipalityId", u.name FROM unit u
       WHERE u.region_id = $1 AND u.id = ANY($2::uuid[])
       ORDER BY u.name COLLATE ${NORWEGIAN_COLLATION}`,
      [scope.regionId, scope.unitIds],
    );
    const municipalities = await rows(
      this.db,
      ScopeRootRow,
      `SELECT m.id, m.id AS "municipalityId", m.name FROM municipality m
       WHERE m.region_id = $1 AND m.id = ANY($2::uuid[]) ORDER BY m.number`,
      [scope.regionId, scope.municipalityIds],
    );
    return { units, municipalities };
  }

  /**
   * Active employees in the scope with the state of their talk in their municipality's cycle
   * among `cycleIds`, sorted by name.
   */
  progressEmployees(scope: Scope, cycleIds: readonly string[]): Promise<ProgressEmployeeRow[]> {
    const predicate = new SqlParams([cycleIds]);
    return rows(
      this.db,
      ProgressEmployeeRow,
      `SELECT e.id AS "employeeId", e.municipality_id AS "municipalityId", u.path AS "unitPath",
              a.id AS "appraisalId", a.status,
              (SELECT to_char(max(p.held_on), 'YYYY-MM-DD') FROM appraisal p
                WHERE p.employee_id = e.id AND p.status = 'COMPLETED'
                  AND p.cycle_id <> ALL($1::uuid[])) AS "lastTalkOn"
       FROM employee e
       JOIN unit u ON u.id = e.unit_id
       LEFT JOIN appraisal a ON a.employee_id = e.id AND a.cycle_id = ANY($1::uuid[])
         AND a.municipality_id = e.municipality_id
       WHERE e.active AND ${notErased('e')} AND ${scope.where(predicate, employeeScopeColumns())}
       ORDER BY e.family_name COLLATE ${NORWEGIAN_COLLATION},
                e.given_name COLLATE ${NORWEGIAN_COLLATION}, e.id`,
      predicate.values,
    );
  }
}
