import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  chosenItemProblems,
  participantCount,
  proposeParticipants,
  signUpProblems,
  wishToClose,
  withdrawProblem,
} from '@kp/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { hasRole, Role, type Actor } from '../auth/roles';
import { Scope } from '../auth/scope';
import { rejectIfAny, UserError } from '../common/errors/user-error';
import { ProtectionService } from '../gaps/protection/protection.service';
import type { SignUpParticipantsInput, WithdrawParticipantInput } from './dto/participation.input';
import {
  type MeasureParticipant,
  type MeasureSignUps,
  ProposalReason,
  type ProposedParticipant,
} from './models/participation.model';
import { ParticipationRepository } from './participation.repository';
import { type ParticipantRow, ParticipantStatus } from './participation.rows';

/** The fields of a participant the audit log keeps (no names: the entry names the person). */
export function auditableParticipant(row: ParticipantRow) {
  return {
    measureId: row.measureId,
    status: row.status,
    developmentItemId: row.developmentItemId,
    outcomeOn: row.outcomeOn,
    version: row.version,
  };
}

/**
 * Who takes part in measures (docs/participation.md): sign-up within places and shares,
 * withdrawal, the list of participants in the caller's scope, proposals from appraisals and
 * expiring certificates, and the counts per municipality anyone may see.
 */
@Injectable()
export class ParticipationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: ParticipationRepository,
    private readonly audit: AuditService,
    private readonly protection: ProtectionService,
  ) {}

  /**
   * Signs everyone up or nobody. The measure's row is locked first, so two leaders signing up
   * for the last places at the same moment are served one after the other, and the second
   * sees the first's participants when places are counted.
   */
  async signUp(actor: Actor, input: SignUpParticipantsInput): Promise<MeasureParticipant[]> {
    const scope = Scope.personalData(actor);
    const itemIds = input.developmentItemIds ?? [];
    try {
      return await this.db.transaction(async (manager) => {
        const measure = await this.repository.findMeasure(
          actor.regionId,
          input.measureId,
          manager,
          true,
        );
        if (!measure) throw UserError.notFound('tiltaket');
        const targets = await this.repository.targets(measure.id, manager);
        const shares = await this.repository.shares(measure.id, manager);
        const taken = await this.repository.takenPlaces(measure.id, manager);
        const found = new Map(
          (await this.repository.candidates(scope, manager, measure.id, input.employeeIds)).map(
            (row) => [row.employeeId, row],
          ),
        );
        const chosen = new Map(
          (await this.repository.developmentItems(scope, manager, itemIds)).map((row) => [
            row.developmentItemId,
            row,
          ]),
        );
        const problems = signUpProblems(
          { ...measure, shares },
          input.employeeIds.map((employeeId) => {
            const row = found.get(employeeId);
            return {
              employeeId,
              person: row ?? null,
              existing: row?.existing ?? null,
            };
          }),
          taken,
        );
        problems.push(
          ...chosenItemProblems(
            itemIds.map((id) => {
              const item = chosen.get(id);
              return {
                developmentItemId: id,
                found: item
                  ? {
                      ...item,
                      competenceId: item.competenceId || null,
                      targetLevel: item.targetLevel,
                    }
                  : null,
              };
            }),
            input.employeeIds,
            targets,
          ),
        );
        rejectIfAny(problems);

        const itemOf = new Map([...chosen.values()].map((item) => [item.employeeId, item]));
        const others = input.employeeIds.filter((id) => !itemOf.has(id));
        const wishes = await this.repository.openWishes(
          scope,
          manager,
          targets.map((t) => t.competenceId),
          others,
        );
        const added = input.employeeIds.map((employeeId) => ({
          employeeId,
          municipalityId: found.get(employeeId)!.municipalityId,
          developmentItemId:
            itemOf.get(employeeId)?.developmentItemId ??
            wishToClose(
              targets,
              wishes.filter((wish) => wish.employeeId === employeeId),
            )?.developmentItemId ??
            null,
        }));
        const ids = await this.repository.signUp(scope, manager, measure, added, actor.userId);
        if (ids.length !== added.length) throw new Error('A checked sign-up was not written');
        await this.repository.setDevelopmentItems(
          scope,
          manager,
          added.flatMap((row) => (row.developmentItemId ? [row.developmentItemId] : [])),
          'IN_PROGRESS',
          ['OPEN'],
        );
        const participants = await this.repository.participants(scope, measure.id, manager, ids);
        await this.audit.change(
          manager,
          actor,
          participants.map((row) => ({
            action: 'measure_participant.sign_up',
            entityType: 'measure_participant',
            entityId: row.id,
            employeeId: row.employeeId,
            municipalityId: row.municipalityId,
            after: auditableParticipant(row),
          })),
        );
        return participants;
      });
    } catch (error) {
      await this.auditUnknownPeople(actor, input.employeeIds, error);
      throw error;
    }
  }

  /** A person asked for outside the caller's scope is logged as such (see AuditService.outOfScope). */
  private async auditUnknownPeople(actor: Actor, ids: readonly string[], error: unknown) {
    if (!(error instanceof UserError)) return;
    const fields = (error.extensions.fields ?? []) as Array<{ field: string; code: string }>;
    for (const field of fields) {
      if (field.code !== 'UNKNOWN_EMPLOYEE') continue;
      const id = ids[Number(field.field.split('.')[1])];
      if (id) await this.audit.outOfScope(actor, { kind: 'employee', id }, 'signUpParticipants');
    }
  }

  async withdraw(actor: Actor, input: WithdrawParticipantInput): Promise<MeasureParticipant> {
    const scope = Scope.personalData(actor);
    return this.db.transaction(async (manager) => {
      const measureId = await this.repository.measureOfParticipant(
        scope,
        manager,
        input.participantId,
      );
      if (!measureId) throw UserError.notFound('deltakeren');
      const measure = await this.repository.findMeasure(actor.regionId, measureId, manager, true);
      if (!measure) throw UserError.notFound('deltakeren');
      const [before] = await this.repository.participants(
        scope,
        measureId,
        manager,
        [input.participantId],
        true,
      );
      if (!before) throw UserError.notFound('deltakeren');
      if (before.version !== input.version) throw UserError.conflict('påmeldingen');
      const problem = withdrawProblem(before.status, measure.status);
      if (problem) throw UserError.field('participantId', problem.code, problem.message);
      await this.repository.withdraw(scope, manager, before.id, input.version);
      if (before.developmentItemId) {
        await this.repository.setDevelopmentItems(
          scope,
          manager,
          [before.developmentItemId],
          'OPEN',
          ['IN_PROGRESS'],
        );
      }
      const [after] = await this.repository.participants(scope, measureId, manager, [before.id]);
      await this.audit.change(manager, actor, [
        {
          action: 'measure_participant.withdraw',
          entityType: 'measure_participant',
          entityId: after.id,
          employeeId: after.employeeId,
          municipalityId: after.municipalityId,
          before: auditableParticipant(before),
          after: auditableParticipant(after),
        },
      ]);
      return after;
    });
  }

  /** The measure's participants whom the caller may see (their own people); the read is audited. */
  async participants(actor: Actor, measureId: string): Promise<MeasureParticipant[]> {
    const measure = await this.repository.findMeasure(actor.regionId, measureId);
    if (!measure) throw UserError.notFound('tiltaket');
    const list = await this.repository.participants(Scope.personalData(actor), measure.id);
    await this.audit.read(actor, {
      action: 'measure_participant.list',
      entityType: 'measure',
      entityId: measure.id,
      employeeIds: list.map((row) => row.employeeId),
    });
    return list;
  }

  /**
   * People in the caller's scope worth signing up: open development wishes for a competence the
   * measure develops, and for a renewal the people whose certificate runs out. Audited as a read.
   */
  async proposals(actor: Actor, measureId: string): Promise<ProposedParticipant[]> {
    const scope = Scope.personalData(actor);
    const measure = await this.repository.findMeasure(actor.regionId, measureId);
    if (!measure) throw UserError.notFound('tiltaket');
    const targets = await this.repository.targets(measure.id);
    const competenceIds = targets.map((t) => t.competenceId);
    const taking = await this.repository.participants(scope, measure.id);
    const proposals = proposeParticipants({
      kind: measure.kind,
      endsOn: measure.endsOn,
      targets,
      wishes: await this.repository.openWishes(scope, this.db.manager, competenceIds, null),
      certified:
        measure.kind === 'CERTIFICATE_RENEWAL'
          ? await this.repository.certifiedUntil(scope, actor.regionId, competenceIds)
          : [],
      taking: new Set(
        taking
          .filter((row) => row.status !== ParticipantStatus.WITHDRAWN)
          .map((row) => row.employeeId),
      ),
    });
    const people = new Map(
      (
        await this.repository.people(
          scope,
          proposals.map((p) => p.employeeId),
        )
      ).map((row) => [row.employeeId, row]),
    );
    const names = new Map(targets.map((t) => [t.competenceId, t.competenceName]));
    const result = proposals.flatMap((proposal): ProposedParticipant[] => {
      const person = people.get(proposal.employeeId);
      if (!person) return [];
      return [
        {
          ...person,
          reason: ProposalReason[proposal.reason],
          competenceId: proposal.competenceId,
          competenceName: names.get(proposal.competenceId) ?? '',
          developmentItemId: proposal.developmentItemId,
          targetLevel: proposal.targetLevel,
          expiresOn: proposal.expiresOn,
        },
      ];
    });
    await this.audit.read(actor, {
      action: 'measure.proposals',
      entityType: 'measure',
      entityId: measure.id,
      employeeIds: result.map((row) => row.employeeId),
    });
    return result;
  }

  /**
   * Places and participants per municipality, without names. Exact for the roles that run
   * measures (HR, unit leaders, the regional coordinator, who shares out the places); randomly
   * rounded to multiples of k for everyone else (board members, region admins).
   */
  async signUps(actor: Actor, measureId: string): Promise<MeasureSignUps> {
    const measure = await this.repository.findMeasure(actor.regionId, measureId);
    if (!measure) throw UserError.notFound('tiltaket');
    const counts = await this.repository.signUpCounts(measure.id);
    const exact = hasRole(actor, Role.MUNICIPALITY_HR, Role.UNIT_LEADER, Role.REGIONAL_COORDINATOR);
    const protection = exact
      ? null
      : {
          k: (await this.repository.regionSettings(actor.regionId)).k,
          draws: await this.protection.regionDraws(actor.regionId),
        };
    const taken = counts.reduce(
      (sum, row) => sum + row.signedUp + row.completed + row.notCompleted,
      0,
    );
    return {
      measureId: measure.id,
      places: measure.places,
      taken: exact ? taken : null,
      free: exact ? Math.max(0, measure.places - taken) : null,
      municipalities: counts.map((row) => {
        const figure = (status: string, value: number) =>
          participantCount(
            value,
            protection && { ...protection, key: `${measure.id}|${row.municipalityId}|${status}` },
          );
        const held = row.signedUp + row.completed + row.notCompleted;
        return {
          municipalityId: row.municipalityId,
          municipalityName: row.municipalityName,
          share: measure.municipalityId === null ? (row.share ?? 0) : null,
          signedUp: figure('SIGNED_UP', row.signedUp),
          completed: figure('COMPLETED', row.completed),
          notCompleted: figure('NOT_COMPLETED', row.notCompleted),
          withdrawn: figure('WITHDRAWN', row.withdrawn),
          free: !exact
            ? null
            : measure.municipalityId === null
              ? Math.max(0, Math.min((row.share ?? 0) - held, measure.places - taken))
              : Math.max(0, measure.places - taken),
        };
      }),
    };
  }
}
