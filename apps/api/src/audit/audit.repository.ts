import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { Scope } from '../auth/scope';
import { SqlParams } from '../database/sql-params';
import { col, execute, maybeOne, rows } from '../database/sql';

export interface AuditEntry {
  regionId: string;
  actorUserId: string | null;
  actorEmail: string | null;
  /** e.g. 'employee.read', 'employee.list', 'employee.update', 'assessment.create' */
  action: string;
  entityType: string;
  entityId?: string | null;
  /** The one person concerned, when there is one. */
  employeeId?: string | null;
  /** Every person concerned, for reads of lists. */
  employeeIds?: string[] | null;
  municipalityId?: string | null;
  unitId?: string | null;
  /** user_session.id of the request's session (never the token). */
  sessionId?: string | null;
  /** The client's address. */
  address?: string | null;
  before?: unknown;
  after?: unknown;
  details?: unknown;
}

/** Where the people an entry names work. */
const EmployeePlace = z.object({ id: col.id, municipalityId: col.id, unitId: col.id });
export type EmployeePlace = z.infer<typeof EmployeePlace>;

const RefusalCount = z.object({ key: col.text, count: col.int, windowStart: col.timestamp });

const PersonBehind = z.object({
  employeeId: col.id,
  regionId: col.id,
  municipalityId: col.id,
  inScope: col.boolean,
});

const IdRow = z.object({ id: col.id });

/** What an id asked for out of scope may name. */
export type OutOfScopeTarget = 'employee' | 'appraisal' | 'assessment';

const COLUMNS = 15;
const MAX_ADDRESS_LENGTH = 100;

/** The audit log is append-only (a trigger refuses updates and deletes). */
@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Writes entries in one statement; pass the transaction's manager for changes. The time is
   * the database's clock at the moment of writing (one clock for every API instance), so the
   * log's order by (time, id) is the order entries were written in.
   */
  async append(entries: AuditEntry[], manager: EntityManager = this.db.manager): Promise<void> {
    if (entries.length === 0) return;
    const values: string[] = [];
    const params: unknown[] = [];
    entries.forEach((entry, index) => {
      const base = index * COLUMNS;
      values.push(
        `(${Array.from({ length: COLUMNS }, (_, i) => `$${base + i + 1}`).join(', ')}, clock_timestamp())`,
      );
      params.push(
        entry.regionId,
        entry.actorUserId,
        entry.actorEmail,
        entry.action,
        entry.entityType,
        entry.entityId ?? null,
        entry.employeeId ?? null,
        entry.employeeIds ?? null,
        entry.municipalityId ?? null,
        entry.unitId ?? null,
        entry.sessionId ?? null,
        entry.address?.slice(0, MAX_ADDRESS_LENGTH) ?? null,
        json(entry.before),
        json(entry.after),
        json(entry.details),
      );
    });
    await execute(
      manager,
      `INSERT INTO audit_log (region_id, actor_user_id, actor_email, action, entity_type, entity_id,
         employee_id, employee_ids, municipality_id, unit_id, session_id, address,
         before, after, details, at)
       VALUES ${values.join(', ')}`,
      params,
    );
  }

  /** Municipality and unit of each of these employees (those that exist). */
  async placesOf(
    employeeIds: string[],
    manager: EntityManager = this.db.manager,
  ): Promise<EmployeePlace[]> {
    if (employeeIds.length === 0) return [];
    return rows(
      manager,
      EmployeePlace,
      `SELECT id, municipality_id AS "municipalityId", unit_id AS "unitId"
       FROM employee WHERE id = ANY($1::uuid[])`,
      [employeeIds],
    );
  }

  /**
   * Counts one refusal under each key within the current window (REFUSAL_WINDOW_SECONDS) and
   * returns the counts in the keys' order. Keys of windows that have ended go first.
   */
  async countRefusal(
    keys: string[],
    windowSeconds: number,
  ): Promise<{ counts: number[]; windowStart: string }> {
    const counted = await rows(
      this.db,
      RefusalCount,
      `WITH window_start AS (
         SELECT to_timestamp(floor(extract(epoch FROM now()) / $2) * $2) AS at
       ), stale AS (
         DELETE FROM audit_refusal_counter
         WHERE window_start < (SELECT at FROM window_start) AND key <> ALL($1::text[])
       )
       INSERT INTO audit_refusal_counter AS c (key, window_start, count)
       SELECT key, (SELECT at FROM window_start), 1
       FROM unnest($1::text[]) WITH ORDINALITY AS k(key, position)
       ORDER BY position
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN c.window_start = excluded.window_start THEN c.count + 1 ELSE 1 END,
         window_start = excluded.window_start
       RETURNING key, count, window_start AS "windowStart"`,
      [keys, windowSeconds],
    );
    const counts = new Map(counted.map((row) => [row.key, row.count]));
    return {
      counts: keys.map((key) => counts.get(key) ?? 1),
      windowStart: counted[0].windowStart.toISOString(),
    };
  }

  /**
   * The person an id names (an employee, or the employee of an appraisal or assessment), in
   * any region, and whether they lie in `scope`; null when the id names nobody.
   */
  async personBehind(
    kind: OutOfScopeTarget,
    id: string,
    scope: Scope,
  ): Promise<z.infer<typeof PersonBehind> | null> {
    const table = { employee: 'employee', appraisal: 'appraisal', assessment: 'assessment' }[kind];
    const employeeColumn = kind === 'employee' ? 'id' : 'employee_id';
    const predicate = new SqlParams([id]);
    return maybeOne(
      this.db,
      PersonBehind,
      `SELECT e.id AS "employeeId", e.region_id AS "regionId",
              e.municipality_id AS "municipalityId", ${scope.where(predicate, { regionId: 'e.region_id', municipalityId: 'e.municipality_id', unitPath: 'u.path' })} AS "inScope"
       FROM ${table} t JOIN employee e ON e.id = t.${employeeColumn} JOIN unit u ON u.id = e.unit_id
       WHERE t.id = $1`,
      predicate.values,
    );
  }

  /** The region an anonymous request is recorded in: the service's first region. */
  async defaultRegionId(): Promise<string | null> {
    const region = await maybeOne(
      this.db,
      IdRow,
      `SELECT id FROM region ORDER BY created_at, id LIMIT 1`,
    );
    return region?.id ?? null;
  }
}

function json(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}
