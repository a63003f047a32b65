import { Controller, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { readFile } from 'node:fs/promises';
import { AuthService } from '../auth/auth.service';
import { hasRole } from '../auth/roles';
import { UserError } from '../common/errors/user-error';
import { spoolUpload, type SpooledUpload } from '../imports/import-upload';
import {
  authenticateRest,
  hangUpAfterAnswer,
  queryParam,
  sendRestError,
} from '../imports/rest-request';
import { KostraImportService, MAX_KOSTRA_BYTES } from './kostra-import.service';
import { toImportReport } from './kostra.mapper';
import { KOSTRA_IMPORT_ROLES } from './kostra.policy';

const MAX_FILE_NAME = 255;

/** True when the server's JSON parser has read the body already (sent as application/json). */
function bodyAlreadyParsed(req: Request): boolean {
  return req.readableEnded && req.body !== undefined;
}

function fileNameOf(req: Request): string | null {
  const value = queryParam(req, 'filename');
  if (value === null || value.trim() === '') return null;
  if (/[\u0000-\u001F\u007F]/.test(value) || value.length > MAX_FILE_NAME) {
    throw UserError.field(
      'filename',
      'INVALID_FILE_NAME',
      `Filnavnet må være høyst ${MAX_FILE_NAME} tegn uten kontrolltegn. Gi filen et vanlig navn og prøv igjen.`,
    );
  }
  return value.trim();
}

/**
 * A KOSTRA file uploaded from the web page: the raw file as the body (sent as
 * application/octet-stream, so files of any size reach the import; application/json works for
 * small ones), `filename` in the query string. The coordinator and the administrator only (KOSTRA_IMPORT_ROLES); docs/kostra.md.
 */
@Controller('api/kostra')
export class KostraController {
  constructor(
    private readonly auth: AuthService,
    private readonly imports: KostraImportService,
  ) {}

  @Post('import')
  async upload(@Req() req: Request, @Res() res: Response): Promise<void> {
    let upload: SpooledUpload | null = null;
    let bodyRead = false;
    try {
      const actor = await authenticateRest(this.auth, req, { csrf: true });
      if (!hasRole(actor, ...KOSTRA_IMPORT_ROLES)) throw UserError.forbidden();
      const fileName = fileNameOf(req);
      const request = { regionId: actor.regionId, actor, source: 'FILE' as const, fileName };
      if (bodyAlreadyParsed(req)) {
        // sent as application/json: the server's JSON parser has read it already (small files)
        bodyRead = true;
        const report = await this.imports.importDocument(request, req.body);
        res.status(200).json(toImportReport(report));
        return;
      }
      const spooled = await spoolUpload(req, MAX_KOSTRA_BYTES);
      if ('tooLarge' in spooled) {
        hangUpAfterAnswer(req, res);
        res.status(413).json({
          code: 'FILE_TOO_LARGE',
          message: `Filen er for stor (høyst ${MAX_KOSTRA_BYTES / 1024 / 1024} MB). Hent færre regioner eller år om gangen.`,
        });
        return;
      }
      upload = spooled.upload;
      bodyRead = true;
      const text = await readFile(upload.path, 'utf8');
      const report = await this.imports.importText(request, text);
      res.status(200).json(toImportReport(report));
    } catch (error) {
      sendRestError(req, res, error, !bodyRead);
    } finally {
      await upload?.dispose();
    }
  }
}
