import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { col, rows } from '../database/sql';

/**
 * An entry (the AuditLogEntry model) with what the export shows besides: names and the time
 * on the Norwegian clock.
 */
const AuditLogRow = z.object({
  id: col.text,
  /** ISO timestamp, UTC. */
  at: col.text,
  actorEmail: col.text.nullable(),
  action: col.text,
  entityType: col.text,
  entityId: col.text.nullable(),
  employeeId: col.id.nullable(),
  employeeCount: col.int,
  municipalityId: col.id.nullable(),
  unitId: col.id.nullable(),
  sessionId: col.id.nullable(),
  address: col.text.nullable(),
  /** JSON as text. */
  before: col.text.nullable(),
  after: col.text.nullable(),
  details: col.text.nullable(),
  /** 'DD.MM.YYYY HH:MM:SS', Norwegian time. */
  atNorway: col.text,
  municipalityName: col.text.nullable(),
  unitName: col.text.nullable(),
});
export type AuditLogRow = z.infer<typeof AuditLogRow>;

export interface AuditLogQuery {
  regionId: string;
  /** null: the whole region (REGION_ADMIN); otherwise only these municipalities. */
  municipalityIds: string[] | null;
  employeeId?: string;
  municipalityId?: string;
  /** ISO dates on the Norwegian calendar, both inclusive. */
  from?: string;
  to?: string;
  /** Entries after this one in the log's order. */
  beforeId?: string;
  limit: number;
}

/**
 * Reads the audit log newest first, ordered by (time, id): the time is the database clock when
 * the entry was written, the id a number from a sequence, so the order is total. Paging is by
 * keyset on that pair, never by offset: entries written while someone pages through land before
 * the first page (newer) or in their place further down (a transaction that took long), so no
 * entry that existed when paging began is skipped or shown twice.
 */
@Injectable()
export class AuditLogRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(query: AuditLogQuery): Promise<AuditLogRow[]> {
    // The table is aliased and every ORDER BY names its columns: an output column called `id`
    // (text) must never be what the log is sorted by.
    return rows(
      this.db,
      AuditLogRow,
      `SELECT a.id::text AS id,
              to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at,
              a.actor_email AS "actorEmail", a.action, a.entity_type AS "entityType",
              a.entity_id AS "entityId", a.employee_id AS "employeeId",
              coalesce(cardinality(a.employee_ids),
                       CASE WHEN a.employee_id IS NULL THEN 0 ELSE 1 END) AS "employeeCount",
              a.municipality_id AS "municipalityId", a.unit_id AS "unitId",
              a.session_id AS "sessionId", a.address,
              a.before::text AS before, a.after::text AS after, a.details::text AS details,
              to_char(a.at AT TIME ZONE 'Europe/Oslo', 'DD.MM.YYYY HH24:MI:SS') AS "atNorway",
              m.name AS "municipalityName", u.name AS "unitName"
       FROM audit_log a
       LEFT JOIN municipality m ON m.id = a.municipality_id
       LEFT JOIN unit u ON u.id = a.unit_id
       WHERE a.region_id = $1
         AND ($2::uuid[] IS NULL OR a.municipality_id = ANY($2))
         AND ($3::uuid IS NULL OR a.employee_id = $3 OR a.employee_ids @> ARRAY[$3::uuid])
         AND ($4::uuid IS NULL OR a.municipality_id = $4)
         AND ($5::date IS NULL OR a.at >= ($5::date)::timestamp AT TIME ZONE 'Europe/Oslo')
         AND ($6::date IS NULL OR a.at < ($6::date + 1)::timestamp AT TIME ZONE 'Europe/Oslo')
         AND ($7::bigint IS NULL
              OR (a.at, a.id) < (SELECT c.at, c.id FROM audit_log c
                                 WHERE c.id = $7 AND c.region_id = $1))
       ORDER BY a.at DESC, a.id DESC
       LIMIT $8`,
      [
        query.regionId,
        query.municipalityIds,
        query.employeeId ?? null,
        query.municipalityId ?? null,
        query.from ?? null,
        query.to ?? null,
        query.beforeId ?? null,
        query.limit,
      ],
    );
  }
}
