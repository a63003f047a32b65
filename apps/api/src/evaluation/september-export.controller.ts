import { Controller, Get, Req, Res } from '@nestjs/common';
import { neutraliseSpreadsheetCell, todayInNorway } from '@kp/domain';
import ExcelJS from 'exceljs';
import type { Request, Response } from 'express';
import { AuthService } from '../auth/auth.service';
import { HeavyWorkLimiter } from '../common/heavy-work';
import { UserError } from '../common/errors/user-error';
import { CSV_BOM, csvLine, endOutput, writeChunk, type CsvCell } from '../exports/csv-writer';
import { EXPORT_CONTENT_TYPES, readExportFormat } from '../exports/export-format';
import { foldFileName } from '../exports/file-name';
import { authenticateRest, queryParam, sendRestError } from '../imports/rest-request';
import { EvaluationService } from './evaluation.service';
import type { SeptemberView } from './models/evaluation.models';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_INDICATORS = 20;

export const SEPTEMBER_HEADER = [
  'Sted',
  'Indikator',
  'Enhet',
  'Grunnlinje',
  'Siste måned',
  'Nå',
  'Endring',
  'I ønsket retning',
  'Signaler',
  'Avrundet',
  'Tiltak',
];

/** The September view as rows: one per place and indicator, numbers as numbers. */
export function septemberRows(view: SeptemberView): CsvCell[][] {
  const byId = new Map(view.indicators.map((i) => [i.id, i]));
  return view.scopes.flatMap((scope) =>
    scope.cells.map((cell) => {
      const indicator = byId.get(cell.indicatorId);
      return [
        scope.name,
        indicator?.name ?? '',
        indicator?.unit ?? '',
        cell.baselineValue,
        cell.currentPeriod,
        cell.currentValue,
        cell.change,
        cell.change === null ? null : cell.improved ? 'ja' : 'nei',
        cell.signals.join(' '),
        cell.rounded ? 'ja' : 'nei',
        (indicator?.measures ?? []).map((m) => m.title).join('; '),
      ];
    }),
  );
}

/**
 * The September view as a download (CSV for any program, XLSX for Excel), with the exports'
 * CSV rules (BOM, semicolons, decimal commas, cells neutralised). Open to the roles that may
 * read the view; the figures are the same as on the page (rounded where the page rounds).
 */
@Controller('api/exports')
export class SeptemberExportController {
  constructor(
    private readonly auth: AuthService,
    private readonly evaluation: EvaluationService,
    private readonly heavyWork: HeavyWorkLimiter,
  ) {}

  @Get('september-view')
  async septemberView(@Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      const actor = await authenticateRest(this.auth, req, { csrf: false });
      const format = readExportFormat(queryParam(req, 'format'));
      const ids = (queryParam(req, 'indicatorIds') ?? '').split(',').filter(Boolean);
      if (ids.length === 0 || ids.length > MAX_INDICATORS || !ids.every((id) => UUID.test(id))) {
        throw UserError.field(
          'indicatorIds',
          'INVALID_INDICATORS',
          `Velg fra 1 til ${MAX_INDICATORS} indikatorer.`,
        );
      }
      await this.heavyWork.run(`user:${actor.userId}`, async () => {
        const view = await this.evaluation.septemberView(actor, { indicatorIds: ids });
        const rows = septemberRows(view);
        const name = foldFileName(['septembermote', todayInNorway()]);
        res.status(200);
        res.setHeader('Content-Type', EXPORT_CONTENT_TYPES[format]);
        res.setHeader('Content-Disposition', `attachment; filename="${name}.${format}"`);
        res.setHeader('Cache-Control', 'no-store');
        if (format === 'csv') {
          await writeChunk(res, CSV_BOM + csvLine(SEPTEMBER_HEADER));
          for (const row of rows) await writeChunk(res, csvLine(row));
          await endOutput(res);
          return;
        }
        const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true });
        const sheet = workbook.addWorksheet('Septembermøtet', {
          views: [{ state: 'frozen', ySplit: 1 }],
        });
        sheet.addRow(SEPTEMBER_HEADER).commit();
        for (const row of rows) {
          sheet
            .addRow(
              row.map((cell) =>
                typeof cell === 'string' ? neutraliseSpreadsheetCell(cell) : cell,
              ),
            )
            .commit();
        }
        sheet.commit();
        await workbook.commit();
      });
    } catch (error) {
      sendRestError(req, res, error, false);
    }
  }
}
