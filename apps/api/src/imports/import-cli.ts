// `npm run cli -- import employees|qualifications <file> --municipality <number> [--dry-run]`
// The same import as the web app's, run by an operator: no signed-in user, so the audit log
// records the command line and the operating-system user instead.

import { existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { AuditRepository } from '../audit/audit.repository';
import { AuditService } from '../audit/audit.service';
import { Scope } from '../auth/scope';
import { UserError } from '../common/errors/user-error';
import { loadConfig } from '../config';
import { openDatabase } from '../database/database';
import { OrganisationRepository } from '../organisation/organisation.repository';
import { EmployeeImportRepository } from './employee-import.repository';
import { EmployeeImportService } from './employee-import.service';
import { ImportsRepository } from './imports.repository';
import { ImportsService } from './imports.service';
import {
  describeIssue,
  type ExplicitMapping,
  formatOsloTime,
  type ImportKind,
  readConfirmedCount,
  renderReport,
  todayInNorway,
} from '@kp/domain';
import { writeFile } from 'node:fs/promises';
import type { DataSource } from 'typeorm';
import { template, type TemplateFormat } from './import-templates';
import { ImportRunsRepository, UNDO_WINDOW_DAYS } from './import-runs.repository';
import { ImportUndoRepository } from './import-undo.repository';
import { ImportUndoService, type ImportRunView } from './import-undo.service';
import { QualificationImportRepository } from './qualification-import.repository';
import { QualificationImportService } from './qualification-import.service';
import { ImportRunner } from './run-import';
import { KOSTRA_USAGE, runKostraCommand } from '../kostra/kostra-cli';

export const IMPORT_USAGE = `  import employees <fil> --municipality <kommunenummer> [--dry-run]
  import qualifications <fil> --municipality <kommunenummer> [--dry-run]
              import employees or qualifications from a CSV or XLSX file
              --unit <id|navn>        limit the import (and deactivation) to a unit subtree
              --map <felt>=<kolonne>  use a column for a field (repeatable), e.g. --map employeeNumber=Lønnsnr
              --confirm-deactivate <antall>
                                      confirm that the run deactivates this many employees (needed
                                      above 20 people or 10 % of the scope; the dry run tells)
              --region <id>           when the municipality number exists in several regions
              --json                  print the report as JSON
              exit 0: done (or a dry run without errors); 1: the file has errors, nothing saved
  import runs --municipality <kommunenummer> [--region <id>] [--json]
              the municipality's applied import runs, newest first, with their ids
  import undo <kjøring-id> [--json]
              undo an applied run (within ${UNDO_WINDOW_DAYS} days, while nothing it touched has changed)
  import template employees|qualifications <fil.csv|fil.xlsx>
              write an empty file with the headers the import reads
${KOSTRA_USAGE}`;

interface ImportCommand {
  kind: ImportKind;
  file: string;
  municipality: string;
  dryRun: boolean;
  unit: string | null;
  region: string | null;
  mapping: ExplicitMapping;
  json: boolean;
  confirmDeactivate: number | null;
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
    confirmDeactivate: null,
  };
  const flags = splitEquals(rest);
  for (let i = 0; i < flags.length; i += 1) {
    const flag = flags[i];
    const value = flags[i + 1];
    const needsValue = [
      '--municipality',
      '--unit',
      '--region',
      '--map',
      '--confirm-deactivate',
    ].includes(flag);
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
      case '--confirm-deactivate': {
        const count = readConfirmedCount(value);
        if (count === null) {
          return `--confirm-deactivate ${value}: skriv antallet ansatte som skal deaktiveres, for eksempel --confirm-deactivate 987.`;
        }
        command.confirmDeactivate = count;
        i += 1;
        break;
      }
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

/** '--flag=value' → '--flag', 'value' (both spellings are accepted). */
function splitEquals(args: readonly string[]): string[] {
  return args.flatMap((arg) => {
    const index = arg.indexOf('=');
    return arg.startsWith('--') && index > 2 && !arg.startsWith('--map')
      ? [arg.slice(0, index), arg.slice(index + 1)]
      : [arg];
  });
}

function usageError(output: CliOutput, message: string): number {
  output.err(`${message}\n\nBruk:\n${IMPORT_USAGE}`);
  return 2;
}

/** Runs the command; resolves with the exit code. */
export async function runImportCommand(args: string[], output: CliOutput): Promise<number> {
  switch (args[0]) {
    case 'kostra':
      return runKostraCommand(args.slice(1), output);
    case 'template':
      return writeTemplate(args.slice(1), output);
    case 'undo':
      return undoRun(args.slice(1), output);
    case 'runs':
      return listRuns(args.slice(1), output);
    default:
      return importFile(args, output);
  }
}

async function importFile(args: string[], output: CliOutput): Promise<number> {
  const command = parseArgs(args);
  if (typeof command === 'string') return usageError(output, command);
  const path = resolve(command.file);
  if (!existsSync(path) || !statSync(path).isFile()) {
    output.err(`Fant ikke filen ${command.file}.\n`);
    return 2;
  }

  return withServices(output, async ({ imports }) => {
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
      confirmDeactivate: command.confirmDeactivate,
    });
    const text = renderReport(report);
    if (command.json) output.out(`${JSON.stringify(report, null, 2)}\n`);
    else output.out(text.summary);
    output.err(text.errors);
    return report.ok ? 0 : 1;
  });
}

interface Services {
  imports: ImportsService;
  undo: ImportUndoService;
}

/**
 * Opens the database, builds the services and runs `work`; a UserError (unknown municipality,
 * a refused undo) is printed and exits 1.
 */
async function withServices(
  output: CliOutput,
  work: (services: Services) => Promise<number>,
): Promise<number> {
  // connection and migration messages go to standard error, so standard output is the report
  const database = await openDatabase(loadConfig(), (line) => output.err(`${line}\n`));
  try {
    return await work(services(database.dataSource));
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

function services(db: DataSource): Services {
  const audit = new AuditService(new AuditRepository(db));
  const lookups = new ImportsRepository(db);
  const runs = new ImportRunsRepository(db);
  const organisation = new OrganisationRepository(db);
  return {
    imports: new ImportsService(
      lookups,
      organisation,
      new ImportRunner(db, lookups, runs, audit),
      new EmployeeImportService(new EmployeeImportRepository(), audit, organisation),
      new QualificationImportService(lookups, new QualificationImportRepository(), audit),
    ),
    undo: new ImportUndoService(db, lookups, runs, new ImportUndoRepository(), audit),
  };
}

/** `import template employees ansatte.xlsx`: the format from the file's extension. */
async function writeTemplate(args: string[], output: CliOutput): Promise<number> {
  const [kind, file] = args;
  if (kind !== 'employees' && kind !== 'qualifications') {
    return usageError(
      output,
      'Velg malen: import template employees <fil> eller import template qualifications <fil>.',
    );
  }
  const format = /\.(csv|xlsx)$/i.exec(file ?? '')?.[1]?.toLowerCase() as
    TemplateFormat | undefined;
  if (!file || !format || args.length > 2) {
    return usageError(output, 'Oppgi filen malen skal skrives til, med endelsen .csv eller .xlsx.');
  }
  await writeFile(resolve(file), await template(kind, format));
  output.out(`Skrev malen til ${file}.\n`);
  return 0;
}

async function undoRun(args: string[], output: CliOutput): Promise<number> {
  const [runId, ...rest] = args;
  const json = rest.includes('--json');
  if (!runId || runId.startsWith('--') || rest.some((arg) => arg !== '--json')) {
    return usageError(output, 'Oppgi importen som skal angres: import undo <kjøring-id>.');
  }
  return withServices(output, async ({ undo }) => {
    const outcome = await undo.undo({ actor: null, via: 'cli' }, runId.trim());
    if (json) {
      output.out(`${JSON.stringify(outcome, null, 2)}\n`);
      return 0;
    }
    const done =
      outcome.run.kind === 'employees'
        ? `${outcome.employeesRestored} ansatte har fått tilbake opplysningene de hadde før importen, ${outcome.employeesRemoved} ansatte importen opprettet, er fjernet.`
        : `${outcome.qualificationsRemoved} kvalifikasjoner og ${outcome.assessmentsRemoved} formelle kompetansenivåer importen la inn, er fjernet.`;
    output.out(
      `Importen ${outcome.run.id} (${outcome.run.fileName ?? 'uten filnavn'}) er angret. ${done}\n`,
    );
    return 0;
  });
}

async function listRuns(args: string[], output: CliOutput): Promise<number> {
  const flags = splitEquals(args);
  let municipality = '';
  let region: string | null = null;
  let json = false;
  for (let i = 0; i < flags.length; i += 1) {
    if (flags[i] === '--json') json = true;
    else if (flags[i] === '--municipality' && flags[i + 1]) municipality = flags[(i += 1)].trim();
    else if (flags[i] === '--region' && flags[i + 1]) region = flags[(i += 1)];
    else return usageError(output, `Ukjent valg: ${flags[i]}`);
  }
  if (!/^\d{4}$/.test(municipality)) {
    return usageError(output, 'Oppgi kommunen med --municipality <kommunenummer>.');
  }
  return withServices(output, async ({ imports, undo }) => {
    const target = await imports.targetForOperator(municipality, region, null);
    // the operator is no person with grants: the municipality's whole region
    const runs = await undo.listing(Scope.system(target.regionId), target.municipalityId, 50);
    if (json) output.out(`${JSON.stringify(runs, null, 2)}\n`);
    else output.out(describeRuns(target.municipalityName, runs));
    return 0;
  });
}

const STATUS_TEXT: Record<ImportRunView['undoStatus'], string> = {
  UNDOABLE: 'kan angres',
  UNDONE: 'angret',
  EXPIRED: 'kan ikke lenger angres',
  BLOCKED: 'kan ikke angres',
};

function describeRuns(municipalityName: string, runs: readonly ImportRunView[]): string {
  if (runs.length === 0) return `Ingen importer er kjørt i ${municipalityName}.\n`;
  const lines = [`Importer i ${municipalityName}, nyeste først:`];
  for (const run of runs) {
    const counts =
      run.kind === 'employees'
        ? `${run.counts.created} nye, ${run.counts.updated} endret, ${run.counts.deactivated} deaktivert`
        : `${run.counts.created} nye, ${run.counts.updated} utvidet`;
    lines.push(
      `  ${run.id}  ${formatOsloTime(run.appliedAt)}  ${run.kind === 'employees' ? 'ansatte' : 'kvalifikasjoner'}  ${run.fileName ?? '(uten filnavn)'}  ${counts}  – ${STATUS_TEXT[run.undoStatus]}${run.undoBlockedReason ? `: ${run.undoBlockedReason}` : ''}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
