import { Injectable } from '@nestjs/common';
import {
  FUNDING_SOURCE_NAMES,
  fundingLine,
  fundingSums,
  participantCount,
  reportPeriod,
  roundedHeadcount,
  type Draws,
  type ParticipantCountFigure,
} from '@kp/domain';
import { hasRole, Role, type Actor } from '../auth/roles';
import { Scope } from '../auth/scope';
import { rejectIfAny, UserError } from '../common/errors/user-error';
import { todayInNorway } from '@kp/domain';
import { ProtectionService } from '../gaps/protection/protection.service';
import type { EngineRow } from '../gaps/requirement-gaps.sql';
import { OrganisationRepository } from '../organisation/organisation.repository';
import { FundingSource, MeasureStatus } from '../plans/plan.enums';
import { FundingReportRepository, type TargetedRequirementRow } from './funding-report.repository';
import type {
  FundingReport,
  FundingReportGap,
  FundingReportInput,
} from './models/funding-report.model';
import { ParticipationRepository } from './participation.repository';

/** Who sees exact people counts in the report: the roles that run measures. */
export function seesExactCounts(actor: Actor): boolean {
  return hasRole(actor, Role.MUNICIPALITY_HR, Role.UNIT_LEADER, Role.REGIONAL_COORDINATOR);
}

/**
 * The funding report (docs/participation.md, "Funding report"): the measures of a period,
 * participants, participant-hours and cost per funding source, and the gaps the measures were
 * made for, before and after. People counts are exact for the roles that run measures and
 * rounded for board members; a gap's holders are exact only where the caller may see the
 * people (HR in their municipality, a leader in their units), rounded elsewhere.
 */
@Injectable()
export class FundingReportService {
  constructor(
    private readonly report: FundingReportRepository,
    private readonly participation: ParticipationRepository,
    private readonly organisation: OrganisationRepository,
    private readonly protection: ProtectionService,
  ) {}

  async build(actor: Actor, input: FundingReportInput): Promise<FundingReport> {
    const period = reportPeriod(input);
    rejectIfAny(period.problems);
    if (!('from' in period)) throw new Error('unreachable: a period without problems');
    const municipalityId = input.municipalityId ?? null;
    const settings = await this.participation.regionSettings(actor.regionId);
    let scopeName = settings.name;
    if (municipalityId) {
      const municipality = await this.organisation.findMunicipalityInRegion(
        actor.regionId,
        municipalityId,
      );
      if (!municipality) throw UserError.notFound('kommunen');
      scopeName = municipality.name;
    }
    const exact = seesExactCounts(actor);
    const draws = await this.protection.regionDraws(actor.regionId);
    const count = (value: number, key: string): ParticipantCountFigure =>
      participantCount(value, exact ? null : { k: settings.k, draws, key });

    const measures = await this.report.measures(
      actor.regionId,
      period.from,
      period.to,
      municipalityId,
    );
    const scopeKey = municipalityId ?? 'region';
    const lines = measures.map((measure) => {
      const participants = count(measure.participants, `${measure.id}|${scopeKey}|held`);
      const completed = count(measure.completed, `${measure.id}|${scopeKey}|completed`);
      const line = fundingLine(measure, municipalityId, {
        participants: participants.value,
        completed: completed.value,
      });
      return { measure, participants, completed, line };
    });
    const sums = fundingSums(lines.map((l) => l.line));
    return {
      from: period.from,
      to: period.to,
      municipalityId,
      scopeName,
      rounded: !exact,
      minGroupSize: settings.k,
      measures: lines.map(({ measure, participants, completed, line }) => ({
        measureId: measure.id,
        title: measure.title,
        municipalityName: measure.municipalityName,
        status: MeasureStatus[measure.status],
        startsOn: measure.startsOn,
        endsOn: measure.endsOn,
        hours: measure.hours,
        attributed: line.attributed,
        participants,
        completed,
        participantHours: line.participantHours,
        cost: line.cost,
        funding: Object.values(FundingSource)
          .filter((source) => line.funding[source] > 0)
          .map((source) => ({ source, amount: line.funding[source] })),
      })),
      sources: sums.sources.map((sum) => ({
        ...sum,
        source: FundingSource[sum.source],
        sourceName: FUNDING_SOURCE_NAMES[sum.source],
      })),
      totals: sums.totals,
      gaps: await this.gaps(
        actor,
        measures.map((m) => m.id),
        municipalityId,
        { k: settings.k, draws },
      ),
    };
  }

  /**
   * Each targeted requirement's gap on the day the first of the report's measures for it
   * started, and today, among today's staff (so hiring and leaving do not move it).
   */
  private async gaps(
    actor: Actor,
    measureIds: string[],
    municipalityId: string | null,
    protection: { k: number; draws: Draws },
  ): Promise<FundingReportGap[]> {
    if (measureIds.length === 0) return [];
    const requirements = await this.report.targetedRequirements(measureIds, municipalityId);
    if (requirements.length === 0) return [];
    const today = todayInNorway();
    const byDay = new Map<string, TargetedRequirementRow[]>();
    for (const r of requirements) {
      const day = r.since < today ? r.since : today;
      byDay.set(day, [...(byDay.get(day) ?? []), r]);
    }
    const before = new Map<string, EngineRow>();
    for (const [day, list] of byDay) {
      for (const row of await this.report.gapsOn(
        actor.regionId,
        list.map((r) => r.id),
        day,
      )) {
        before.set(row.requirementId, row);
      }
    }
    const after = new Map(
      (
        await this.report.gapsOn(
          actor.regionId,
          requirements.map((r) => r.id),
          today,
        )
      ).map((row) => [row.requirementId, row]),
    );
    const scope = Scope.personalData(actor);
    return requirements.map((r) => {
      const exact = scope.covers({
        regionId: actor.regionId,
        municipalityId: r.municipalityId,
        path: r.unitPath,
      });
      const figures = (row: EngineRow | undefined, key: string) => {
        if (!row) return { holders: null, gap: null };
        if (exact) return { holders: row.holders, gap: row.gap };
        if (r.measure === 'FTE') return { holders: null, gap: null };
        const holders = roundedHeadcount(row.holdersHeadcount, {
          ...protection,
          key: `gap|${r.id}|${key}`,
        });
        return { holders, gap: Math.max(0, Math.round((r.required - holders) * 100) / 100) };
      };
      const b = figures(before.get(r.id), r.since);
      const a = figures(after.get(r.id), today);
      return {
        requirementId: r.id,
        unitName: r.unitName,
        competenceName: r.competenceName,
        minLevel: r.minLevel,
        required: r.required,
        measure: r.measure,
        before: r.since < today ? r.since : today,
        holdersBefore: b.holders,
        gapBefore: b.gap,
        holdersAfter: a.holders,
        gapAfter: a.gap,
        rounded: !exact,
        measureIds: r.measureIds,
      };
    });
  }
}
