import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import {
  emptyFileDescription,
  type ExplicitMapping,
  type ImportKind,
  readConfirmedCount,
  refusedReport,
  todayInNorway,
} from '@kp/domain';
import type { Request, Response } from 'express';
import { AuthService } from '../auth/auth.service';
import { UserError } from '../common/errors/user-error';
import {
  template,
  TEMPLATE_CONTENT_TYPES,
  templateFileName,
  type TemplateFormat,
} from './import-templates';
import { spoolUpload, type SpooledUpload } from './import-upload';
import { reportBase } from './import-request';
import { ImportsService } from './imports.service';
import { fileTooLarge, MAX_IMPORT_BYTES } from './parsing/file-format';
import {
  authenticateRest,
  hangUpAfterAnswer,
  queryParam,
  requireMunicipalityNumber,
  sendRestError,
} from './rest-request';

/** What a file may be sent as; the content decides the format, not the label. */
const ACCEPTED_TYPES = [
  'text/csv',
  'text/plain',
  'application/csv',
  'application/vnd.ms-excel', // what Windows browsers call a .csv file
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/octet-stream',
];

/**
 * Uploads from the web app's import wizard: the raw file as the request body, the options in
 * the query string. Rules per route are listed in docs/imports.md.
 */
@Controller('api/imports')
export class ImportsController {
  constructor(
    private readonly auth: AuthService,
    private readonly imports: ImportsService,
  ) {}

  /**
   * Empty files with the headers the import reads: `templates/employees.csv`,
   * `templates/qualifications.xlsx` … For any signed-in user; they hold no data.
   */
  @Get('templates/:file')
  async template(
    @Param('file') file: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    try {
      await authenticateRest(this.auth, req, { csrf: false });
      const match = /^(employees|qualifications)\.(csv|xlsx)$/.exec(file);
      if (!match)
        throw UserError.notFound(
          'malen. Velg employees.csv, employees.xlsx, qualifications.csv eller qualifications.xlsx.',
        );
      const kind = match[1] as ImportKind;
      const format = match[2] as TemplateFormat;
      const body = await template(kind, format);
      res
        .status(200)
        .type(TEMPLATE_CONTENT_TYPES[format])
        .setHeader(
          'content-disposition',
          `attachment; filename="${templateFileName(kind, format)}"`,
        )
        .setHeader('cache-control', 'no-store')
        .send(body);
    } catch (error) {
      sendRestError(req, res, error, false);
    }
  }

  @Post('employees')
  employees(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.handle('employees', req, res);
  }

  @Post('qualifications')
  qualifications(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.handle('qualifications', req, res);
  }

  private async handle(kind: ImportKind, req: Request, res: Response): Promise<void> {
    let upload: SpooledUpload | null = null;
    let bodyRead = false;
    try {
      const actor = await authenticateRest(this.auth, req, { csrf: true });
      const number = requireMunicipalityNumber(req);
      const dryRun = readDryRun(queryParam(req, 'dryRun'));
      const mapping = readMapping(queryParam(req, 'mapping'));
      const contentType = readContentType(req);
      const confirmDeactivate = readConfirmation(queryParam(req, 'confirmDeactivate'));
      const fileName = readFileName(queryParam(req, 'filename'));
      const target = await this.imports.targetForActor(actor, number, queryParam(req, 'unitId'));

      const spooled = await spoolUpload(req, MAX_IMPORT_BYTES);
      if ('tooLarge' in spooled) {
        hangUpAfterAnswer(req, res);
        res
          .status(413)
          .json(
            refusedReport(reportBase(kind, target, dryRun), emptyFileDescription(fileName), [
              fileTooLarge(spooled.size),
            ]),
          );
        return;
      }
      upload = spooled.upload;
      bodyRead = true;
      const report = await this.imports.run(kind, {
        actor,
        via: 'http',
        target,
        source: { path: upload.path, fileName, contentType },
        dryRun,
        mapping,
        today: todayInNorway(),
        confirmDeactivate,
      });
      res.status(report.ok ? 200 : 422).json(report);
    } catch (error) {
      sendRestError(req, res, error, !bodyRead);
    } finally {
      await upload?.dispose();
    }
  }
}

function readDryRun(value: string | null): boolean {
  if (value === null || value === '' || value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw UserError.field('dryRun', 'INVALID_CHOICE', 'dryRun må være true eller false.');
}

/** The number of deactivations the user confirms ("987", also "1 012"). */
function readConfirmation(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const count = readConfirmedCount(value);
  if (count === null) {
    throw UserError.field(
      'confirmDeactivate',
      'INVALID_NUMBER',
      'confirmDeactivate må være antallet ansatte som skal deaktiveres, som et helt tall (for eksempel confirmDeactivate=987).',
    );
  }
  return count;
}

/** Longest file name kept (it is stored in the audit log and the import history). */
const MAX_FILE_NAME = 255;

function readFileName(value: string | null): string | null {
  if (value === null || value.trim() === '') return null;
  if (/[\u0000-\u001F\u007F]/.test(value)) {
    throw UserError.field(
      'filename',
      'INVALID_FILE_NAME',
      'Filnavnet inneholder usynlige kontrolltegn. Gi filen et vanlig navn og prøv igjen.',
    );
  }
  if (value.length > MAX_FILE_NAME) {
    throw UserError.field(
      'filename',
      'TOO_LONG',
      `Filnavnet er for langt (høyst ${MAX_FILE_NAME} tegn, fant ${value.length}).`,
    );
  }
  return value.trim();
}

function readMapping(value: string | null): ExplicitMapping {
  if (value === null || value.trim() === '') return {};
  try {
    const parsed: unknown = JSON.parse(value);
    if (
      parsed !== null &&
      typeof parsed === 'object' &&
      !Array.isArray(parsed) &&
      Object.values(parsed).every((header) => typeof header === 'string')
    ) {
      return parsed as ExplicitMapping;
    }
  } catch {
    // answered below
  }
  throw UserError.field(
    'mapping',
    'INVALID_MAPPING',
    'Kolonneoppsettet må være et JSON-objekt fra felt til kolonnenavn, for eksempel {"employeeNumber":"Lønnsnr"}.',
  );
}

function readContentType(req: Request): string | null {
  const header = req.headers['content-type'];
  if (!header) return null;
  const type = header.split(';')[0].trim().toLowerCase();
  if (!ACCEPTED_TYPES.includes(type)) {
    throw new UserError(
      'UNSUPPORTED_MEDIA_TYPE',
      'Send filen som rått innhold i forespørselen (Content-Type text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet eller application/octet-stream).',
    );
  }
  return type;
}
