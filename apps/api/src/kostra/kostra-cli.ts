// `npm run cli -- import kostra <file.json>` and `… import kostra --ssb --table …`: the same
// pipeline as the web page's upload and SSB fetch, run by an operator (no signed-in user: the
// audit log records the command line and the operating-system user).

import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { AuditRepository } from '../audit/audit.repository';
import { AuditService } from '../audit/audit.service';
import { UserError } from '../common/errors/user-error';
import { loadConfig } from '../config';
import { openDatabase } from '../database/database';
import { col, rows } from '../database/sql';
import type { CliOutput } from '../imports/import-cli';
import {
  KostraImportService,
  MAX_KOSTRA_BYTES,
  type KostraImportReport,
} from './kostra-import.service';
import { KostraRepository } from './kostra.repository';
import { KostraService } from './kostra.service';

export const KOSTRA_USAGE = `  import kostra <fil.json> [--region <slug>] [--json]
              import KOSTRA figures from SSB (JSON-stat 2.0), or KOSTRA groups (a KLASS
              correspondence with correspondenceMaps)
  import kostra --ssb --table <nr> --indicators <a,b> --regions <3407,EKG10,EAK> --years <2023,2024>
              [--region-dimension <id>] [--region <slug>] [--json]
              fetch the figures from SSB's API (needs internet access) and import them
              exit 0: imported; 1: the file or SSB's answer was refused, nothing saved
`;

interface Parsed {
  file: string | null;
  flags: Map<string, string>;
  json: boolean;
  ssb: boolean;
}

function parse(args: string[]): Parsed | string {
  const flags = new Map<string, string>();
  let file: string | null = null;
  let json = false;
  let ssb = false;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--json') json = true;
    else if (arg === '--ssb') ssb = true;
    else if (arg.startsWith('--')) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--')) return `${arg} trenger en verdi.`;
      flags.set(arg.slice(2), value);
      i += 1;
    } else if (file === null) file = arg;
    else return `Uventet argument: ${arg}`;
  }
  if (!ssb && !file) return 'Oppgi filen som skal importeres: import kostra <fil.json>.';
  if (ssb && file) return 'Bruk enten en fil eller --ssb, ikke begge.';
  return { file, flags, json, ssb };
}

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

async function regionFor(
  db: DataSource,
  wanted: string | undefined,
): Promise<{ id: string; name: string }> {
  const regions = await rows(
    db,
    z.object({ id: col.id, name: col.text, slug: col.text }),
    `SELECT id, name, slug FROM region ORDER BY name`,
  );
  const found = wanted ? regions.filter((r) => r.slug === wanted || r.id === wanted) : regions;
  if (found.length === 1) return found[0];
  throw new UserError(
    'BAD_USER_INPUT',
    wanted
      ? `Fant ingen region «${wanted}». Regionene er: ${regions.map((r) => r.slug).join(', ')}.`
      : `Det finnes ${regions.length} regioner; velg én med --region (${regions.map((r) => r.slug).join(', ')}).`,
  );
}

function pad(label: string, value: number): string {
  return `  ${`${label}:`.padEnd(14)}${String(value).padStart(6)}`;
}

export function renderKostraReport(report: KostraImportReport, regionName: string): string {
  const lines = [
    `Import av KOSTRA-tall${report.tableId ? ` (tabell ${report.tableId})` : ''} fra ${report.fileName ?? 'SSB'} til ${regionName}.`,
    '',
    pad('Nye', report.added),
    pad('Uendret', report.unchanged),
    pad('Rettet', report.corrected),
    pad('Hoppet over', report.skipped),
  ];
  if (report.groupsUpdated.length > 0) {
    lines.push('', `KOSTRA-gruppe oppdatert for: ${report.groupsUpdated.join(', ')}`);
  }
  if (report.skippedRegions.length > 0) {
    lines.push('', 'Hoppet over (regionkoder tjenesten ikke kjenner):');
    for (const s of report.skippedRegions) {
      lines.push(`  ${s.code} ${s.label}: ${s.reason} (${s.figures} tall)`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export async function runKostraCommand(args: string[], output: CliOutput): Promise<number> {
  const parsed = parse(args);
  if (typeof parsed === 'string') {
    output.err(`${parsed}\n\nBruk:\n${KOSTRA_USAGE}`);
    return 2;
  }
  let text: string | null = null;
  if (parsed.file) {
    const path = resolve(parsed.file);
    if (!existsSync(path) || !statSync(path).isFile()) {
      output.err(`Fant ikke filen ${parsed.file}.\n`);
      return 2;
    }
    if (statSync(path).size > MAX_KOSTRA_BYTES) {
      output.err(`Filen er for stor (høyst ${MAX_KOSTRA_BYTES / 1024 / 1024} MB).\n`);
      return 1;
    }
    text = await readFile(path, 'utf8');
  }
  const config = loadConfig();
  const database = await openDatabase(config, (line) => output.err(`${line}\n`));
  try {
    const db = database.dataSource;
    const repository = new KostraRepository(db);
    const imports = new KostraImportService(
      db,
      repository,
      new AuditService(new AuditRepository(db)),
    );
    const region = await regionFor(db, parsed.flags.get('region'));
    const request = { regionId: region.id, actor: null, source: 'CLI' as const };
    const report =
      text !== null
        ? await imports.importText({ ...request, fileName: basename(parsed.file ?? '') }, text)
        : await new KostraService(repository, imports, config).fetchFromSsb(request, {
            tableId: parsed.flags.get('table') ?? '',
            indicators: list(parsed.flags.get('indicators')),
            regions: list(parsed.flags.get('regions')),
            years: list(parsed.flags.get('years')),
            regionDimension: parsed.flags.get('region-dimension') ?? null,
          });
    output.out(
      parsed.json
        ? `${JSON.stringify(report, null, 2)}\n`
        : renderKostraReport(report, region.name),
    );
    return 0;
  } catch (error) {
    if (error instanceof UserError) {
      const fields = (error.extensions.fields ?? []) as Array<{ message: string }>;
      const detail = fields.length > 1 ? fields.map((f) => `\n  ${f.message}`).join('') : '';
      output.err(`${error.message}${detail}\n`);
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
}
