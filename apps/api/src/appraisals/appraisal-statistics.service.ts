import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { AuditService } from '../audit/audit.service';
import { Actor, Role } from '../auth/roles';
import { personalDataScope } from '../auth/scope';
import { UserError } from '../common/errors/user-error';
import { todayInNorway } from '../common/calendar';
import { DEVELOPMENT_WAY_NAMES, DEVELOPMENT_WAYS, DevelopmentWay } from './appraisal-content';
import { AppraisalCyclesRepository } from './appraisal-cycles.repository';
import { completionFigures, exactFigure, figure } from './appraisal-figures';
import {
  AppraisalStatisticsRepository,
  CompetenceCountRow,
  StatisticsScope,
} from './appraisal-statistics.repository';
import { toCycle } from './appraisal.mapper';
import type { AppraisalCycleRow } from './appraisal.rows';
import {
  AppraisalStatistics,
  AppraisalCompetenceFigure,
  AppraisalStatisticsLevel,
} from './models/appraisal-statistics.model';
import type { TeachingDirectoryTopic } from './models/teaching-directory.model';

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

/**
 * Visible figures first, largest first; hidden ones after, in a fixed order (`hiddenOrder`)
 * so that their order says nothing about their size.
 */
function visibleFirst<T extends { people: { suppressed: boolean; value: number | null } }>(
  items: T[],
  hiddenOrder: (a: T, b: T) => number,
): T[] {
  return [
    ...items
      .filter((item) => !item.people.suppressed)
      .sort((a, b) => (b.people.value ?? 0) - (a.people.value ?? 0)),
    ...items.filter((item) => item.people.suppressed).sort(hiddenOrder),
  ];
}

/** Aggregates over appraisals and the regional directory of people who can teach. */
@Injectable()
export class AppraisalStatisticsService {
  constructor(
    private readonly repository: AppraisalStatisticsRepository,
    private readonly cycles: AppraisalCyclesRepository,
    private readonly audit: AuditService,
  ) {}

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
    // independent reads, sent together
    const [k, counts, wayRows, wishRows, teachingRows] = await Promise.all([
      this.repository.regionMinGroupSize(actor.regionId),
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
    const figures = completionFigures(
      resolved.scope.level === 'UNIT' ? counts : orderedRows,
      exact,
      k,
    );

    const toCompetenceFigures = (list: CompetenceCountRow[]): AppraisalCompetenceFigure[] => {
      const names = new Map(list.map((row) => [row.competenceId, row.name]));
      return visibleFirst(
        list.map((row) => ({
          competenceId: row.competenceId,
          people: figure(row.people, exact, k),
        })),
        (a, b) =>
          (names.get(a.competenceId) ?? '').localeCompare(names.get(b.competenceId) ?? '', 'nb'),
      );
    };
    const wayCounts = new Map(wayRows.map((row) => [row.way, row.people]));
    const ways = DEVELOPMENT_WAYS.map((way: DevelopmentWay) => ({
      way,
      name: DEVELOPMENT_WAY_NAMES[way],
      people: figure(wayCounts.get(way) ?? 0, exact, k),
    }));

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
      minGroupSize: k,
      employees: figures.total.employees,
      completed: figures.total.completed,
      completedShare: figures.total.completedShare,
      wishedCompetences: toCompetenceFigures(wishRows),
      preferredWays: visibleFirst(
        ways,
        (a, b) => DEVELOPMENT_WAYS.indexOf(a.way) - DEVELOPMENT_WAYS.indexOf(b.way),
      ),
      teachingTopics: toCompetenceFigures(teachingRows),
      breakdown: orderedRows.map((row, index) => ({
        id: row.key,
        name: row.key ? (names.get(row.key) ?? '') : 'Øvrige',
        ...figures.rows[index],
      })),
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
    const k = await this.repository.regionMinGroupSize(actor.regionId);
    const rows = await this.repository.directory(actor.regionId, personalDataScope(actor), filter);
    const topics = new Map<
      string,
      { topic: TeachingDirectoryTopic; anonymous: number; allInScope: boolean }
    >();
    const listed = new Set<string>();
    for (const row of rows) {
      let entry = topics.get(row.competenceId);
      if (!entry) {
        entry = {
          topic: { competenceId: row.competenceId, people: [], anonymous: exactFigure(0) },
          anonymous: 0,
          allInScope: true,
        };
        topics.set(row.competenceId, entry);
      }
      if (row.consent && row.name && row.unitId) {
        entry.topic.people.push({
          name: row.name,
          unitId: row.unitId,
          unitName: row.unitName ?? '',
          municipalityName: row.municipalityName ?? '',
        });
        if (row.employeeId) listed.add(row.employeeId);
      } else {
        entry.anonymous += 1;
        entry.allInScope &&= row.inScope;
      }
    }
    const result = [...topics.values()].map(({ topic, anonymous, allInScope }) => ({
      ...topic,
      anonymous: figure(anonymous, allInScope, k),
    }));
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
        ? await this.repository.findUnit(actor.regionId, args.unitId)
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
        ? await this.repository.findMunicipality(actor.regionId, args.municipalityId)
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
    const { scope } = resolved;
    if (scope.level === 'REGION') return false;
    return actor.grants.some(
      (grant) =>
        (grant.role === Role.MUNICIPALITY_HR && grant.municipalityId === resolved.municipalityId) ||
        (scope.level === 'UNIT' &&
          grant.role === Role.UNIT_LEADER &&
          grant.unitId !== null &&
          resolved.unitPath.includes(grant.unitId)),
    );
  }
}
