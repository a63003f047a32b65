// The import report as text for the command line: a summary with the rows that change on
// standard output, the errors on standard error.

import type { ImportIssue, ImportReport, ReportRow, RowAction } from './import-report';
import { formatOsloTime } from './undo-refusal';

const KIND_NAMES = { employees: 'ansatte', qualifications: 'kvalifikasjoner' } as const;

const ACTION_NAMES: Record<RowAction, string> = {
  created: 'Nye',
  updated: 'Endres',
  unchanged: 'Uendret',
  deactivated: 'Deaktiveres',
};

const ENCODING_NAMES: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 med BOM',
  'windows-1252': 'Windows-1252',
};

function describeFile(report: ImportReport): string {
  const { file } = report;
  const parts: string[] = [file.format === 'xlsx' ? 'Excel (.xlsx)' : 'CSV'];
  if (file.encoding) parts.push(ENCODING_NAMES[file.encoding] ?? file.encoding);
  if (file.delimiter)
    parts.push(`skilletegn «${file.delimiter === '\t' ? 'tab' : file.delimiter}»`);
  return `Fil: ${file.name ?? '(uten navn)'} (${parts.join(', ')}), ${file.dataRows} ${file.dataRows === 1 ? 'rad' : 'rader'}.`;
}

function headline(report: ImportReport): string {
  const where = report.municipality
    ? `${report.municipality.name} (${report.municipality.number})${report.unit ? `, avgrenset til «${report.unit.name}»` : ''}`
    : '';
  const what = `import av ${KIND_NAMES[report.kind]} til ${where}`;
  if (report.applied) return `Fullført ${what}: endringene er lagret.`;
  if (report.dryRun) return `Prøvekjøring av ${what} – ingenting er lagret.`;
  return `Avvist ${what}: filen har feil, og ingenting er lagret.`;
}

function describeRow(row: ReportRow): string {
  const where = row.row === null ? '' : `rad ${row.row}: `;
  const who = [row.employeeNumber, row.name].filter(Boolean).join(' ');
  const detail = row.detail ? ` – ${row.detail}` : '';
  const changes = row.changes?.length
    ? ` (${row.changes
        .map((change) => `${change.label}: ${change.from || '(tom)'} → ${change.to || '(tom)'}`)
        .join('; ')})`
    : '';
  return `  ${where}${who}${detail}${changes}`;
}

export function describeIssue(issue: ImportIssue): string {
  const where = [
    issue.row === null ? null : `rad ${issue.row}`,
    issue.column === null ? null : `kolonne «${issue.column}»`,
  ].filter(Boolean);
  return `  ${where.length > 0 ? `${where.join(', ')}: ` : ''}${issue.message}`;
}

export function renderReport(report: ImportReport): { summary: string; errors: string } {
  const lines = [headline(report)];
  if (report.file.format) lines.push(describeFile(report));
  if (report.file.ignoredColumns.length > 0) {
    lines.push(
      `Kolonner som ikke brukes: ${report.file.ignoredColumns.map((c) => `«${c}»`).join(', ')}.`,
    );
  }
  const refused = !report.ok && report.file.dataRows === 0;
  if (!refused) lines.push('');
  const actions: RowAction[] =
    report.kind === 'employees'
      ? ['created', 'updated', 'unchanged', 'deactivated']
      : ['created', 'updated', 'unchanged'];
  if (!refused) {
    for (const action of [...actions, 'errors' as const]) {
      const label = action === 'errors' ? 'Feil:' : `${ACTION_NAMES[action]}:`;
      lines.push(`  ${label.padEnd(14)}${String(report.counts[action]).padStart(7)}`);
    }
  }
  if (report.totals && !refused) {
    lines.push(
      `  (${report.totals.qualifications} nye kvalifikasjoner, ${report.totals.assessments} nye formelle kompetansenivåer)`,
    );
  }
  for (const action of ['created', 'updated', 'deactivated'] as const) {
    const rows = report.rows[action];
    if (rows.length === 0) continue;
    lines.push('', `${ACTION_NAMES[action]}:`);
    rows.forEach((row) => lines.push(describeRow(row)));
    if (report.counts[action] > rows.length) {
      lines.push(
        `  … og ${report.counts[action] - rows.length} til (de første ${rows.length} er vist).`,
      );
    }
  }

  if (report.applied && report.runId && report.undoableUntil) {
    lines.push(
      '',
      `Importen kan angres til ${formatOsloTime(report.undoableUntil)}: npm run cli -- import undo ${report.runId}`,
    );
  }

  const errors: string[] = [];
  if (report.warnings.length > 0) {
    errors.push('Merknader:');
    report.warnings.forEach((issue) => errors.push(describeIssue(issue)));
  }
  if (report.counts.errors > 0) {
    errors.push(`Feil i filen (${report.counts.errors}):`);
    report.errors.forEach((issue) => errors.push(describeIssue(issue)));
    if (report.counts.errors > report.errors.length) {
      errors.push(`  … og ${report.counts.errors - report.errors.length} til.`);
    }
    const unconfirmed = report.errors.some((issue) => issue.code === 'DEACTIVATION_NOT_CONFIRMED');
    errors.push(
      unconfirmed && report.deactivation
        ? `Ingenting er lagret. Er det riktig at ${report.deactivation.count} ansatte skal deaktiveres, kjør importen på nytt med --confirm-deactivate ${report.deactivation.count}.`
        : 'Ingenting er lagret. Rett feilene og kjør importen på nytt.',
    );
  }
  return {
    summary: `${lines.join('\n')}\n`,
    errors: errors.length > 0 ? `${errors.join('\n')}\n` : '',
  };
}
