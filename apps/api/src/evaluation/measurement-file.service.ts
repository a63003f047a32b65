import { Injectable } from '@nestjs/common';
import {
  foldKey,
  readMeasurementRows,
  todayInNorway,
  type ImportIssue,
  type RawRow,
} from '@kp/domain';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Actor } from '../auth/roles';
import { UserError } from '../common/errors/user-error';
import { ImportFileError, openImportFile } from '../imports/import-file.reader';
import { OrganisationRepository } from '../organisation/organisation.repository';
import type { ImportMeasurementsInput } from './dto/evaluation.inputs';
import { EvaluationService, type ResolvedPlace } from './evaluation.service';

/** Entered measurements are small files: a year of months for every unit fits many times. */
export const MAX_MEASUREMENT_FILE_BYTES = 1024 * 1024;
/** Problems a refusal lists before it only counts the rest. */
const MAX_LISTED = 20;

function refuse(issues: readonly ImportIssue[]): never {
  const fields = issues.slice(0, MAX_LISTED).map((i) => ({
    field: i.row === null ? 'contentBase64' : `rows.${i.row}`,
    code: i.code,
    message: i.message,
  }));
  const more = issues.length - fields.length;
  const summary = fields.map((f) => f.message).join(' ');
  throw new UserError(
    'BAD_USER_INPUT',
    `Filen ble ikke lest inn, ingenting er lagret. ${summary}${more > 0 ? ` Og ${more} feil til.` : ''}`,
    fields,
  );
}

/**
 * Entered measurements from a CSV or XLSX file: the import pipeline's reader (encodings,
 * delimiters, `sep=` lines, workbooks), the domain's row rules, places matched by name in the
 * caller's writable scope. All rows are checked first; any problem writes nothing.
 */
@Injectable()
export class MeasurementFileService {
  constructor(
    private readonly evaluation: EvaluationService,
    private readonly organisation: OrganisationRepository,
  ) {}

  async importFile(actor: Actor, input: ImportMeasurementsInput): Promise<number> {
    const indicator = await this.evaluation.enteredIndicator(actor, input.indicatorId);
    const defaultPlace = await this.evaluation.resolvePlace(actor, input.scope);
    const bytes = Buffer.from(input.contentBase64, 'base64');
    if (bytes.length > MAX_MEASUREMENT_FILE_BYTES) {
      refuse([
        { row: null, column: null, code: 'FILE_TOO_LARGE', message: 'Filen er større enn 1 MB.' },
      ]);
    }
    const raw = await this.readRows(bytes, input.fileName ?? null);
    const { rows, issues } = readMeasurementRows(raw, indicator, todayInNorway());
    if (issues.length > 0) refuse(issues);
    const places = await this.placesByName(actor);
    const resolved: { place: ResolvedPlace; value: number; measuredOn: string }[] = [];
    const problems: ImportIssue[] = [];
    for (const row of rows) {
      let place = defaultPlace;
      if (row.place) {
        const matches = places.get(foldKey(row.place)) ?? [];
        if (matches.length !== 1) {
          problems.push({
            row: row.rowNumber,
            column: 'Sted',
            code: matches.length === 0 ? 'UNKNOWN_PLACE' : 'AMBIGUOUS_PLACE',
            message:
              matches.length === 0
                ? `Rad ${row.rowNumber}: fant ingen kommune eller enhet «${row.place}» som du kan registrere for.`
                : `Rad ${row.rowNumber}: «${row.place}» er navnet på flere enheter; del filen opp og velg stedet på siden.`,
          });
          continue;
        }
        place = matches[0];
      }
      if (!place.writable) {
        problems.push({
          row: row.rowNumber,
          column: null,
          code: 'UNKNOWN_PLACE',
          message: `Rad ${row.rowNumber}: du kan ikke registrere målinger for ${place.name}.`,
        });
        continue;
      }
      resolved.push({ place, value: row.value, measuredOn: row.measuredOn });
    }
    if (problems.length > 0) refuse(problems);
    const seen = new Set<string>();
    for (const [i, r] of resolved.entries()) {
      const key = `${r.place.id}|${r.measuredOn.slice(0, 7)}`;
      if (seen.has(key)) {
        problems.push({
          row: rows[i].rowNumber,
          column: null,
          code: 'DUPLICATE_MONTH',
          message: `Rad ${rows[i].rowNumber}: ${r.place.name} har allerede en måling for ${r.measuredOn.slice(0, 7)} lenger opp i filen (én verdi per måned).`,
        });
      }
      seen.add(key);
    }
    if (problems.length > 0) refuse(problems);
    return this.evaluation.recordMany(actor, indicator.id, resolved, 'IMPORTED');
  }

  private async readRows(bytes: Buffer, fileName: string | null): Promise<RawRow[]> {
    const folder = await mkdtemp(join(tmpdir(), 'kp-measurements-'));
    const path = join(folder, 'upload');
    try {
      await writeFile(path, bytes);
      const opened = await openImportFile({ path, fileName, contentType: null });
      if ('issue' in opened) refuse([opened.issue]);
      const raw: RawRow[] = [];
      for await (const row of opened.file.rows()) raw.push(row);
      return raw;
    } catch (error) {
      if (error instanceof ImportFileError) refuse([error.issue]);
      throw error;
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }

  /** Municipalities and units of the region by folded name (writable ones are checked later). */
  private async placesByName(actor: Actor): Promise<Map<string, ResolvedPlace[]>> {
    const map = new Map<string, ResolvedPlace[]>();
    const add = (name: string, place: ResolvedPlace) => {
      const key = foldKey(name);
      map.set(key, [...(map.get(key) ?? []), place]);
    };
    for (const m of await this.organisation.listMunicipalities(actor.regionId)) {
      add(m.name, this.evaluation.municipalityPlace(actor, m));
    }
    for (const u of await this.organisation.listUnitsOfRegion(actor.regionId)) {
      add(u.name, this.evaluation.unitPlace(actor, u));
    }
    return map;
  }
}
