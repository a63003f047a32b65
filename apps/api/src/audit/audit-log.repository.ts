import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuditLogEntry } from './audit-log.model';

export interface AuditLogQuery {
  regionId: string;
  /** null: the whole region (REGION_ADMIN); otherwise only these municipalities. */
  municipalityIds: string[] | null;
  employeeId?: string;
  municipalityId?: string;
  beforeId?: string;
  limit: number;
}

@Injectable()
export class AuditLogRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(query: AuditLogQuery): Promise<AuditLogEntry[]> {
    const rows = await this.db.query(
      `SELECT id::text, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at,
              actor_email AS "actorEmail", action, entity_type AS "entityType",
              entity_id AS "entityId", employee_id AS "employeeId",
              coalesce(cardinality(employee_ids), CASE WHEN employee_id IS NULL THEN 0 ELSE 1 END)
                AS "employeeCount",
              municipality_id AS "municipalityId",
              before::text AS before, after::text AS after, details::text AS details
       FROM audit_log
       WHERE region_id = $1
         AND ($2::uuid[] IS NULL OR municipality_id = ANY($2))
         AND ($3::uuid IS NULL OR employee_id = $3 OR employee_ids @> ARRAY[$3::uuid])
         AND ($4::uuid IS NULL OR municipality_id = $4)
         AND ($5::bigint IS NULL OR id < $5)
       ORDER BY id DESC
       LIMIT $6`,
      [
        query.regionId,
        query.municipalityIds,
        query.employeeId ?? null,
        query.municipalityId ?? null,
        query.beforeId ?? null,
        query.limit,
      ],
    );
    return rows;
  }
}
