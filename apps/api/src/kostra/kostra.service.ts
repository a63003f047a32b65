import { Inject, Injectable } from '@nestjs/common';
import {
  countyCodeOf,
  explainOwnFigure,
  ownHealthEducationShare,
  regionMean,
  todayInNorway,
} from '@kp/domain';
import { APP_CONFIG } from '../app-config.provider';
import type { Actor } from '../auth/roles';
import { UserError } from '../common/errors/user-error';
import type { AppConfig } from '../config';
import type { SsbFetchInput } from './dto/ssb-fetch.input';
import {
  KostraImportService,
  type KostraImportReport,
  type KostraImportRequest,
} from './kostra-import.service';
import { KostraRepository, type KostraFigureRow } from './kostra.repository';
import {
  KostraComparison,
  KostraImportRun,
  KostraImportSource,
  KostraIndicatorComparison,
  KostraOwnFigure,
  KostraPoint,
  KostraSeries,
  KostraSeriesKind,
} from './models/kostra.model';
import { DEFAULT_SSB_API_URL, fetchSsbTable } from './ssb-client';

/** The indicator the service also computes itself (docs/kostra.md, "Own figure"). */
export const HEALTH_EDUCATION_SHARE = 'KOSandelmhelseut0000';

export const REGION_NOTE =
  'Regionen er ikke en region hos SSB. Tallet er gjennomsnittet av kommunenes tall (uvektet), regnet ut av tjenesten; kommuner uten tall er holdt utenfor, og antallet kommuner står ved hvert år.';

type Points = Map<number, KostraFigureRow>;

function byRegion(figures: KostraFigureRow[]): Map<string, Points> {
  const result = new Map<string, Points>();
  for (const f of figures) {
    const points = result.get(f.region) ?? new Map<number, KostraFigureRow>();
    points.set(f.year, f);
    result.set(f.region, points);
  }
  return result;
}

/** A municipality's figures, its retired numbers' figures filling the years before. */
function merged(codes: string[], figures: Map<string, Points>): Points {
  const result: Points = new Map();
  for (const code of codes) {
    for (const [year, f] of figures.get(code) ?? []) if (!result.has(year)) result.set(year, f);
  }
  return result;
}

function point(year: number, f: KostraFigureRow | undefined): KostraPoint {
  return { year, value: f?.value ?? null, status: f?.status ?? null, basis: null };
}

const SSB_CODE = /^[A-Za-z0-9]{1,60}$/;
const REGION_CODE = /^([0-9]{4}|EKA[0-9]{2}|EKG[0-9]{2}|EAK|EAKUO)$/;

@Injectable()
export class KostraService {
  constructor(
    private readonly repository: KostraRepository,
    private readonly importer: KostraImportService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  indicators(actor: Actor) {
    return this.repository.indicators(actor.regionId);
  }

  async importRuns(actor: Actor, first: number): Promise<KostraImportRun[]> {
    const runs = await this.repository.imports(actor.regionId, first);
    return runs.map((run) => ({ ...run, source: KostraImportSource[run.source] }));
  }

  private async municipalityOf(actor: Actor, municipalityId: string) {
    const municipality = await this.repository.municipality(actor.regionId, municipalityId);
    if (!municipality) throw UserError.notFound('kommunen');
    return municipality;
  }

  async comparison(
    actor: Actor,
    municipalityId: string,
    indicatorCode: string | null,
  ): Promise<KostraComparison> {
    const municipality = await this.municipalityOf(actor, municipalityId);
    const members = await this.repository.municipalities(actor.regionId);
    const retired = await this.repository.predecessorsOf(members.map((m) => m.number));
    const codesOf = (number: string) => [
      number,
      ...retired.filter((r) => r.successor === number).map((r) => r.code),
    ];
    const county = countyCodeOf(municipality.number);
    const group = municipality.kostraGroup;
    const codes = [
      ...members.flatMap((m) => codesOf(m.number)),
      county,
      'EAK',
      ...(group ? [group] : []),
    ];
    const [figures, indicators, labels] = await Promise.all([
      this.repository.figures(actor.regionId, codes, indicatorCode),
      this.repository.indicators(actor.regionId),
      this.repository.regionLabels(actor.regionId, [county, 'EAK', ...(group ? [group] : [])]),
    ]);
    const byIndicator = new Map<string, KostraFigureRow[]>();
    for (const f of figures) {
      byIndicator.set(f.indicator, [...(byIndicator.get(f.indicator) ?? []), f]);
    }
    const comparisons: KostraIndicatorComparison[] = [];
    for (const indicator of indicators) {
      const rowsOf = byIndicator.get(indicator.code);
      if (!rowsOf) continue;
      const regions = byRegion(rowsOf);
      const own = merged(codesOf(municipality.number), regions);
      const memberPoints = members.map((m) => merged(codesOf(m.number), regions));
      const years = [...new Set(rowsOf.map((f) => f.year))].sort((a, b) => a - b);
      const ssbSeries = (kind: KostraSeriesKind, code: string): KostraSeries => ({
        kind,
        code,
        label: labels.get(code) ?? code,
        computed: false,
        points: years.map((year) => point(year, regions.get(code)?.get(year))),
      });
      const series: KostraSeries[] = [
        {
          kind: KostraSeriesKind.MUNICIPALITY,
          code: municipality.number,
          label: municipality.name,
          computed: false,
          points: years.map((year) => point(year, own.get(year))),
        },
        {
          kind: KostraSeriesKind.REGION,
          code: null,
          label: 'Regionen',
          computed: true,
          points: years.map((year) => {
            const mean = regionMean(
              memberPoints.map((p) => p.get(year)?.value ?? null),
              indicator.decimals,
            );
            return { year, value: mean.value, status: null, basis: mean.count };
          }),
        },
        ...(group ? [ssbSeries(KostraSeriesKind.KOSTRA_GROUP, group)] : []),
        ssbSeries(KostraSeriesKind.COUNTY, county),
        ssbSeries(KostraSeriesKind.COUNTRY, 'EAK'),
      ];
      comparisons.push({ indicator, years, series });
    }
    return {
      municipalityId: municipality.id,
      municipalityNumber: municipality.number,
      municipalityName: municipality.name,
      kostraGroup: group,
      regionNote: REGION_NOTE,
      indicators: comparisons,
    };
  }

  async ownFigure(actor: Actor, municipalityId: string): Promise<KostraOwnFigure> {
    const municipality = await this.municipalityOf(actor, municipalityId);
    const [staff, minGroupSize, figures, indicators] = await Promise.all([
      this.repository.staff(actor.regionId, municipality.id),
      this.repository.minGroupSize(actor.regionId),
      this.repository.figures(actor.regionId, [municipality.number], HEALTH_EDUCATION_SHARE),
      this.repository.indicators(actor.regionId),
    ]);
    const own = ownHealthEducationShare(staff);
    const latest = figures.at(-1) ?? null;
    const ssb = latest ? { year: latest.year, value: latest.value, status: latest.status } : null;
    const asOf = todayInNorway();
    // the figure counts people: hidden below the region's smallest group, like other aggregates
    const suppressed = own.people > 0 && own.people < minGroupSize;
    const explanation = suppressed
      ? [
          `Tjenestens tall vises ikke: det bygger på færre enn ${minGroupSize} ansatte (minste gruppe som vises).`,
        ]
      : explainOwnFigure({ own, asOf, ssb });
    return {
      municipalityId: municipality.id,
      indicatorCode: HEALTH_EDUCATION_SHARE,
      asOf,
      ownValue: suppressed ? null : own.share,
      suppressed,
      ownFte: suppressed ? null : own.fte,
      ssbYear: ssb?.year ?? null,
      ssbValue: ssb?.value ?? null,
      ssbStatus: ssb?.status ?? null,
      decimals: indicators.find((i) => i.code === HEALTH_EDUCATION_SHARE)?.decimals ?? 1,
      explanation,
    };
  }

  /** Asks SSB's API and imports the answer through the same pipeline as a file. */
  async fetchFromSsb(
    request: Omit<KostraImportRequest, 'fileName'>,
    input: SsbFetchInput,
  ): Promise<KostraImportReport> {
    const problems: { field: string; code: string; message: string }[] = [];
    if (!/^\d{5}$/.test(input.tableId)) {
      problems.push({
        field: 'tableId',
        code: 'INVALID_FORMAT',
        message: 'Tabellnummer må være fem sifre, for eksempel 12209',
      });
    }
    const bad = (values: string[], pattern: RegExp) => values.find((v) => !pattern.test(v));
    const badIndicator = bad(input.indicators, SSB_CODE);
    if (badIndicator !== undefined) {
      problems.push({
        field: 'indicators',
        code: 'INVALID_FORMAT',
        message: `Nøkkeltall «${badIndicator}» er ikke en SSB-kode (bokstaver og sifre, høyst 60 tegn)`,
      });
    }
    const badRegion = bad(input.regions, REGION_CODE);
    if (badRegion !== undefined) {
      problems.push({
        field: 'regions',
        code: 'INVALID_FORMAT',
        message: `Region «${badRegion}» er ikke en SSB-regionkode (kommunenummer med fire sifre, EKA34, EKG08, EAK)`,
      });
    }
    const badYear = bad(input.years, /^\d{4}$/);
    if (badYear !== undefined) {
      problems.push({
        field: 'years',
        code: 'INVALID_FORMAT',
        message: `År «${badYear}» må være fire sifre, for eksempel 2024`,
      });
    }
    if (problems.length > 0) throw UserError.invalidInput(problems);
    const document = await fetchSsbTable(this.config.ssbApiUrl ?? DEFAULT_SSB_API_URL, {
      tableId: input.tableId,
      indicators: input.indicators,
      regions: input.regions,
      years: input.years,
      regionDimension: input.regionDimension || 'KOKkommuneregion0000',
    });
    return this.importer.importDocument(
      { ...request, fileName: `ssb-${input.tableId}.json` },
      document,
    );
  }
}
