import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

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
  before?: unknown;
  after?: unknown;
  details?: unknown;
}

const COLUMNS = 13;

/** The audit log is append-only (a trigger refuses updates and deletes). */
@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Writes entries in one statement; pass the transaction's manager for changes. */
  async append(entries: AuditEntry[], manager: EntityManager = this.db.manager): Promise<void> {
    if (entries.length === 0) return;
    const values: string[] = [];
    const params: unknown[] = [];
    entries.forEach((entry, index) => {
      const base = index * COLUMNS;
      values.push(`(${Array.from({ length: COLUMNS }, (_, i) => `$${base + i + 1}`).join(', ')})`);
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
        json(entry.before),
        json(entry.after),
        json(entry.details),
        new Date(),
      );
    });
    await manager.query(
      `INSERT INTO audit_log (region_id, actor_user_id, actor_email, action, entity_type, entity_id,
         employee_id, employee_ids, municipality_id, before, after, details, at)
       VALUES ${values.join(', ')}`,
      params,
    );
  }
}

function json(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}
