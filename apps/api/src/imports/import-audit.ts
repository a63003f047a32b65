import { userInfo } from 'node:os';
import type { EntityManager } from 'typeorm';
import type { AuditService } from '../audit/audit.service';
import type { ImportRequest } from './import-request';
import type { ImportReport } from '@kp/domain';

// Audit entries every import writes, whatever it imports; the per-record change entries are
// written by each import's service.

function runDetails(request: ImportRequest, report: ImportReport): Record<string, unknown> {
  return {
    importRun: report.runId,
    via: request.via,
    operatingSystemUser: request.via === 'cli' ? osUser() : undefined,
    fileName: report.file.name,
    format: report.file.format,
    encoding: report.file.encoding,
    dataRows: report.file.dataRows,
    unitId: request.target.scopeUnit?.id ?? null,
    dryRun: request.dryRun,
    applied: report.applied,
    counts: report.counts,
    totals: report.totals,
  };
}

/** The run itself: who, where, which file and what it did (written with its changes). */
export async function auditImportRun(
  audit: AuditService,
  manager: EntityManager,
  request: ImportRequest,
  report: ImportReport,
): Promise<void> {
  await audit.change(manager, request.actor, [
    {
      regionId: request.target.regionId,
      action: `import.${report.kind}`,
      entityType: 'import',
      entityId: report.runId,
      municipalityId: request.target.municipalityId,
      details: runDetails(request, report),
    },
  ]);
}

/**
 * A dry run (or a refused run) shows stored employees' data: a read of a list of persons,
 * naming those the report shows. Nothing is written when it shows none.
 */
export async function auditImportPreview(
  audit: AuditService,
  manager: EntityManager,
  request: ImportRequest,
  report: ImportReport,
  employeeIds: string[],
): Promise<void> {
  if (employeeIds.length === 0) return;
  const subject = {
    regionId: request.target.regionId,
    action: `import.${report.kind}.preview`,
    entityType: 'import',
    entityId: report.runId,
    municipalityId: request.target.municipalityId,
    employeeIds,
    details: runDetails(request, report),
  };
  // the command line has no signed-in user to read as
  if (request.actor) await audit.read(request.actor, subject);
  else await audit.change(manager, null, [subject]);
}

/** Who ran the command line, for the audit log (it has no signed-in user). */
export function osUser(): string | null {
  try {
    return userInfo().username;
  } catch {
    return null;
  }
}
