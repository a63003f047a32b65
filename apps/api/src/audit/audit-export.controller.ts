import { Scope } from '../auth/scope';
import { Controller, Get, Req, Res } from '@nestjs/common';
import ExcelJS from 'exceljs';
import type { Request, Response } from 'express';
import type { Writable } from 'node:stream';
import { neutraliseSpreadsheetCell, todayInNorway } from '@kp/domain';
import { AuthService } from '../auth/auth.service';
import type { Actor } from '../auth/roles';
import { CSV_BOM, csvLine, writeChunk, endOutput, type CsvCell } from '../exports/csv-writer';
import { EXPORT_CONTENT_TYPES, readExportFormat } from '../exports/export-format';
import { foldFileName } from '../exports/file-name';
import { authenticateRest, queryParam, sendRestError } from '../imports/rest-request';
import type { AuditLogRow } from './audit-log.repository';
import { AuditLogService } from './audit-log.service';
import { AuditService } from './audit.service';

const HEADER = [
  'Tidspunkt',
  'Hvem',
  'Handling',
  'Gjelder',
  'ID',
  'Ansatt-ID',
  'Antall personer',
  'Kommune',
  'Enhet',
  'Økt',
  'Adresse',
  'Før',
  'Etter',
  'Detaljer',
];

const PAGE_SIZE = 1000;
/** A worksheet holds 1 048 576 rows; an export stops below that and says so in its last row. */
export const MAX_EXPORT_ROWS = 1_000_000;
/** Excel refuses longer text in one cell. */
const MAX_XLSX_CELL = 32_000;

/**
 * `GET /api/exports/audit-log?format=csv|xlsx&from=&to=&employeeId=&municipalityId=`: the audit
 * log as the log page shows it, with the same filters, for the region's administrator (all of
 * it) and HR (their municipality). A plain GET like the other exports: it changes nothing, so no
 * CSRF token is needed (a cross-site page can start the download but cannot read it). The
 * export is itself written to the log before anything is sent.
 */
@Controller('api/exports')
export class AuditExportController {
  constructor(
    private readonly auth: AuthService,
    private readonly log: AuditLogService,
    private readonly audit: AuditService,
  ) {}

  @Get('audit-log')
  async auditLog(@Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      const actor = await authenticateRest(this.auth, req, { csrf: false });
      const format = readExportFormat(queryParam(req, 'format'));
      const filter = {
        employeeId: queryParam(req, 'employeeId'),
        municipalityId: queryParam(req, 'municipalityId'),
        from: queryParam(req, 'from'),
        to: queryParam(req, 'to'),
      };
      const query = this.log.selection(actor, filter);
      const today = todayInNorway();
      await this.audit.exported(actor, {
        municipalityId: query.municipalityId ?? onlyMunicipality(actor),
        details: { format, filter: { ...query, regionId: undefined } },
      });

      const name = foldFileName(['revisjonslogg', query.from ?? '', query.to ?? '', today]);
      res.status(200);
      res.setHeader('Content-Type', EXPORT_CONTENT_TYPES[format]);
      res.setHeader('Content-Disposition', `attachment; filename="${name}.${format}"`);
      res.setHeader('Cache-Control', 'no-store');
      const pages = this.log.all(query, PAGE_SIZE);
      if (format === 'csv') await writeCsv(res, pages);
      else await writeXlsx(res, pages);
    } catch (error) {
      sendRestError(req, res, error, false);
    }
  }
}

/** HR in one municipality: their colleagues see the export in the log. */
function onlyMunicipality(actor: Actor): string | null {
  const ids = Scope.hr(actor).municipalityIds;
  return ids.length === 1 ? ids[0] : null;
}

function row(entry: AuditLogRow): CsvCell[] {
  return [
    entry.atNorway,
    entry.actorEmail,
    entry.action,
    entry.entityType,
    entry.entityId,
    entry.employeeId,
    entry.employeeCount,
    entry.municipalityName,
    entry.unitName,
    entry.sessionId,
    entry.address,
    entry.before,
    entry.after,
    entry.details,
  ];
}

const TRUNCATED_ROW = (count: number): CsvCell[] => [
  `Utvalget har mer enn ${count.toLocaleString('nb-NO')} oppføringer. Velg en kortere periode for å få med resten.`,
];

async function* entriesOf(pages: AsyncGenerator<AuditLogRow[]>): AsyncGenerator<AuditLogRow> {
  for await (const page of pages) yield* page;
}

/** Writes each entry, at most MAX_EXPORT_ROWS, then a row saying more were left out. */
async function eachRow(
  pages: AsyncGenerator<AuditLogRow[]>,
  emit: (cells: CsvCell[]) => Promise<void>,
): Promise<void> {
  let written = 0;
  for await (const entry of entriesOf(pages)) {
    if (written === MAX_EXPORT_ROWS) {
      await emit(TRUNCATED_ROW(MAX_EXPORT_ROWS));
      break;
    }
    await emit(row(entry));
    written += 1;
  }
}

async function writeCsv(out: Writable, pages: AsyncGenerator<AuditLogRow[]>): Promise<void> {
  await writeChunk(out, CSV_BOM + csvLine(HEADER));
  await eachRow(pages, (cells) => writeChunk(out, csvLine(cells)));
  await endOutput(out);
}

async function writeXlsx(out: Writable, pages: AsyncGenerator<AuditLogRow[]>): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('Revisjonslogg', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(HEADER).commit();
  await eachRow(pages, async (cells) => sheet.addRow(cells.map(xlsxCell)).commit());
  sheet.commit();
  await workbook.commit();
}

function xlsxCell(cell: CsvCell): CsvCell {
  if (typeof cell !== 'string') return cell;
  const text = cell.length > MAX_XLSX_CELL ? `${cell.slice(0, MAX_XLSX_CELL)} … (avkortet)` : cell;
  return neutraliseSpreadsheetCell(text);
}
