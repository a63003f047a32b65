import { Scope } from '../auth/scope';
import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { isIsoDate } from '@kp/domain';
import { hasRole, Role, type Actor } from '../auth/roles';
import { UserError } from '../common/errors/user-error';
import type { AuditLogEntry } from './audit-log.model';
import { AuditLogRepository, type AuditLogQuery, type AuditLogRow } from './audit-log.repository';

/** What the log page and the export filter on (the export takes the same from its address). */
export interface AuditLogFilterValues {
  employeeId?: string | null;
  municipalityId?: string | null;
  from?: string | null;
  to?: string | null;
}

export const DEFAULT_PAGE_SIZE = 100;

/**
 * Who reads which part of the audit log: the region's administrator all of it, HR the entries
 * of their own municipalities (reads and changes of their people, attempts on them from outside,
 * unit changes), for the page and the export alike.
 */
@Injectable()
export class AuditLogService {
  constructor(private readonly entries: AuditLogRepository) {}

  page(
    actor: Actor,
    filter: AuditLogFilterValues & { before?: string | null; first?: number | null },
  ): Promise<AuditLogEntry[]> {
    const before = filter.before ?? undefined;
    if (before !== undefined && !/^\d{1,18}$/.test(before)) {
      throw UserError.field('before', 'INVALID_ID', 'Fra oppføring har en ugyldig ID');
    }
    return this.entries.list({
      ...this.selection(actor, filter),
      beforeId: before,
      limit: filter.first ?? DEFAULT_PAGE_SIZE,
    });
  }

  /** Every entry the filter selects, newest first, a page at a time (keyset paging). */
  async *all(
    query: Omit<AuditLogQuery, 'limit' | 'beforeId'>,
    pageSize: number,
  ): AsyncGenerator<AuditLogRow[]> {
    let beforeId: string | undefined;
    for (;;) {
      const page = await this.entries.list({ ...query, beforeId, limit: pageSize });
      if (page.length > 0) yield page;
      if (page.length < pageSize) return;
      beforeId = page[page.length - 1].id;
    }
  }

  /** The caller's part of the log with the filter applied; refuses callers without one. */
  selection(actor: Actor, filter: AuditLogFilterValues): Omit<AuditLogQuery, 'limit'> {
    if (!hasRole(actor, Role.REGION_ADMIN, Role.MUNICIPALITY_HR)) throw UserError.forbidden();
    const municipalityIds = hasRole(actor, Role.REGION_ADMIN)
      ? null
      : [...Scope.hr(actor).municipalityIds];
    const employeeId = filter.employeeId || undefined;
    const municipalityId = filter.municipalityId || undefined;
    const from = filter.from || undefined;
    const to = filter.to || undefined;
    if (employeeId !== undefined && !isUUID(employeeId, 'all')) {
      throw UserError.field('employeeId', 'INVALID_ID', 'Ansatt har en ugyldig ID');
    }
    if (municipalityId !== undefined && !isUUID(municipalityId, 'all')) {
      throw UserError.field('municipalityId', 'INVALID_ID', 'Kommune har en ugyldig ID');
    }
    for (const [field, label, value] of [
      ['from', 'Fra dato', from],
      ['to', 'Til dato', to],
    ] as const) {
      if (value !== undefined && !isIsoDate(value)) {
        throw UserError.field(
          field,
          'INVALID_DATE',
          `${label} er ikke en gyldig dato (skriv den som ÅÅÅÅ-MM-DD)`,
        );
      }
    }
    if (from !== undefined && to !== undefined && to < from) {
      throw UserError.field('to', 'BEFORE_FROM', 'Til dato kan ikke være før fra dato');
    }
    return { regionId: actor.regionId, municipalityIds, employeeId, municipalityId, from, to };
  }
}
