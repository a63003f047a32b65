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
import { isIsoDate, todayInNorway } from '@kp/domain';
import { foldFileName } from './file-name';
import { EXPORT_CONTENT_TYPES, readExportFormat } from './export-format';
import { ExportsService } from './exports.service';
import { FundingReportService } from '../participation/funding-report.service';
import { OrganisationRepository } from '../organisation/organisation.repository';
import { writeFundingReport } from './funding-report.export';

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
    private readonly fundingReports: FundingReportService,
    private readonly organisation: OrganisationRepository,
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

  /**
   * The funding report (docs/participation.md) for the grant report to Statsforvalteren:
   * `from`/`to` (ISO dates) or `year`/`half`, and `municipality` (kommunenummer; omitted = the
   * region). The same figures as the fundingReport query, for the same roles.
   */
  @Get('funding-report')
  async fundingReport(@Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      const actor = await authenticateRest(this.auth, req, { csrf: false });
      if (
        !hasRole(
          actor,
          Role.MUNICIPALITY_HR,
          Role.UNIT_LEADER,
          Role.REGIONAL_COORDINATOR,
          Role.BOARD_MEMBER,
        )
      ) {
        throw UserError.forbidden();
      }
      const format = readExportFormat(queryParam(req, 'format'));
      const input = {
        from: isoDateParam(req, 'from', 'Fra dato'),
        to: isoDateParam(req, 'to', 'Til dato'),
        year: wholeNumberParam(req, 'year', 'År'),
        half: wholeNumberParam(req, 'half', 'Halvår'),
        municipalityId: await this.municipalityParam(req, actor.regionId),
      };
      await this.heavyWork.run(`user:${actor.userId}`, async () => {
        const report = await this.fundingReports.build(actor, input);
        const name = foldFileName(['tilskuddsrapport', report.scopeName, report.from, report.to]);
        res.status(200);
        res.setHeader('Content-Type', EXPORT_CONTENT_TYPES[format]);
        res.setHeader('Content-Disposition', `attachment; filename="${name}.${format}"`);
        res.setHeader('Cache-Control', 'no-store');
        await writeFundingReport(report, format, res);
      });
    } catch (error) {
      sendRestError(req, res, error, false);
    }
  }

  /** `municipality` as a kommunenummer of the region, or null for the whole region. */
  private async municipalityParam(req: Request, regionId: string): Promise<string | null> {
    if (!queryParam(req, 'municipality')) return null;
    const municipality = await this.organisation.findMunicipalityByNumber(
      regionId,
      requireMunicipalityNumber(req),
    );
    if (!municipality) throw UserError.notFound('kommunen.');
    return municipality.id;
  }
}

function isoDateParam(req: Request, name: string, label: string): string | null {
  const value = queryParam(req, name);
  if (value === null || value === '') return null;
  if (!isIsoDate(value)) {
    throw UserError.field(name, 'INVALID_DATE', `${label} må være en dato på formen 2026-01-31.`);
  }
  return value;
}

function wholeNumberParam(req: Request, name: string, label: string): number | null {
  const value = queryParam(req, name);
  if (value === null || value === '') return null;
  if (!/^\d{1,4}$/.test(value)) {
    throw UserError.field(name, 'INVALID_NUMBER', `${label} må være et helt tall.`);
  }
  const number = Number(value);
  if (name === 'half' && number !== 1 && number !== 2) {
    throw UserError.field(name, 'INVALID_CHOICE', 'Halvår må være 1 eller 2.');
  }
  if (name === 'year' && (number < 2000 || number > 2100)) {
    throw UserError.field(name, 'OUT_OF_RANGE', 'År må være mellom 2000 og 2100.');
  }
  return number;
}
