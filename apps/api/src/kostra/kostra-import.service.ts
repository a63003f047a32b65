import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  isKostraGroupDocument,
  planKostraImport,
  readJsonStat,
  readKostraGroups,
  type KostraGroupAssignment,
  type SkippedKostraRegion,
} from '@kp/domain';
import { userInfo } from 'node:os';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/roles';
import { UserError } from '../common/errors/user-error';
import { KostraRepository } from './kostra.repository';

export type KostraSource = 'FILE' | 'CLI' | 'SSB';

/** Where an import comes from and for whom (no actor on the command line). */
export interface KostraImportRequest {
  regionId: string;
  actor: Actor | null;
  source: KostraSource;
  fileName: string | null;
}

/** What an import did; nothing is written when the file is refused (an error instead). */
export interface KostraImportReport {
  importId: string;
  source: KostraSource;
  fileName: string | null;
  tableId: string | null;
  indicators: string[];
  years: number[];
  added: number;
  unchanged: number;
  corrected: number;
  /** Figures left out with their regions. */
  skipped: number;
  skippedRegions: SkippedKostraRegion[];
  /** Municipalities whose KOSTRA group the file changed. */
  groupsUpdated: string[];
}

export const MAX_KOSTRA_BYTES = 20 * 1024 * 1024;

function refuse(message: string): UserError {
  return UserError.field('file', 'INVALID_KOSTRA_FILE', message);
}

/** Parses the bytes of a file as JSON, or refuses it in words a user understands. */
export function parseKostraJson(text: string): unknown {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw refuse('Filen er tom (minst ett datasett i JSON-stat 2.0)');
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw refuse(
      `Filen er ikke JSON-stat 2.0 (formatet SSBs API leverer): den er ikke gyldig JSON (${detail})`,
    );
  }
}

/**
 * The one pipeline every source goes through (upload, command line, SSB's API): read, plan
 * against what is stored, write in one transaction, audit (docs/kostra.md).
 */
@Injectable()
export class KostraImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: KostraRepository,
    private readonly audit: AuditService,
  ) {}

  async importText(request: KostraImportRequest, text: string): Promise<KostraImportReport> {
    return this.importDocument(request, parseKostraJson(text));
  }

  async importDocument(
    request: KostraImportRequest,
    document: unknown,
  ): Promise<KostraImportReport> {
    if (isKostraGroupDocument(document)) {
      const groups = readKostraGroups(document);
      if (!groups.ok) throw refuse(groups.problem);
      return this.importGroups(request, groups.assignments);
    }
    const read = readJsonStat(document);
    if (!read.ok) throw refuse(read.problem);
    const dataset = read.dataset;
    return this.db.transaction(async (manager) => {
      await this.repository.lockRegion(manager, request.regionId);
      const known = await this.repository.knownRegions(manager, request.regionId);
      const stored = await this.repository.currentFigures(
        manager,
        request.regionId,
        dataset.metrics.map((m) => m.code),
        dataset.times.map((t) => Number(t.code)).filter(Number.isInteger),
      );
      const planned = planKostraImport(dataset, known, stored);
      if (!planned.ok) throw refuse(planned.problem);
      const { plan } = planned;
      const skipped = plan.skipped.reduce((sum, s) => sum + s.figures, 0);
      await this.repository.saveIndicators(manager, request.regionId, plan.indicators);
      const importId = await this.repository.insertImport(manager, {
        regionId: request.regionId,
        source: request.source,
        fileName: request.fileName,
        tableId: dataset.tableId,
        added: plan.added.length,
        unchanged: plan.unchanged,
        corrected: plan.corrected.length,
        skipped,
        groupsUpdated: 0,
        skippedRegions: plan.skipped,
        createdBy: request.actor?.userId ?? null,
      });
      await this.repository.supersede(manager, request.regionId, importId, plan.corrected);
      await this.repository.insertFigures(manager, request.regionId, importId, [
        ...plan.added,
        ...plan.corrected,
      ]);
      await this.repository.updateRegionLabels(manager, plan.regions);
      const report: KostraImportReport = {
        importId,
        source: request.source,
        fileName: request.fileName,
        tableId: dataset.tableId,
        indicators: plan.indicators.map((i) => i.code),
        years: plan.years,
        added: plan.added.length,
        unchanged: plan.unchanged,
        corrected: plan.corrected.length,
        skipped,
        skippedRegions: plan.skipped,
        groupsUpdated: [],
      };
      await this.auditRun(manager, request, report);
      return report;
    });
  }

  private importGroups(
    request: KostraImportRequest,
    assignments: KostraGroupAssignment[],
  ): Promise<KostraImportReport> {
    return this.db.transaction(async (manager) => {
      await this.repository.lockRegion(manager, request.regionId);
      const numbers = await this.repository.municipalityNumbers(manager, request.regionId);
      const ours = assignments.filter((a) => numbers.has(a.municipality));
      const skippedRegions = assignments
        .filter((a) => !numbers.has(a.municipality))
        .map((a) => ({
          code: a.municipality,
          label: a.municipality,
          reason: 'kommunen er ikke med i regionen',
          figures: 1,
        }));
      const changed = await this.repository.setKostraGroups(manager, request.regionId, ours);
      const importId = await this.repository.insertImport(manager, {
        regionId: request.regionId,
        source: request.source,
        fileName: request.fileName,
        tableId: null,
        added: 0,
        unchanged: 0,
        corrected: 0,
        skipped: skippedRegions.length,
        groupsUpdated: changed.length,
        skippedRegions,
        createdBy: request.actor?.userId ?? null,
      });
      const report: KostraImportReport = {
        importId,
        source: request.source,
        fileName: request.fileName,
        tableId: null,
        indicators: [],
        years: [],
        added: 0,
        unchanged: 0,
        corrected: 0,
        skipped: skippedRegions.length,
        skippedRegions,
        groupsUpdated: changed,
      };
      await this.auditRun(manager, request, report);
      return report;
    });
  }

  private auditRun(
    manager: EntityManager,
    request: KostraImportRequest,
    report: KostraImportReport,
  ): Promise<void> {
    return this.audit.change(manager, request.actor, [
      {
        regionId: request.regionId,
        action: 'kostra.import',
        entityType: 'kostra_import',
        entityId: report.importId,
        details: {
          via: request.source,
          operatingSystemUser: request.source === 'CLI' ? userInfo().username : undefined,
          fileName: report.fileName,
          tableId: report.tableId,
          indicators: report.indicators,
          years: report.years,
          counts: {
            added: report.added,
            unchanged: report.unchanged,
            corrected: report.corrected,
            skipped: report.skipped,
          },
          skippedRegions: report.skippedRegions.map((s) => s.code),
          groupsUpdated: report.groupsUpdated,
        },
      },
    ]);
  }
}
