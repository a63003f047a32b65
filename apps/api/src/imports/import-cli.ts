// `npm run cli -- import employees|qualifications <file> --municipality <number> [--dry-run]`
// The same import as the web app's, run by an operator: no signed-in user, so the audit log
// records the command line and the operating-system user instead.

import { existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { AuditRepository } from '../audit/audit.repository';
import { AuditService } from '../audit/audit.service';
import { UserError } from '../common/errors/user-error';
import { loadConfig } from '../config';
import { openDatabase } from '../database/database';
import { EmployeeImportRepository } from './employee-import.repository';
import { EmployeeImportService } from './employee-import.service';
import { ImportsRepository } from './imports.repository';
import { ImportsService } from './imports.service';
import type { ExplicitMapping } from './parsing/header-mapping';
import type { ImportKind } from './parsing/import-report';
import { describeIssue, renderReport } from './parsing/report-text';
import { QualificationImportRepository } from './qualification-import.repository';
import { QualificationImportService } from './qualification-import.service';
import { todayInNorway } from '../common/calendar';

export const IMPORT_USAGE = `  import employees <fil> --municipality <kommunenummer> [--dry-run]
  import qualifications <fil> --municipality <kommunenummer> [--dry-run]
              import employees or qualifications from a CSV or XLSX file
              --unit <id|navn>        limit the import (and deactivation) to a unit subtree
              --map <felt>=<kolonne>  use a column for a field (repeatable), e.g. --map employeeNumber=Lønnsnr
              --region <id>           when the municipality number exists in several regions
              --json                  print the report as JSON
              exit 0: done (or a dry run without errors); 1: the file has errors, nothing saved
`;

interface ImportCommand {
  kind: ImportKind;
  file: string;
  municipality: string;
  dryRun: boolean;
  unit: string | null;
  region: string | null;
  mapping: ExplicitMapping;
  json: boolean;
}

export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

function parseArgs(args: string[]): ImportCommand | string {
  const [kind, file, ...rest] = args;
  if (kind !== 'employees' && kind !== 'qualifications') {
    return 'Velg hva som skal importeres: import employees <fil> eller import qualifications <fil>.';
  }
  if (!file || file.startsWith('--')) return 'Oppgi filen som skal importeres.';
  const command: ImportCommand = {
    kind,
    file,
    municipality: '',
    dryRun: false,
    unit: null,
    region: null,
    mapping: {},
    json: false,
  };
  for (let i = 0; i < rest.length; i += 1) {
    const flag = rest[i];
    const value = rest[i + 1];
    const needsValue = ['--municipality', '--unit', '--region', '--map'].includes(flag);
    if (needsValue && (value === undefined || value.startsWith('--'))) {
      return `${flag} trenger en verdi.`;
    }
    switch (flag) {
      case '--dry-run':
        command.dryRun = true;
        break;
      case '--json':
        command.json = true;
        break;
      case '--municipality':
        command.municipality = value.trim();
        i += 1;
        break;
      case '--unit':
        command.unit = value;
        i += 1;
        break;
      case '--region':
        command.region = value;
        i += 1;
        break;
      case '--map': {
        const index = value.indexOf('=');
        if (index <= 0) return `--map ${value}: skriv felt=Kolonnenavn.`;
        command.mapping[value.slice(0, index).trim()] = value.slice(index + 1).trim();
        i += 1;
        break;
      }
      default:
        return `Ukjent valg: ${flag}`;
    }
  }
  if (!/^\d{4}$/.test(command.municipality)) {
    return 'Oppgi kommunen med --municipality <kommunenummer>, for eksempel --municipality 3447.';
  }
  return command;
}

/** Runs the command; resolves with the exit code. */
export async function runImportCommand(args: string[], output: CliOutput): Promise<number> {
  const command = parseArgs(args);
  if (typeof command === 'string') {
    output.err(`${command}\n\nBruk:\n${IMPORT_USAGE}`);
    return 2;
  }
  const path = resolve(command.file);
  if (!existsSync(path) || !statSync(path).isFile()) {
    output.err(`Fant ikke filen ${command.file}.\n`);
    return 2;
  }

  // connection and migration messages go to standard error, so standard output is the report
  const database = await openDatabase(loadConfig(), (line) => output.err(`${line}\n`));
  try {
    const db = database.dataSource;
    const audit = new AuditService(new AuditRepository(db));
    const lookups = new ImportsRepository(db);
    const imports = new ImportsService(
      lookups,
      new EmployeeImportService(db, lookups, new EmployeeImportRepository(), audit),
      new QualificationImportService(db, lookups, new QualificationImportRepository(), audit),
    );
    const target = await imports.targetForOperator(
      command.municipality,
      command.region,
      command.unit,
    );
    const report = await imports.run(command.kind, {
      actor: null,
      via: 'cli',
      target,
      source: { path, fileName: basename(path), contentType: null },
      dryRun: command.dryRun,
      mapping: command.mapping,
      today: todayInNorway(),
    });
    const text = renderReport(report);
    if (command.json) output.out(`${JSON.stringify(report, null, 2)}\n`);
    else output.out(text.summary);
    output.err(text.errors);
    return report.ok ? 0 : 1;
  } catch (error) {
    if (error instanceof UserError) {
      output.err(
        `${describeIssue({ row: null, column: null, code: String(error.extensions.code), message: error.message }).trim()}\n`,
      );
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
}
