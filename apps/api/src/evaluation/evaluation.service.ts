import { Injectable } from '@nestjs/common';
import {
  addMonths,
  baselineProblems,
  COMPUTED_KINDS,
  endedPeriods,
  indicatorProblems,
  lastEndedPeriod,
  measurementProblems,
  periodOf,
  roundedShare,
  roundUnitCounts,
  runChartView,
  todayInNorway,
  type Baseline as DomainBaseline,
  type ComputedIndicatorKind as DomainKind,
  type EvaluationProblem,
  type Figure,
} from '@kp/domain';
import type { Actor } from '../auth/roles';
import { Scope } from '../auth/scope';
import { rejectIfAny, UserError } from '../common/errors/user-error';
import { ProtectionService } from '../gaps/protection/protection.service';
import { OrganisationRepository } from '../organisation/organisation.repository';
import type { MunicipalityRow, UnitRow } from '../organisation/organisation.rows';
import type {
  CreateIndicatorInput,
  EvaluationScopeInput,
  LinkIndicatorMeasureInput,
  RecordMeasurementInput,
  SetBaselineInput,
  SeptemberViewInput,
} from './dto/evaluation.inputs';
import {
  BaselineKind,
  ComputedIndicatorKind,
  EvaluationScopeLevel,
  IndicatorDirection,
  IndicatorSource,
  MeasurementSource,
  RunChartSignalKind,
} from './evaluation.enums';
import {
  EvaluationRepository,
  type BaselineRow,
  type IndicatorRow,
  type LinkedMeasureRow,
  type MeasurementRow,
  type PlaceRef,
} from './evaluation.repository';
import { measureRegion } from './measure-region';
import type { Indicator, IndicatorSeries, SeptemberView } from './models/evaluation.models';

/** A place resolved in the caller's region, with what the caller may do there. */
export interface ResolvedPlace extends PlaceRef {
  name: string;
  path: readonly string[];
  /** The caller may see every person here: figures are exact. */
  known: boolean;
  /** The caller may enter values and baselines here. */
  writable: boolean;
}

function problemsToFields(problems: EvaluationProblem[]) {
  return problems.map((p) => ({ field: p.field, code: p.code, message: p.message }));
}

/** Indicators, baselines, measurements, run charts and the September view. */
@Injectable()
export class EvaluationService {
  constructor(
    private readonly repository: EvaluationRepository,
    private readonly organisation: OrganisationRepository,
    private readonly protection: ProtectionService,
  ) {}

  // --- places -------------------------------------------------------------------------------

  async resolvePlace(actor: Actor, input: EvaluationScopeInput): Promise<ResolvedPlace> {
    const writes = Scope.organisationWrites(actor);
    const missing = () =>
      UserError.field('scope', 'UNKNOWN_SCOPE', 'Fant ikke kommunen eller enheten.');
    if (input.level === EvaluationScopeLevel.REGION) {
      return {
        level: 'REGION',
        id: actor.regionId,
        municipalityId: null,
        unitId: null,
        name: 'Hele regionen',
        path: [],
        known: false,
        writable: writes.regionWide,
      };
    }
    if (!input.id) throw missing();
    if (input.level === EvaluationScopeLevel.MUNICIPALITY) {
      const municipality = await this.organisation.findMunicipalityInRegion(
        actor.regionId,
        input.id,
      );
      if (!municipality) throw missing();
      return this.municipalityPlace(actor, municipality);
    }
    const unit = await this.organisation.findUnitInRegion(actor.regionId, input.id);
    if (!unit) throw missing();
    return this.unitPlace(actor, unit);
  }

  municipalityPlace(
    actor: Actor,
    municipality: Pick<MunicipalityRow, 'id' | 'name'>,
  ): ResolvedPlace {
    const personal = Scope.personalData(actor);
    return {
      level: 'MUNICIPALITY',
      id: municipality.id,
      municipalityId: municipality.id,
      unitId: null,
      name: municipality.name,
      path: [],
      known: personal.coversMunicipality(municipality.id) && !personal.regionWide,
      writable: Scope.organisationWrites(actor).coversMunicipality(municipality.id),
    };
  }

  unitPlace(
    actor: Actor,
    unit: Pick<UnitRow, 'id' | 'name' | 'municipalityId' | 'path'>,
  ): ResolvedPlace {
    const personal = Scope.personalData(actor);
    const place = { municipalityId: unit.municipalityId, path: unit.path };
    return {
      level: 'UNIT',
      id: unit.id,
      municipalityId: unit.municipalityId,
      unitId: unit.id,
      name: unit.name,
      path: unit.path,
      known: personal.covers(place) && !personal.regionWide,
      writable: Scope.organisationWrites(actor).covers(place),
    };
  }

  private async writablePlace(actor: Actor, input: EvaluationScopeInput): Promise<ResolvedPlace> {
    const place = await this.resolvePlace(actor, input);
    // a place the caller may not enter for answers as one that does not exist
    if (!place.writable) {
      throw UserError.field('scope', 'UNKNOWN_SCOPE', 'Fant ikke kommunen eller enheten.');
    }
    return place;
  }

  // --- indicators ----------------------------------------------------------------------------

  async indicators(actor: Actor): Promise<Indicator[]> {
    const found = await this.repository.listIndicators(actor.regionId);
    return this.toModels(found);
  }

  private async toModels(found: readonly IndicatorRow[]): Promise<Indicator[]> {
    const links = await this.repository.linkedMeasures(found.map((i) => i.id));
    return found.map((row) => this.toModel(row, links));
  }

  private toModel(row: IndicatorRow, links: readonly LinkedMeasureRow[]): Indicator {
    return {
      id: row.id,
      name: row.name,
      description: row.description,
      source: row.source as IndicatorSource,
      computedKind: row.computedKind as ComputedIndicatorKind | null,
      competenceId: row.competenceId,
      tag: row.tag,
      kostraCode: row.kostraCode,
      unit: row.unit,
      decimals: row.decimals,
      direction: row.direction as IndicatorDirection,
      target: row.target,
      countsPeople: this.countsPeople(row),
      measures: links
        .filter((l) => l.indicatorId === row.id)
        .map((l) => ({
          id: l.measureId,
          title: l.title,
          status: l.status,
          municipalityId: l.municipalityId,
          startsOn: l.startsOn,
          endsOn: l.endsOn,
        })),
    };
  }

  private countsPeople(row: IndicatorRow): boolean {
    return row.source === 'COMPUTED' && row.computedKind !== null;
  }

  async createIndicator(actor: Actor, input: CreateIndicatorInput): Promise<Indicator> {
    const spec = input.computedKind ? COMPUTED_KINDS[input.computedKind as DomainKind] : null;
    const computed = input.source === IndicatorSource.COMPUTED;
    const values = {
      name: input.name,
      source: input.source,
      computedKind: computed ? (input.computedKind ?? null) : null,
      competenceId:
        computed && spec?.subject === 'COMPETENCE' ? (input.competenceId ?? null) : null,
      tag: computed && spec?.subject === 'TAG' ? (input.tag?.trim() ?? null) : null,
      kostraCode: input.source === IndicatorSource.KOSTRA ? (input.kostraCode?.trim() ?? '') : null,
      unit: (computed && spec ? spec.unit : input.unit?.trim()) ?? '',
      decimals: (computed && spec ? spec.decimals : input.decimals) ?? 1,
      direction:
        (computed && spec ? spec.direction : input.direction) ??
        IndicatorDirection.HIGHER_IS_BETTER,
      target: input.target ?? null,
    };
    const problems = indicatorProblems(values);
    if (
      values.competenceId &&
      !(await this.repository.competenceInRegion(actor.regionId, values.competenceId))
    ) {
      problems.push({
        field: 'competenceId',
        code: 'UNKNOWN_COMPETENCE',
        message: 'Fant ikke kompetansen.',
      });
    }
    rejectIfAny(problemsToFields(problems));
    const db = this.repository.dataSource;
    const id = await db.transaction(async (manager) => {
      const created = await this.repository.insertIndicator(
        manager,
        {
          regionId: actor.regionId,
          description: input.description?.trim() ?? '',
          ...values,
          name: values.name.trim(),
        },
        actor.userId,
      );
      if (!created) {
        throw UserError.field(
          computed ? 'computedKind' : 'kostraCode',
          'DUPLICATE_INDICATOR',
          computed
            ? 'Denne indikatoren finnes allerede (samme beregning og samme kompetanse eller satsingsområde).'
            : 'Det finnes allerede en indikator med denne KOSTRA-koden.',
        );
      }
      if (computed) {
        // a new computed indicator gets the history of every month measured so far
        const periods = await this.repository.measuredPeriods(actor.regionId);
        await measureRegion(manager, this.repository, actor.regionId, periods, 'REBUILT', [
          created,
        ]);
      }
      return created;
    });
    const row = await this.repository.findIndicator(actor.regionId, id);
    if (!row) throw UserError.notFound('indikatoren');
    return this.toModel(row, []);
  }

  private async indicatorOrMissing(actor: Actor, id: string): Promise<IndicatorRow> {
    const row = await this.repository.findIndicator(actor.regionId, id);
    if (!row) throw UserError.field('indicatorId', 'UNKNOWN_INDICATOR', 'Fant ikke indikatoren.');
    return row;
  }

  // --- baselines and measurements --------------------------------------------------------------

  async setBaseline(actor: Actor, input: SetBaselineInput): Promise<IndicatorSeries> {
    const indicator = await this.indicatorOrMissing(actor, input.indicatorId);
    const place = await this.writablePlace(actor, input.scope);
    const today = todayInNorway();
    const baseline =
      input.kind === BaselineKind.PERIOD
        ? {
            kind: 'PERIOD' as const,
            fromPeriod: input.fromPeriod ?? '',
            toPeriod: input.toPeriod ?? '',
          }
        : {
            kind: 'VALUE' as const,
            value: input.value ?? Number.NaN,
            measuredOn: input.measuredOn ?? '',
          };
    rejectIfAny(problemsToFields(baselineProblems(baseline, indicator, today)));
    await this.repository.upsertBaseline(
      this.repository.dataSource,
      actor.regionId,
      indicator.id,
      place,
      baseline.kind === 'PERIOD'
        ? {
            kind: 'PERIOD',
            fromPeriod: baseline.fromPeriod,
            toPeriod: baseline.toPeriod,
            value: null,
            measuredOn: null,
          }
        : {
            kind: 'VALUE',
            fromPeriod: null,
            toPeriod: null,
            value: baseline.value,
            measuredOn: baseline.measuredOn,
          },
      actor.userId,
    );
    return this.series(actor, indicator.id, input.scope);
  }

  private enteredOnly(indicator: IndicatorRow): void {
    if (indicator.source !== 'ENTERED') {
      throw UserError.field(
        'indicatorId',
        'NOT_ENTERED',
        indicator.source === 'COMPUTED'
          ? 'Denne indikatoren beregnes av tjenesten hver måned og kan ikke registreres for hånd.'
          : 'KOSTRA-tall kommer fra KOSTRA-importen og kan ikke registreres for hånd.',
      );
    }
  }

  async recordMeasurement(actor: Actor, input: RecordMeasurementInput): Promise<IndicatorSeries> {
    const indicator = await this.indicatorOrMissing(actor, input.indicatorId);
    const place = await this.writablePlace(actor, input.scope);
    this.enteredOnly(indicator);
    rejectIfAny(problemsToFields(measurementProblems(input, indicator, todayInNorway())));
    await this.repository.dataSource.transaction((manager) =>
      this.repository.replaceMeasurements(
        manager,
        actor.regionId,
        [
          {
            indicatorId: indicator.id,
            place,
            period: periodOf(input.measuredOn),
            measuredOn: input.measuredOn,
            value: input.value,
            numerator: null,
            denominator: null,
            source: 'ENTERED',
          },
        ],
        actor.userId,
      ),
    );
    return this.series(actor, indicator.id, input.scope);
  }

  /** Entered rows from a file, all checked before anything is written (see measurement-file.ts). */
  async recordMany(
    actor: Actor,
    indicatorId: string,
    rows: readonly { place: ResolvedPlace; value: number; measuredOn: string }[],
    source: 'IMPORTED',
  ): Promise<number> {
    await this.repository.dataSource.transaction((manager) =>
      this.repository.replaceMeasurements(
        manager,
        actor.regionId,
        rows.map((r) => ({
          indicatorId,
          place: r.place,
          period: periodOf(r.measuredOn),
          measuredOn: r.measuredOn,
          value: r.value,
          numerator: null,
          denominator: null,
          source,
        })),
        actor.userId,
      ),
    );
    return rows.length;
  }

  async enteredIndicator(actor: Actor, indicatorId: string): Promise<IndicatorRow> {
    const indicator = await this.indicatorOrMissing(actor, indicatorId);
    this.enteredOnly(indicator);
    return indicator;
  }

  async linkMeasure(actor: Actor, input: LinkIndicatorMeasureInput): Promise<Indicator> {
    const indicator = await this.indicatorOrMissing(actor, input.indicatorId);
    const measure = await this.repository.findMeasurePlace(actor.regionId, input.measureId);
    const writes = Scope.organisationWrites(actor);
    const reachable =
      measure !== null &&
      (measure.municipalityId === null
        ? writes.regionWide
        : measure.unitPath
          ? writes.covers({ municipalityId: measure.municipalityId, path: measure.unitPath })
          : writes.coversMunicipality(measure.municipalityId));
    if (!measure || !reachable) {
      throw UserError.field('measureId', 'UNKNOWN_MEASURE', 'Fant ikke tiltaket.');
    }
    await this.repository.setLink(
      actor.regionId,
      indicator.id,
      measure.id,
      input.linked,
      actor.userId,
    );
    const [model] = await this.toModels([indicator]);
    return model;
  }

  /** Measures every month from the first employee's start that has not been measured yet. */
  async rebuildHistory(actor: Actor): Promise<string[]> {
    return this.rebuildRegion(actor.regionId);
  }

  async rebuildRegion(regionId: string, months = 36): Promise<string[]> {
    const today = todayInNorway();
    // at most `months` back: older months say little about today's organisation
    const earliest = periodOf(addMonths(`${lastEndedPeriod(today)}-01`, -(months - 1)));
    let first = await this.repository.firstStaffPeriod(regionId);
    if (!first || first < earliest) first = earliest;
    const periods = endedPeriods(first, today);
    return this.repository.dataSource.transaction((manager) =>
      measureRegion(manager, this.repository, regionId, periods, 'REBUILT'),
    );
  }

  // --- reading ---------------------------------------------------------------------------------

  private toDomainBaseline(row: BaselineRow | undefined): DomainBaseline | null {
    if (!row) return null;
    return {
      kind: row.kind,
      fromPeriod: row.fromPeriod,
      toPeriod: row.toPeriod,
      value: row.value,
      measuredOn: row.measuredOn,
    };
  }

  /**
   * The series of one indicator in one place: exact for entered values and for callers who
   * may see every person there; otherwise built from the units' rounded counts.
   */
  private async points(
    actor: Actor,
    indicator: IndicatorRow,
    place: ResolvedPlace,
  ): Promise<{ rows: MeasurementRow[]; rounded: boolean }> {
    const stored = await this.repository.series([indicator.id], [place.id]);
    const spec = indicator.computedKind
      ? COMPUTED_KINDS[indicator.computedKind as DomainKind]
      : null;
    if (!spec || place.known) return { rows: stored, rounded: false };
    if (
      indicator.computedKind === 'COMPETENCE_COVERAGE' ||
      indicator.computedKind === 'FOCUS_AREA_COVERAGE'
    ) {
      return { rows: await this.roundedCoverage(actor, indicator, place, stored), rounded: true };
    }
    const units = await this.unitsOf(actor.regionId, place);
    const counts = await this.repository.unitCounts(indicator.id, units);
    const [{ k }, draws] = await Promise.all([
      this.repository.minGroupSize(actor.regionId),
      this.protection.regionDraws(actor.regionId),
    ]);
    const byPeriod = new Map<
      string,
      { unitId: string; numerator: number; denominator: number }[]
    >();
    for (const c of counts) {
      const list = byPeriod.get(c.period) ?? [];
      list.push(c);
      byPeriod.set(c.period, list);
    }
    const rows = stored.map((row) => {
      const ofPeriod = byPeriod.get(row.period) ?? [];
      // leavers are no longer staff: their count is rounded apart from the staff's
      const nested =
        indicator.computedKind !== 'TURNOVER' && indicator.computedKind !== 'STAFF_LEAVING';
      const rounded = roundUnitCounts(ofPeriod, `${indicator.id}|${row.period}`, k, draws, nested);
      const figure: Figure =
        spec.figure === 'COUNT'
          ? { numerator: rounded.reduce((s, c) => s + c.numerator, 0), denominator: 0, value: 0 }
          : roundedShare(rounded, spec.decimals);
      const value = spec.figure === 'COUNT' ? figure.numerator : figure.value;
      return { ...row, value, numerator: null, denominator: null };
    });
    return { rows, rounded: true };
  }

  /**
   * Coverage for a reader who may not see the people: the covered count (people, or FTE from
   * them) rounded to a multiple of k with the region's draws, against the exact required
   * amounts (they describe units, not people).
   */
  private async roundedCoverage(
    actor: Actor,
    indicator: IndicatorRow,
    place: ResolvedPlace,
    stored: MeasurementRow[],
  ): Promise<MeasurementRow[]> {
    const [{ k }, draws] = await Promise.all([
      this.repository.minGroupSize(actor.regionId),
      this.protection.regionDraws(actor.regionId),
    ]);
    return stored.map((row) => {
      if (row.numerator === null || row.denominator === null || row.denominator === 0) {
        return { ...row, numerator: null, denominator: null };
      }
      const [rounded] = roundUnitCounts(
        [{ unitId: place.id, numerator: Math.round(row.numerator), denominator: 0 }],
        `${indicator.id}|${row.period}|cov`,
        k,
        draws,
      );
      const covered = Math.min(rounded.numerator, row.denominator);
      const share = roundedShare(
        [{ numerator: covered, denominator: row.denominator }],
        indicator.decimals,
      );
      return { ...row, value: share.value, numerator: null, denominator: null };
    });
  }

  private async unitsOf(regionId: string, place: ResolvedPlace): Promise<string[]> {
    const units = await this.organisation.listUnitsOfRegion(regionId);
    if (place.level === 'REGION') return units.map((u) => u.id);
    if (place.level === 'MUNICIPALITY') {
      return units.filter((u) => u.municipalityId === place.id).map((u) => u.id);
    }
    return units.filter((u) => u.path.includes(place.id)).map((u) => u.id);
  }

  async series(
    actor: Actor,
    indicatorId: string,
    scope: EvaluationScopeInput,
  ): Promise<IndicatorSeries> {
    const indicator = await this.indicatorOrMissing(actor, indicatorId);
    const place = await this.resolvePlace(actor, scope);
    const [{ rows: found, rounded }, baselines, links] = await Promise.all([
      this.points(actor, indicator, place),
      this.repository.findBaselines([indicator.id], [place.id]),
      this.repository.linkedMeasures([indicator.id]),
    ]);
    const baseline = this.toDomainBaseline(baselines[0]);
    const withValues = found.filter((r) => r.value !== null);
    const view = runChartView(
      withValues.map((r) => ({ period: r.period, value: r.value as number })),
      baseline,
    );
    const inSignal = new Set(
      view.analysis.signals.flatMap((s) => s.points.map((i) => view.points[i].period)),
    );
    const shown = new Set(view.points.map((p) => p.period));
    return {
      indicator: this.toModel(indicator, links),
      scopeLevel: place.level as EvaluationScopeLevel,
      scopeId: place.id,
      scopeName: place.name,
      baseline: baseline
        ? {
            kind: baseline.kind as BaselineKind,
            fromPeriod: baseline.fromPeriod,
            toPeriod: baseline.toPeriod,
            value: baseline.value,
            measuredOn: baseline.measuredOn,
          }
        : null,
      median: view.baselineValue,
      points: found
        .filter((r) => r.value === null || shown.has(r.period) || !baseline)
        .map((r) => ({
          period: r.period,
          measuredOn: r.measuredOn,
          value: r.value,
          source: r.source as MeasurementSource,
          enteredBy: r.enteredByName,
          inBaseline:
            baseline?.kind === 'PERIOD' &&
            r.period >= (baseline.fromPeriod ?? '') &&
            r.period <= (baseline.toPeriod ?? ''),
          inSignal: inSignal.has(r.period),
        })),
      signals: view.analysis.signals.map((s, i) => ({
        kind: s.kind as RunChartSignalKind,
        direction: s.direction,
        periods: s.points.map((p) => view.points[p].period),
        sentence: view.sentences[i],
      })),
      runs: view.analysis.runs,
      runsLower: view.analysis.runsLimits?.lower ?? null,
      runsUpper: view.analysis.runsLimits?.upper ?? null,
      rounded,
      canEnter: place.writable && indicator.source === 'ENTERED',
      canSetBaseline: place.writable,
    };
  }

  async septemberView(actor: Actor, input: SeptemberViewInput): Promise<SeptemberView> {
    const found = await this.repository.findIndicatorsByIds(actor.regionId, input.indicatorIds);
    const municipalities = await this.organisation.listMunicipalities(actor.regionId);
    const scopes: EvaluationScopeInput[] = [
      { level: EvaluationScopeLevel.REGION, id: null },
      ...municipalities.map((m) => ({ level: EvaluationScopeLevel.MUNICIPALITY, id: m.id })),
    ];
    const out: SeptemberView = { indicators: await this.toModels(found), scopes: [] };
    for (const scope of scopes) {
      const place = await this.resolvePlace(actor, scope);
      const cells = [];
      for (const indicator of found) {
        const series = await this.series(actor, indicator.id, scope);
        const current = [...series.points].reverse().find((p) => p.value !== null) ?? null;
        const baselineValue = series.median;
        const change =
          current?.value !== null && current?.value !== undefined && baselineValue !== null
            ? Math.round((current.value - baselineValue) * 10 ** indicator.decimals) /
              10 ** indicator.decimals
            : null;
        cells.push({
          indicatorId: indicator.id,
          baselineValue,
          currentPeriod: current?.period ?? null,
          currentValue: current?.value ?? null,
          change,
          improved:
            change !== null &&
            (indicator.direction === 'HIGHER_IS_BETTER' ? change > 0 : change < 0),
          signals: series.signals.map((s) => s.sentence),
          rounded: series.rounded,
        });
      }
      out.scopes.push({
        level: place.level as EvaluationScopeLevel,
        id: place.id,
        name: place.name,
        cells,
      });
    }
    return out;
  }
}
