import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuthService } from '../auth/auth.service';
import { hasRole, Role } from '../auth/roles';
import { HeavyWorkLimiter } from '../common/heavy-work';
import { UserError } from '../common/errors/user-error';
import {
  authenticateRest,
  queryParam,
  requireMunicipalityNumber,
  sendRestError,
} from '../imports/rest-request';
import { todayInNorway } from '@kp/domain';
import { foldFileName } from './file-name';
import { EXPORT_CONTENT_TYPES, readExportFormat } from './export-format';
import { ExportsService } from './exports.service';

/**
 * Downloads for leaders. A plain GET the web app can link to; it changes nothing, so no CSRF
 * token is needed (a cross-site page can start the download but cannot read it). Rules per
 * route are listed in docs/imports.md.
 */
@Controller('api/exports')
export class ExportsController {
  constructor(
    private readonly auth: AuthService,
    private readonly exports: ExportsService,
    private readonly heavyWork: HeavyWorkLimiter,
  ) {}

  @Get('competence-overview')
  async competenceOverview(@Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      const actor = await authenticateRest(this.auth, req, { csrf: false });
      if (!hasRole(actor, Role.MUNICIPALITY_HR, Role.UNIT_LEADER)) throw UserError.forbidden();
      const number = requireMunicipalityNumber(req);
      const format = readExportFormat(queryParam(req, 'format'));
      // a whole municipality's history: one of the heavy-work slots, as the gap engine
      await this.heavyWork.run(`user:${actor.userId}`, async () => {
        const today = todayInNorway();
        const plan = await this.exports.plan(
          actor,
          number,
          queryParam(req, 'unitId'),
          format,
          today,
        );

        const name = foldFileName(
          ['kompetanseoversikt', plan.municipality.name, plan.unit?.name, today].filter(
            (part): part is string => Boolean(part),
          ),
        );
        res.status(200);
        res.setHeader('Content-Type', EXPORT_CONTENT_TYPES[format]);
        res.setHeader('Content-Disposition', `attachment; filename="${name}.${format}"`);
        res.setHeader('Cache-Control', 'no-store');
        await this.exports.write(plan, format, res);
      });
    } catch (error) {
      sendRestError(req, res, error, false);
    }
  }
}
