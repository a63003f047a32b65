import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { formatNorwegianDate } from '@kp/domain';
import { randomUUID } from 'node:crypto';
import { DataSource, type QueryRunner } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { auditImportPreview, auditImportRun } from './import-audit';
import { openImportFile } from './import-file.reader';
import { readRows } from './import-pipeline';
import { reportBase, scopeName, type ImportRequest } from './import-request';
import { ImportRunsRepository } from './import-runs.repository';
import { ImportsRepository } from './imports.repository';
import type { ColumnMap } from './parsing/header-mapping';
import {
  DETAIL_LIMIT,
  emptyFileDescription,
  emptyRows,
  IssueList,
  joinRowNumbers,
  refusedReport,
  type ImportIssue,
  type ImportReport,
} from './parsing/import-report';
import { foldKey } from './parsing/normalise-text';
import {
  QUALIFICATION_FIELDS,
  validateQualificationRow,
  type CompetenceMatch,
  type QualificationField,
} from './parsing/qualification-row';
import {
  QualificationImportRepository,
  type QualificationDiffRow,
  type RowProblem,
} from './qualification-import.repository';

const AUDIT_PAGE = 1000;

const KIND_NAMES: Record<string, string> = {
  EDUCATION: 'utdanning',
  CERTIFICATE: 'sertifikat',
  COURSE: 'kurs',
};

/**
 * Qualifications (education, certificates, courses) from the HR system, each row naming one
 * competence and level it documents; same machinery as the employee import.
 */
@Injectable()
export class QualificationImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly imports: ImportsRepository,
    private readonly qualifications: QualificationImportRepository,
    private readonly runs: ImportRunsRepository,
    private readonly audit: AuditService,
  ) {}

  async run(request: ImportRequest): Promise<ImportReport> {
    const base = reportBase('qualifications', request.target, request.dryRun);
    const description = emptyFileDescription(request.source.fileName);
    const opened = await openImportFile(request.source);
    if ('issue' in opened) return refusedReport(base, description, [opened.issue]);
    Object.assign(description, {
      format: opened.file.format,
      encoding: opened.file.encoding,
      delimiter: opened.file.delimiter,
    });

    const { target } = request;
    const issues = new IssueList();
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await this.imports.lockMunicipality(runner, target.municipalityId);
      const findCompetence = competenceMatcher(
        await this.imports.competences(runner, target.regionId),
      );
      await this.qualifications.createStage(runner);
      const outcome = await readRows(
        opened.file,
        {
          fields: QUALIFICATION_FIELDS,
          mapping: request.mapping,
          validator: (map) => (row) =>
            validateQualificationRow(row, { map, findCompetence, today: request.today }),
          stage: (rows) => this.qualifications.stage(runner, rows),
        },
        issues,
        description,
      );
      if (!outcome.ok) {
        await runner.rollbackTransaction();
        return refusedReport(base, description, issues.list(), issues.count, outcome.hints);
      }
      await this.checkRows(runner, request, outcome.map, issues);

      await this.qualifications.buildDiff(runner);
      const conflicts = await this.qualifications.conflicts(runner, DETAIL_LIMIT);
      issues.addCounted(
        conflicts.rows.map((conflict) => ({
          row: conflict.rowNumber,
          column: null,
          code: conflict.problem === 'conflict' ? 'QUALIFICATION_DIFFERS' : 'LEVEL_DIFFERS',
          message:
            conflict.problem === 'conflict'
              ? `«${conflict.title}» fra ${formatNorwegianDate(conflict.obtainedOn)} er allerede registrert på den ansatte med en annen type eller utløpsdato. Rett registreringen i kompetanseprofilen, eller rett filen.`
              : `«${conflict.title}» fra ${formatNorwegianDate(conflict.obtainedOn)} er allerede registrert med ${conflict.competenceName} på nivå ${conflict.existingLevel}, ikke ${conflict.level}. Rett registreringen i kompetanseprofilen, eller rett filen.`,
        })),
        conflicts.total,
      );

      const counts = await this.qualifications.counts(runner);
      const details = await this.qualifications.details(runner, DETAIL_LIMIT);
      const runId = randomUUID();
      const report: ImportReport = {
        ...base,
        runId,
        applied: false,
        ok: issues.count === 0,
        file: description,
        counts: { ...counts.actions, errors: issues.count },
        rows: toReportRows(details),
        errors: issues.list(),
        warnings: outcome.hints,
        undoableUntil: null,
        detailLimit: DETAIL_LIMIT,
        totals: { qualifications: counts.qualifications, assessments: counts.assessments },
      };

      if (request.dryRun || !report.ok) {
        await runner.rollbackTransaction();
        await auditImportPreview(this.audit, this.db.manager, request, report, [
          ...new Set(details.map((detail) => detail.employeeId)),
        ]);
        return report;
      }

      report.undoableUntil = await this.runs.create(runner, request, report);
      const added = await this.qualifications.apply(runner, {
        regionId: target.regionId,
        sourceRef: `import:${runId}${request.source.fileName ? `:${request.source.fileName}` : ''}`,
        userId: request.actor?.userId ?? null,
        runId,
      });
      await this.runs.setRecorded(runner, runId, added.qualifications + added.assessments);
      await this.runs.forgetExpired(runner);
      await this.auditChanges(runner, request, runId);
      report.applied = true;
      await auditImportRun(this.audit, runner.manager, request, report);
      await runner.commitTransaction();
      return report;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** Checks that need the whole file: known employees, duplicates, consistent rows. */
  private async checkRows(
    runner: QueryRunner,
    request: ImportRequest,
    map: ColumnMap<QualificationField>,
    issues: IssueList,
  ): Promise<void> {
    const { target } = request;
    const numberColumn = map.headers[map.index.employeeNumber ?? -1] ?? null;
    const titleColumn = map.headers[map.index.title ?? -1] ?? null;
    const where = scopeName(target);

    const unknown = await this.qualifications.unknownEmployees(
      runner,
      target.municipalityId,
      target.scopeUnit?.id ?? null,
      DETAIL_LIMIT,
    );
    addProblems(issues, unknown, (problem) => ({
      column: numberColumn,
      code: 'UNKNOWN_EMPLOYEE',
      message: `Fant ingen ansatt med ansattnummer «${problem.employeeNumber}» i ${where}.`,
    }));
    const duplicates = await this.qualifications.duplicates(runner, DETAIL_LIMIT);
    addProblems(issues, duplicates, (problem) => ({
      column: titleColumn,
      code: 'DUPLICATE_ROW',
      message: `Samme kvalifikasjon og kompetanse for ansattnummer «${problem.employeeNumber}» står flere ganger i filen (rad ${joinRowNumbers(problem.rows ?? [])}).`,
    }));
    const inconsistent = await this.qualifications.inconsistent(runner, DETAIL_LIMIT);
    addProblems(issues, inconsistent, (problem) => ({
      column: titleColumn,
      code: 'INCONSISTENT_QUALIFICATION',
      message: `«${problem.title}» for ansattnummer «${problem.employeeNumber}» har en annen type, utløpsdato eller utsteder enn i rad ${joinRowNumbers(problem.rows ?? [])}. Radene for samme kvalifikasjon må være like.`,
    }));
  }

  private async auditChanges(
    runner: QueryRunner,
    request: ImportRequest,
    runId: string,
  ): Promise<void> {
    let after = 0;
    for (;;) {
      const page = await this.qualifications.auditPage(runner, after, AUDIT_PAGE);
      if (page.length === 0) return;
      await this.audit.change(
        runner.manager,
        request.actor,
        page.map((row) => ({
          regionId: request.target.regionId,
          action: row.action === 'created' ? 'qualification.create' : 'qualification.update',
          entityType: 'qualification',
          entityId: row.qualificationId,
          employeeId: row.employeeId,
          municipalityId: request.target.municipalityId,
          after:
            row.action === 'created'
              ? {
                  title: row.title,
                  kind: row.kind,
                  issuer: row.issuer,
                  obtainedOn: row.obtainedOn,
                  expiresOn: row.expiresOn,
                  competences: row.competences ?? [],
                }
              : { addedCompetences: row.competences ?? [] },
          details: { importRun: runId },
        })),
      );
      after = page[page.length - 1].seq;
    }
  }
}

function addProblems(
  issues: IssueList,
  found: { total: number; rows: RowProblem[] },
  describe: (problem: RowProblem) => Omit<ImportIssue, 'row'>,
): void {
  issues.addCounted(
    found.rows.map((problem) => ({ row: problem.rowNumber, ...describe(problem) })),
    found.total,
  );
}

/** Catalogue names matched without regard to case, accents or spacing. */
export function competenceMatcher(
  competences: readonly CompetenceMatch[],
): (name: string) => CompetenceMatch | 'AMBIGUOUS' | null {
  const byKey = new Map<string, CompetenceMatch[]>();
  for (const competence of competences) {
    const key = foldKey(competence.name);
    byKey.set(key, [...(byKey.get(key) ?? []), competence]);
  }
  return (name) => {
    const found = byKey.get(foldKey(name)) ?? [];
    if (found.length === 0) return null;
    return found.length === 1 ? found[0] : 'AMBIGUOUS';
  };
}

function toReportRows(details: QualificationDiffRow[]): ImportReport['rows'] {
  const rows = emptyRows();
  for (const detail of details) {
    const competence =
      detail.competenceName === null ? '' : `${detail.competenceName} nivå ${detail.level}`;
    rows[detail.action].push({
      row: detail.rowNumber,
      employeeNumber: detail.employeeNumber,
      name: `${detail.givenName} ${detail.familyName}`,
      detail: `${detail.title} (${KIND_NAMES[detail.kind] ?? detail.kind}, ${formatNorwegianDate(detail.obtainedOn)})${competence ? ` – ${competence}` : ''}`,
      ...(detail.action === 'updated'
        ? { changes: [{ field: 'competence', label: 'Kompetanse', from: '', to: competence }] }
        : {}),
    });
  }
  return rows;
}
