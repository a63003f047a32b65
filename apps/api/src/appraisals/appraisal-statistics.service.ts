import { Injectable } from '@nestjs/common';
import {
  type AtomScope,
  choiceCount,
  choices,
  completedCount,
  completionFigures,
  DEVELOPMENT_WAY_NAMES,
  DEVELOPMENT_WAYS,
  type DevelopmentWay,
  staffCount,
  teachingCount,
  teachingTopics,
  todayInNorway,
} from '@kp/domain';
import { isUUID } from 'class-validator';
import { OrganisationRepository } from '../organisation/organisation.repository';
import { UnitKind, type UnitRow } from '../organisation/organisation.rows';
import { CompetencesRepository } from '../competences/competences.repository';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/roles';
import { Scope } from '../auth/scope';
import { UserError } from '../common/errors/user-error';
import { AppraisalCyclesRepository } from './appraisal-cycles.repository';
import { appraisalFigure, exactFigure, protectedFigure } from './appraisal-figures';
import {
  AppraisalStatisticsRepository,
  CompetenceCountRow,
  StatisticsScope,
} from './appraisal-statistics.repository';
import { toCycle, toDevelopmentWay } from './appraisal.mapper';
import type { AppraisalCycleRow } from './appraisal.rows';
import {
  AppraisalStatistics,
  AppraisalCompetenceFigure,
  AppraisalStatisticsLevel,
} from './models/appraisal-statistics.model';
import type { TeachingDirectoryTopic } from './models/teaching-directory.model';
import { ProtectionService } from '../gaps/protection/protection.service';

export interface StatisticsArgs {
  unitId?: string | null;
  municipalityId?: string | null;
  cycleId?: string | null;
}

interface ResolvedScope {
  scope: StatisticsScope;
  name: string;
  municipalityId: string | null;
  /** The unit's path, for a unit leader's access. */
  unitPath: string[];
}

/** Largest first; equal ones in a fixed order (`tie`). */
function largestFirst<T extends { people: { value: number | null } }>(
  items: T[],
  tie: (a: T, b: T) => number,
): T[] {
  return [...items].sort((a, b) => (b.people.value ?? 0) - (a.people.value ?? 0) || tie(a, b));
}

/** Aggregates over appraisals and the regional directory of people who can teach. */
@Injectable()
export class AppraisalStatisticsService {
  constructor(
    private readonly repository: AppraisalStatisticsRepository,
    private readonly cycles: AppraisalCyclesRepository,
    private readonly protection: ProtectionService,
    private readonly audit: AuditService,
    private readonly organisation: OrganisationRepository,
    private readonly catalogue: CompetencesRepository,
  ) {}

  /**
   * The atoms of the region as the caller sees them: exact in their personal-data scope (a
   * unit leader's units, HR's municipality), rounded elsewhere.
   */
  private async atomScope(actor: Actor, unitIds: (units: UnitRow[]) => string[]) {
    const [settings, units] = await Promise.all([
      this.repository.regionSettings(actor.regionId),
      this.organisation.listUnitsOfRegion(actor.regionId),
    ]);
    const atoms = await this.protection.atoms({
      regionId: actor.regionId,
      k: settings.k,
      retirementAge: settings.retirementAge,
      today: todayInNorway(),
    });
    const personal = Scope.personalData(actor);
    const unitById = new Map(units.map((u) => [u.id, u]));
    const knows = (unitId: string) => {
      const unit = unitById.get(unitId);
      return !!unit && personal.covers(unit);
    };
    const scope = (ids: string[]): AtomScope => ({ atoms, unitIds: ids, knows });
    return { k: settings.k, units, scope, all: scope(unitIds(units)) };
  }

  /**
   * Share of employees with a signed-off talk, most wished-for competences, preferred ways
   * and people willing to teach, in each municipality's current cycle. Exact for callers
   * with personal-data access to the scope; otherwise groups below k are hidden.
   */
  async statistics(actor: Actor, args: StatisticsArgs): Promise<AppraisalStatistics> {
    const today = todayInNorway();
    const resolved = await this.resolveScope(actor, args);
    const cycles = await this.cyclesFor(actor, resolved, args.cycleId ?? null, today);
    const cycleIds = cycles.map((cycle) => cycle.id);
    const exact = this.hasPersonalDataAccess(actor, resolved);
    const figures = exact
      ? await this.exactStatistics(resolved, cycleIds)
      : await this.protectedStatistics(actor, resolved, cycleIds);
    return {
      level: AppraisalStatisticsLevel[resolved.scope.level],
      scopeId:
        resolved.scope.level === 'UNIT'
          ? resolved.scope.unitId
          : resolved.scope.level === 'MUNICIPALITY'
            ? resolved.scope.municipalityId
            : null,
      scopeName: resolved.name,
      cycles: cycles.map((cycle) => toCycle(cycle, today)),
      exact,
      ...figures,
    };
  }

  /** Exact figures, for callers with personal-data access to the whole scope. */
  private async exactStatistics(resolved: ResolvedScope, cycleIds: string[]) {
    // independent reads, sent together
    const [settings, counts, wayRows, wishRows, teachingRows] = await Promise.all([
      this.repository.regionSettings(resolved.scope.regionId),
      this.repository.breakdownCounts(resolved.scope, cycleIds),
      this.repository.wayCounts(resolved.scope, cycleIds),
      this.repository.wishCounts(resolved.scope, cycleIds),
      this.repository.teachingCounts(resolved.scope),
    ]);
    const rows = resolved.scope.level === 'UNIT' ? [] : counts;
    const names = await this.repository.names(rows.flatMap((row) => (row.key ? [row.key] : [])));
    const orderedRows = [...rows].sort((a, b) =>
      a.key === null
        ? 1
        : b.key === null
          ? -1
          : (names.get(a.key) ?? '').localeCompare(names.get(b.key) ?? '', 'nb'),
    );
    const sum = (pick: (row: (typeof counts)[number]) => number) =>
      counts.reduce((total, row) => total + pick(row), 0);
    const total = completionFigures(
      exactFigure(sum((row) => row.employees)),
      exactFigure(sum((row) => row.completed)),
    );
    const competenceFigures = (list: CompetenceCountRow[]): AppraisalCompetenceFigure[] =>
      list.map((row) => ({ competenceId: row.competenceId, people: exactFigure(row.people) }));
    const wayCounts = new Map(wayRows.map((row) => [row.way, row.people]));
    return {
      minGroupSize: settings.k,
      employees: total.employees,
      completed: total.completed,
      completedShare: total.completedShare,
      wishedCompetences: competenceFigures(wishRows),
      preferredWays: largestFirst(
        DEVELOPMENT_WAYS.map((way: DevelopmentWay) => ({
          way: toDevelopmentWay(way),
          name: DEVELOPMENT_WAY_NAMES[way],
          people: exactFigure(wayCounts.get(way) ?? 0),
        })),
        (a, b) => DEVELOPMENT_WAYS.indexOf(a.way) - DEVELOPMENT_WAYS.indexOf(b.way),
      ),
      teachingTopics: competenceFigures(teachingRows),
      breakdown: orderedRows.map((row) => ({
        id: row.key,
        name: row.key ? (names.get(row.key) ?? '') : 'Øvrige',
        ...completionFigures(exactFigure(row.employees), exactFigure(row.completed)),
      })),
    };
  }

  /**
   * Figures built from atoms: exact in the caller's personal-data scope and rounded elsewhere
   * (docs/gap-analysis.md, "Privacy: rounded figures"). Lists show what the caller sees: a
   * topic or a row rounded to 0 is left out, as one nobody is in.
   */
  private async protectedStatistics(actor: Actor, resolved: ResolvedScope, cycleIds: string[]) {
    const { scope: level } = resolved;
    const { k, units, scope, all } = await this.atomScope(actor, (list) =>
      list
        .filter((u) =>
          level.level === 'UNIT'
            ? u.path.includes(level.unitId)
            : level.level === 'MUNICIPALITY'
              ? u.municipalityId === level.municipalityId
              : true,
        )
        .map((u) => u.id),
    );
    const total = completionFigures(
      protectedFigure(staffCount(all)),
      protectedFigure(completedCount(all, cycleIds)),
    );

    // breakdown: municipalities of the region, or the UNIT-level units of a municipality
    const inScope = new Set(all.unitIds);
    const groups = new Map<string | null, string[]>();
    if (level.level !== 'UNIT') {
      const kindOf = new Map(units.map((u) => [u.id, u.kind]));
      for (const unit of units) {
        if (!inScope.has(unit.id)) continue;
        const key =
          level.level === 'REGION'
            ? unit.municipalityId
            : (unit.path.find((id) => kindOf.get(id) === UnitKind.UNIT) ?? null);
        groups.set(key, [...(groups.get(key) ?? []), unit.id]);
      }
    }
    const names = await this.repository.names(
      [...groups.keys()].flatMap((key) => (key ? [key] : [])),
    );
    const breakdown = [...groups]
      .map(([key, ids]) => ({
        id: key,
        name: key ? (names.get(key) ?? '') : 'Øvrige',
        ...completionFigures(
          protectedFigure(staffCount(scope(ids))),
          protectedFigure(completedCount(scope(ids), cycleIds)),
        ),
      }))
      .filter((row) => (row.employees.value ?? 0) > 0)
      .sort((a, b) =>
        a.id === null ? 1 : b.id === null ? -1 : a.name.localeCompare(b.name, 'nb'),
      );

    const wished = choices(all, { cycleIds, kind: 'WISH' });
    const topics = teachingTopics(all);
    const competenceNames = new Map(
      (await this.catalogue.findByIds([...new Set([...wished, ...topics])])).map((c) => [
        c.id,
        c.name,
      ]),
    );
    const byName = (a: { competenceId: string }, b: { competenceId: string }) =>
      (competenceNames.get(a.competenceId) ?? '').localeCompare(
        competenceNames.get(b.competenceId) ?? '',
        'nb',
      );
    return {
      minGroupSize: k,
      employees: total.employees,
      completed: total.completed,
      completedShare: total.completedShare,
      wishedCompetences: largestFirst(
        wished.map((competenceId) => ({
          competenceId,
          people: protectedFigure(
            choiceCount(all, { cycleIds, kind: 'WISH', choice: competenceId }),
          ),
        })),
        byName,
      ),
      preferredWays: largestFirst(
        DEVELOPMENT_WAYS.map((way: DevelopmentWay) => ({
          way: toDevelopmentWay(way),
          name: DEVELOPMENT_WAY_NAMES[way],
          people: protectedFigure(choiceCount(all, { cycleIds, kind: 'WAY', choice: way })),
        })),
        (a, b) => DEVELOPMENT_WAYS.indexOf(a.way) - DEVELOPMENT_WAYS.indexOf(b.way),
      ),
      teachingTopics: largestFirst(
        topics.map((competenceId) => {
          const { named, anonymous } = teachingCount(all, competenceId);
          return {
            competenceId,
            people: appraisalFigure(named + anonymous.count, anonymous.rounded),
          };
        }),
        byName,
      ),
      breakdown,
    };
  }

  /**
   * The region's directory, per topic: people who agreed to be named (name and unit only)
   * and a count of the others. The count is exact when the caller may see every one of
   * those people anyway; otherwise a count below k is hidden.
   */
  async directory(
    actor: Actor,
    filter: { competenceId?: string | null; municipalityId?: string | null },
  ): Promise<TeachingDirectoryTopic[]> {
    if (
      (filter.competenceId && !isUUID(filter.competenceId, 'all')) ||
      (filter.municipalityId && !isUUID(filter.municipalityId, 'all'))
    ) {
      return [];
    }
    const [rows, { all }] = await Promise.all([
      this.repository.directory(actor.regionId, Scope.personalData(actor), filter),
      this.atomScope(actor, (units) =>
        units
          .filter((u) => !filter.municipalityId || u.municipalityId === filter.municipalityId)
          .map((u) => u.id),
      ),
    ]);
    const topics = new Map<string, TeachingDirectoryTopic>();
    const listed = new Set<string>();
    for (const row of rows) {
      let topic = topics.get(row.competenceId);
      if (!topic) {
        // the others: exact where the caller may see them, rounded elsewhere
        const { anonymous } = teachingCount(all, row.competenceId);
        topic = {
          competenceId: row.competenceId,
          people: [],
          anonymous: appraisalFigure(anonymous.count, anonymous.rounded),
        };
        topics.set(row.competenceId, topic);
      }
      if (row.consent && row.name && row.unitId && row.employeeId) {
        topic.people.push({
          employeeId: row.employeeId,
          name: row.name,
          unitId: row.unitId,
          unitName: row.unitName ?? '',
          municipalityName: row.municipalityName ?? '',
        });
        if (row.employeeId) listed.add(row.employeeId);
      }
    }
    // a topic only the unnamed teach is listed when they count as someone, as the caller sees it
    const result = [...topics.values()].filter(
      (topic) => topic.people.length > 0 || (topic.anonymous.value ?? 0) > 0,
    );
    await this.audit.read(actor, {
      action: 'teaching_directory.read',
      entityType: 'teaching_directory_entry',
      employeeIds: [...listed],
      details: filter,
    });
    return result;
  }

  private async resolveScope(actor: Actor, args: StatisticsArgs): Promise<ResolvedScope> {
    if (args.unitId && args.municipalityId) {
      throw UserError.field(
        'unitId',
        'ONE_SCOPE_ONLY',
        'Velg enten en enhet eller en kommune, ikke begge',
      );
    }
    if (args.unitId) {
      const unit = isUUID(args.unitId, 'all')
        ? await this.organisation.findUnitInRegion(actor.regionId, args.unitId)
        : null;
      if (!unit) throw UserError.field('unitId', 'UNKNOWN_UNIT', 'Enheten finnes ikke');
      return {
        scope: { level: 'UNIT', regionId: actor.regionId, unitId: unit.id },
        name: unit.name,
        municipalityId: unit.municipalityId,
        unitPath: unit.path,
      };
    }
    if (args.municipalityId) {
      const municipality = isUUID(args.municipalityId, 'all')
        ? await this.organisation.findMunicipalityInRegion(actor.regionId, args.municipalityId)
        : null;
      if (!municipality) {
        throw UserError.field('municipalityId', 'UNKNOWN_MUNICIPALITY', 'Kommunen finnes ikke');
      }
      return {
        scope: { level: 'MUNICIPALITY', regionId: actor.regionId, municipalityId: municipality.id },
        name: municipality.name,
        municipalityId: municipality.id,
        unitPath: [],
      };
    }
    return {
      scope: { level: 'REGION', regionId: actor.regionId },
      name: await this.repository.regionName(actor.regionId),
      municipalityId: null,
      unitPath: [],
    };
  }

  private async cyclesFor(
    actor: Actor,
    resolved: ResolvedScope,
    cycleId: string | null,
    today: string,
  ): Promise<AppraisalCycleRow[]> {
    if (!cycleId) {
      return this.cycles.current(
        actor.regionId,
        resolved.municipalityId ? [resolved.municipalityId] : null,
        today,
      );
    }
    const [cycle] = isUUID(cycleId, 'all')
      ? await this.cycles.findByIds(actor.regionId, [cycleId])
      : [];
    if (!cycle || !resolved.municipalityId || cycle.municipalityId !== resolved.municipalityId) {
      throw UserError.field(
        'cycleId',
        'UNKNOWN_CYCLE',
        'Samtalerunden finnes ikke for denne kommunen',
      );
    }
    return [cycle];
  }

  /** A unit leader over the unit (or above it), or HR in its municipality. */
  private hasPersonalDataAccess(actor: Actor, resolved: ResolvedScope): boolean {
    const { scope, municipalityId } = resolved;
    if (scope.level === 'REGION' || municipalityId === null) return false;
    const personal = Scope.personalData(actor);
    return scope.level === 'UNIT'
      ? personal.covers({ municipalityId, path: resolved.unitPath })
      : personal.coversMunicipality(municipalityId);
  }
}
