import {
  addDays,
  addMonths,
  formatNorwegianDate,
  formatNorwegianNumber,
  halfYearDates,
  halfYearLabel,
  halfYearOf,
  todayInNorway,
} from '@kp/domain';
import { Injectable } from '@nestjs/common';
import { type Actor, hasRole, Role } from '../auth/roles';
import { Scope } from '../auth/scope';
import { UserError } from '../common/errors/user-error';
import { CompetencesRepository } from '../competences/competences.repository';
import type { UnitRow } from '../organisation/organisation.rows';
import { OrganisationRepository } from '../organisation/organisation.repository';
import type {
  ExpiringCertificatesDraftInput,
  MobilisationDraftInput,
} from './dto/measure-draft.input';
import type { MeasureDraft, SuggestedPlan } from './models/measure-draft.model';
import { mayWritePlan } from './plan-access';
import { MeasureKind, MeasureProvider, MeasureStrategy, PlanLevel } from './plan.enums';
import { PlansRepository } from './plans.repository';

/** Where a drafted measure is about: units (one, or two for a loan) or a whole municipality. */
interface DraftArea {
  units: UnitRow[];
  municipalityId: string | null;
}

/**
 * Measures filled in from what the gap views show (nothing is saved): from a gap row, a
 * mobilisation pair, or certificates running out. Each suggests the plan for the current
 * half-year that the caller may write and that covers the area.
 */
@Injectable()
export class MeasureDraftsService {
  constructor(
    private readonly plans: PlansRepository,
    private readonly organisation: OrganisationRepository,
    private readonly catalogue: CompetencesRepository,
  ) {}

  async fromGap(
    actor: Actor,
    requirementId: string,
    places: number | null,
  ): Promise<MeasureDraft | null> {
    const [requirement] = await this.plans.requirementsInRegion(actor.regionId, [requirementId]);
    if (!requirement) return null;
    const unit = await this.organisation.findUnitInRegion(actor.regionId, requirement.unitId);
    if (!unit) return null;
    const period = this.period();
    return {
      plan: await this.suggestPlan(actor, { units: [unit], municipalityId: unit.municipalityId }),
      title: `${requirement.competenceName} – kompetanseheving`,
      description: `Laget fra gapet i «${unit.name}»: minst nivå ${requirement.minLevel} i «${requirement.competenceName}».`,
      strategy: MeasureStrategy.DEVELOP,
      kind: MeasureKind.COURSE,
      provider: MeasureProvider.OWN_STAFF,
      targetGroup: `Ansatte i ${unit.name} som trenger «${requirement.competenceName}» på nivå ${requirement.minLevel}`,
      places: places ?? 1,
      ...period,
      awardsCertificate: false,
      lendingUnitId: null,
      targets: [
        {
          competenceId: requirement.competenceId,
          level: requirement.minLevel,
          requirementId: requirement.id,
        },
      ],
      expiringCount: null,
    };
  }

  async fromMobilisation(
    actor: Actor,
    input: MobilisationDraftInput,
    places: number | null,
  ): Promise<MeasureDraft | null> {
    const kind = input.kind ?? MeasureKind.JOB_ROTATION;
    if (kind !== MeasureKind.JOB_ROTATION && kind !== MeasureKind.HOSPITATION) {
      throw UserError.field(
        'kind',
        'NOT_A_LOAN',
        'Et lån fra en enhet med overskudd er jobbrotasjon eller hospitering',
      );
    }
    const found = await this.plans.requirementsInRegion(actor.regionId, [
      input.fromRequirementId,
      input.toRequirementId,
    ]);
    const from = found.find((r) => r.id === input.fromRequirementId);
    const to = found.find((r) => r.id === input.toRequirementId);
    if (!from || !to) return null;
    if (from.competenceId !== to.competenceId || from.unitId === to.unitId) {
      throw UserError.field(
        'toRequirementId',
        'NOT_A_PAIR',
        'Kravene må gjelde samme kompetanse i to ulike enheter',
      );
    }
    const [lender, borrower] = await Promise.all([
      this.organisation.findUnitInRegion(actor.regionId, from.unitId),
      this.organisation.findUnitInRegion(actor.regionId, to.unitId),
    ]);
    if (!lender || !borrower) return null;
    const sameMunicipality = lender.municipalityId === borrower.municipalityId;
    const words = kind === MeasureKind.HOSPITATION ? 'Hospitering' : 'Jobbrotasjon';
    return {
      plan: await this.suggestPlan(actor, {
        units: [borrower, lender],
        municipalityId: sameMunicipality ? borrower.municipalityId : null,
      }),
      title: `${words}: ${to.competenceName} fra ${lender.name} til ${borrower.name}`,
      description: `Laget fra et mobiliseringspar: «${lender.name}» har overskudd og «${borrower.name}» har gap i «${to.competenceName}».`,
      strategy: MeasureStrategy.MOBILISE,
      kind,
      provider: sameMunicipality ? MeasureProvider.OWN_STAFF : MeasureProvider.OTHER_MUNICIPALITY,
      targetGroup: `Ansatte i ${borrower.name}; veiledere fra ${lender.name}`,
      places: places ?? 1,
      ...this.period(),
      awardsCertificate: false,
      lendingUnitId: lender.id,
      targets: [{ competenceId: to.competenceId, level: to.minLevel, requirementId: to.id }],
      expiringCount: null,
    };
  }

  async fromExpiringCertificates(
    actor: Actor,
    input: ExpiringCertificatesDraftInput,
  ): Promise<MeasureDraft | null> {
    const area = await this.area(actor, input);
    if (!area) return null;
    const today = todayInNorway();
    const to = addDays(addMonths(today, input.months ?? 12), -1);
    const personal = Scope.personalData(actor);
    const expiring = await this.plans.expiringByCompetence(
      personal,
      actor.regionId,
      { municipalityId: area.municipalityId, unitId: area.units[0]?.id ?? null },
      { from: today, to },
      input.competenceId ?? null,
    );
    const competenceId = input.competenceId ?? expiring[0]?.competenceId;
    if (!competenceId) {
      throw UserError.field(
        'competenceId',
        'NOTHING_EXPIRING',
        'Ingen sertifikater du har innsyn i, går ut i perioden; velg kompetansen tiltaket skal fornye',
      );
    }
    const [competence] = await this.catalogue.findInRegion(actor.regionId, [competenceId]);
    if (!competence) {
      throw UserError.field(
        'competenceId',
        'UNKNOWN_COMPETENCE',
        'Kompetansen finnes ikke i katalogen',
      );
    }
    const row = expiring.find((r) => r.competenceId === competenceId);
    const known = area.units[0]
      ? personal.covers(area.units[0])
      : !!area.municipalityId && personal.coversMunicipality(area.municipalityId);
    const count = known ? (row?.certificates ?? 0) : null;
    const level = row?.level ?? Math.max(...competence.scale.map((step) => step.level));
    const where = area.units[0]?.name ?? (await this.placeName(actor, area));
    const whom =
      count === null
        ? `Ansatte i ${where} med sertifikat i «${competence.name}» som går ut innen ${formatNorwegianDate(to)}`
        : `${formatNorwegianNumber(count)} ${count === 1 ? 'ansatt' : 'ansatte'} i ${where} med sertifikat i «${competence.name}» som går ut innen ${formatNorwegianDate(to)}`;
    return {
      plan: await this.suggestPlan(actor, area),
      title: `Fornyelse: ${competence.name}`,
      description: `Laget fra oversikten over sertifikater som går ut de neste ${input.months ?? 12} månedene.`,
      strategy: MeasureStrategy.DEVELOP,
      kind: MeasureKind.CERTIFICATE_RENEWAL,
      provider: MeasureProvider.OWN_STAFF,
      targetGroup: whom,
      places: count ?? 1,
      ...this.period(),
      awardsCertificate: true,
      lendingUnitId: null,
      targets: [{ competenceId, level, requirementId: null }],
      expiringCount: count,
    };
  }

  /** The dates of a drafted measure: from today (or the half-year's start) to its end. */
  private period(): { startsOn: string; endsOn: string } {
    const today = todayInNorway();
    const { startsOn, endsOn } = halfYearDates(halfYearOf(today));
    return { startsOn: startsOn > today ? startsOn : today, endsOn };
  }

  private async area(
    actor: Actor,
    input: ExpiringCertificatesDraftInput,
  ): Promise<DraftArea | null> {
    if (input.unitId) {
      const unit = await this.organisation.findUnitInRegion(actor.regionId, input.unitId);
      return unit ? { units: [unit], municipalityId: unit.municipalityId } : null;
    }
    if (input.municipalityId) {
      const municipality = await this.organisation.findMunicipalityInRegion(
        actor.regionId,
        input.municipalityId,
      );
      return municipality ? { units: [], municipalityId: municipality.id } : null;
    }
    return { units: [], municipalityId: null };
  }

  private async placeName(actor: Actor, area: DraftArea): Promise<string> {
    if (!area.municipalityId) return 'regionen';
    const municipality = await this.organisation.findMunicipalityInRegion(
      actor.regionId,
      area.municipalityId,
    );
    return municipality?.name ?? 'kommunen';
  }

  /**
   * The narrowest plan the caller may write that covers every unit of the area: a unit plan
   * (of the unit they lead that holds them all), the municipality's plan, or the region's
   * programme; for the current half-year. Null when they may write none.
   */
  private async suggestPlan(actor: Actor, area: DraftArea): Promise<SuggestedPlan | null> {
    const candidates: Array<{
      level: PlanLevel;
      municipalityId: string | null;
      unit: UnitRow | null;
    }> = [];
    if (area.units.length > 0) {
      for (const grant of actor.grants) {
        if (grant.role !== Role.UNIT_LEADER || !grant.unitId) continue;
        if (!area.units.every((unit) => unit.path.includes(grant.unitId!))) continue;
        const unit = await this.organisation.findUnitInRegion(actor.regionId, grant.unitId);
        if (unit)
          candidates.push({ level: PlanLevel.UNIT, municipalityId: unit.municipalityId, unit });
      }
    }
    if (
      area.municipalityId &&
      area.units.every((unit) => unit.municipalityId === area.municipalityId)
    ) {
      candidates.push({
        level: PlanLevel.MUNICIPALITY,
        municipalityId: area.municipalityId,
        unit: null,
      });
    }
    if (hasRole(actor, Role.REGIONAL_COORDINATOR)) {
      candidates.push({ level: PlanLevel.REGION, municipalityId: null, unit: null });
    }
    const chosen = candidates.find((candidate) => mayWritePlan(actor, candidate));
    if (!chosen) return null;
    const period = halfYearOf(todayInNorway());
    const place = { municipalityId: chosen.municipalityId, unitId: chosen.unit?.id ?? null };
    const existing = await this.plans.findPlanFor(actor.regionId, place, period);
    return {
      planId: existing?.id ?? null,
      level: chosen.level,
      ...place,
      year: period.year,
      half: period.half,
      periodLabel: halfYearLabel(period),
    };
  }
}
