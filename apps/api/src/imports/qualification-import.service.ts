import { Injectable } from '@nestjs/common';
import {
  type ColumnMap,
  type CompetenceMatch,
  DETAIL_LIMIT,
  emptyRows,
  foldKey,
  formatNorwegianDate,
  type ImportIssue,
  type ImportReport,
  IssueList,
  joinRowNumbers,
  QUALIFICATION_FIELDS,
  type QualificationField,
  type QualificationRecord,
  type RawRow,
  validateQualificationRow,
} from '@kp/domain';
import type { QueryRunner } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { importScope, scopeName, type ImportRequest } from './import-request';
import { ImportsRepository } from './imports.repository';
import {
  QualificationImportRepository,
  type QualificationDiffRow,
  type RowProblem,
  type StagedQualification,
} from './qualification-import.repository';
import { auditInPages, type ImportComparison, type ImportHooks } from './run-import';

const KIND_NAMES: Record<string, string> = {
  EDUCATION: 'utdanning',
  CERTIFICATE: 'sertifikat',
  COURSE: 'kurs',
};

/**
 * Qualifications (education, certificates, courses) from the HR system (runImport's hooks),
 * each row naming one competence and level it documents.
 */
@Injectable()
export class QualificationImportService implements ImportHooks<
  QualificationField,
  QualificationRecord,
  null
> {
  readonly kind = 'qualifications' as const;
  readonly fields = QUALIFICATION_FIELDS;

  constructor(
    private readonly imports: ImportsRepository,
    private readonly qualifications: QualificationImportRepository,
    private readonly audit: AuditService,
  ) {}

  async prepare(runner: QueryRunner, request: ImportRequest) {
    const findCompetence = competenceMatcher(
      await this.imports.competences(runner, request.target.regionId),
    );
    await this.qualifications.createStage(runner);
    return (map: ColumnMap<QualificationField>) => (row: RawRow) =>
      validateQualificationRow(row, { map, findCompetence, today: request.today });
  }

  stage(runner: QueryRunner, rows: StagedQualification[]): Promise<void> {
    return this.qualifications.stage(runner, rows);
  }

  async compare(
    runner: QueryRunner,
    request: ImportRequest,
    map: ColumnMap<QualificationField>,
    issues: IssueList,
  ): Promise<ImportComparison<null>> {
    const scope = importScope(request);
    await this.checkRows(runner, request, map, issues);
    await this.qualifications.buildDiff(runner, scope);
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
    const details = await this.qualifications.details(runner, scope, DETAIL_LIMIT);
    return {
      counts: counts.actions,
      rows: toReportRows(details),
      warnings: [],
      extra: { totals: { qualifications: counts.qualifications, assessments: counts.assessments } },
      shownEmployeeIds: [...new Set(details.map((detail) => detail.employeeId))],
      state: null,
    };
  }

  async apply(runner: QueryRunner, request: ImportRequest, runId: string): Promise<number> {
    const added = await this.qualifications.apply(runner, importScope(request), {
      regionId: request.target.regionId,
      sourceRef: `import:${runId}${request.source.fileName ? `:${request.source.fileName}` : ''}`,
      userId: request.actor?.userId ?? null,
      runId,
    });
    await this.auditChanges(runner, request, runId);
    return added.qualifications + added.assessments;
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
      importScope(request),
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

  /** One change entry per created or extended qualification. */
  private auditChanges(runner: QueryRunner, request: ImportRequest, runId: string): Promise<void> {
    return auditInPages(
      this.audit,
      runner.manager,
      request.actor,
      (after, limit) => this.qualifications.auditPage(runner, importScope(request), after, limit),
      (row) => ({
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
      }),
    );
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
