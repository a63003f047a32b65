import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import type { Scope } from '../auth/scope';
import { col, execute, maybeOne, rows, type Queryable } from '../database/sql';
import { SqlParams } from '../database/sql-params';
import { employeeInScope, employeeScopeColumns, notErased } from '../employees/people.sql';
import {
  CandidateRow,
  CertifiedUntilRow,
  MeasureForParticipation,
  MeasureTargetRow,
  OpenWishRow,
  ParticipantRow,
  ParticipantStatus,
  PersonRow,
  SignUpCountRow,
  TakenRow,
} from './participation.rows';

const MEASURE_COLUMNS = `m.id, m.region_id AS "regionId", m.municipality_id AS "municipalityId",
  m.unit_id AS "unitId", m.title, m.kind, m.provider_name AS "providerName", m.places,
  m.hours::float8 AS hours, to_char(m.starts_on, 'YYYY-MM-DD') AS "startsOn",
  to_char(m.ends_on, 'YYYY-MM-DD') AS "endsOn", m.awards_certificate AS "awardsCertificate",
  m.status`;

/** `mp` joined to its employee `e`, unit `u` and municipality `mu`. */
const PARTICIPANT_COLUMNS = `mp.id, mp.measure_id AS "measureId", mp.employee_id AS "employeeId",
  e.given_name || ' ' || e.family_name AS "fullName", e.unit_id AS "unitId", u.name AS "unitName",
  mp.municipality_id AS "municipalityId", mu.name AS "municipalityName", mp.status,
  mp.development_item_id AS "developmentItemId", mp.signed_up_at AS "signedUpAt",
  to_char(mp.outcome_on, 'YYYY-MM-DD') AS "outcomeOn", mp.version`;

const PARTICIPANT_JOINS = `JOIN employee e ON e.id = mp.employee_id
  JOIN unit u ON u.id = e.unit_id
  JOIN municipality mu ON mu.id = mp.municipality_id`;

const PLACE_HOLDING = `('SIGNED_UP', 'COMPLETED', 'NOT_COMPLETED')`;

const IdRow = z.object({ id: col.id });

export interface NewParticipant {
  employeeId: string;
  municipalityId: string;
  developmentItemId: string | null;
}

/**
 * All SQL about who takes part in measures (measure_participant) and what it reads around
 * them: the measure, its targets and shares (owned by the plans capability, read here), the
 * people (through the people module's fragments, always in the caller's scope) and their open
 * development wishes from appraisals.
 */
@Injectable()
export class ParticipationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The measure in the region; `lock` holds its row until the transaction ends, so two sign-ups
   * for the last places (or a sign-up and a completion) run one after the other.
   */
  findMeasure(
    regionId: string,
    measureId: string,
    manager: Queryable = this.db,
    lock = false,
  ): Promise<MeasureForParticipation | null> {
    return maybeOne(
      manager,
      MeasureForParticipation,
      `SELECT ${MEASURE_COLUMNS} FROM measure m WHERE m.id = $1 AND m.region_id = $2
        ${lock ? 'FOR UPDATE OF m' : ''}`,
      [measureId, regionId],
    );
  }

  targets(measureId: string, manager: Queryable = this.db): Promise<MeasureTargetRow[]> {
    return rows(
      manager,
      MeasureTargetRow,
      `SELECT mt.competence_id AS "competenceId", c.name AS "competenceName", mt.level,
              c.validity_months AS "validityMonths", mt.requirement_id AS "requirementId"
       FROM measure_target mt JOIN competence c ON c.id = mt.competence_id
       WHERE mt.measure_id = $1 ORDER BY mt.position, c.name`,
      [measureId],
    );
  }

  async shares(measureId: string, manager: Queryable = this.db): Promise<Map<string, number>> {
    const found = await rows(
      manager,
      z.object({ municipalityId: col.id, places: col.int }),
      `SELECT municipality_id AS "municipalityId", places FROM measure_share WHERE measure_id = $1`,
      [measureId],
    );
    return new Map(found.map((row) => [row.municipalityId, row.places]));
  }

  /** Places held (everyone but those who withdrew), per municipality. */
  async takenPlaces(
    measureId: string,
    manager: Queryable,
  ): Promise<{ total: number; byMunicipality: Map<string, number> }> {
    const found = await rows(
      manager,
      TakenRow,
      `SELECT municipality_id AS "municipalityId", count(*)::int AS taken
       FROM measure_participant WHERE measure_id = $1 AND status IN ${PLACE_HOLDING}
       GROUP BY municipality_id`,
      [measureId],
    );
    return {
      total: found.reduce((sum, row) => sum + row.taken, 0),
      byMunicipality: new Map(found.map((row) => [row.municipalityId, row.taken])),
    };
  }

  /** The people named, as far as they are in the caller's scope, with their part in the measure. */
  candidates(
    scope: Scope,
    manager: Queryable,
    measureId: string,
    employeeIds: readonly string[],
  ): Promise<CandidateRow[]> {
    const p = new SqlParams([employeeIds, measureId]);
    return rows(
      manager,
      CandidateRow,
      `SELECT e.id AS "employeeId", e.given_name || ' ' || e.family_name AS "fullName",
              e.municipality_id AS "municipalityId", mu.name AS "municipalityName", e.active,
              mp.status AS existing
       FROM employee e
       JOIN unit u ON u.id = e.unit_id
       JOIN municipality mu ON mu.id = e.municipality_id
       LEFT JOIN measure_participant mp ON mp.measure_id = $2 AND mp.employee_id = e.id
       WHERE e.id = ANY($1::uuid[]) AND ${notErased('e')}
         AND ${scope.where(p, employeeScopeColumns())}`,
      p.values,
    );
  }

  /**
   * Open development wishes (appraisals' WISH items) of people in scope, for the given
   * competences; of the given people only, when `employeeIds` is set.
   */
  openWishes(
    scope: Scope,
    manager: Queryable,
    competenceIds: readonly string[],
    employeeIds: readonly string[] | null,
  ): Promise<OpenWishRow[]> {
    const p = new SqlParams([competenceIds]);
    const people = employeeIds ? `AND d.employee_id = ANY(${p.add(employeeIds, 'uuid[]')})` : '';
    return rows(
      manager,
      OpenWishRow,
      `SELECT d.employee_id AS "employeeId", d.id AS "developmentItemId",
              d.competence_id AS "competenceId", d.target_level AS "targetLevel"
       FROM development_item d
       WHERE d.status = 'OPEN' AND d.kind = 'WISH' AND d.competence_id = ANY($1::uuid[])
         ${people}
         AND ${employeeInScope(scope, p, 'd.employee_id')}
         AND EXISTS (SELECT 1 FROM employee de WHERE de.id = d.employee_id AND de.active)
       ORDER BY d.created_at, d.id`,
      p.values,
    );
  }

  /** Development items by id, of people in scope (to check an explicitly chosen one). */
  developmentItems(
    scope: Scope,
    manager: Queryable,
    ids: readonly string[],
  ): Promise<Array<OpenWishRow & { status: string; kind: string }>> {
    const p = new SqlParams([ids]);
    return rows(
      manager,
      z.object({
        employeeId: col.id,
        developmentItemId: col.id,
        competenceId: col.id.nullable().transform((v) => v ?? ''),
        targetLevel: col.int.nullable().transform((v) => v ?? 0),
        status: col.text,
        kind: col.text,
      }),
      `SELECT d.employee_id AS "employeeId", d.id AS "developmentItemId",
              d.competence_id AS "competenceId", d.target_level AS "targetLevel", d.status, d.kind
       FROM development_item d
       WHERE d.id = ANY($1::uuid[]) AND ${employeeInScope(scope, p, 'd.employee_id')}`,
      p.values,
    );
  }

  /**
   * The last day of certified competence per person in scope and competence: the latest expiry
   * of their FORMAL entries, for those whose every FORMAL entry expires (certificates).
   */
  certifiedUntil(
    scope: Scope,
    regionId: string,
    competenceIds: readonly string[],
  ): Promise<Array<z.infer<typeof CertifiedUntilRow>>> {
    const p = new SqlParams([regionId, competenceIds]);
    return rows(
      this.db,
      CertifiedUntilRow,
      `SELECT a.employee_id AS "employeeId", a.competence_id AS "competenceId",
              to_char(max(a.valid_until), 'YYYY-MM-DD') AS "validUntil"
       FROM assessment a
       JOIN employee e ON e.id = a.employee_id AND e.active AND ${notErased('e')}
       JOIN unit u ON u.id = e.unit_id
       WHERE a.region_id = $1 AND a.source = 'FORMAL' AND a.competence_id = ANY($2::uuid[])
         AND ${scope.where(p, employeeScopeColumns())}
       GROUP BY a.employee_id, a.competence_id
       HAVING bool_and(a.valid_until IS NOT NULL)`,
      p.values,
    );
  }

  /** Active people in scope by id, with where they work (for proposals). */
  people(scope: Scope, employeeIds: readonly string[]): Promise<PersonRow[]> {
    const p = new SqlParams([employeeIds]);
    return rows(
      this.db,
      PersonRow,
      `SELECT e.id AS "employeeId", e.given_name || ' ' || e.family_name AS "fullName",
              e.unit_id AS "unitId", u.name AS "unitName", e.municipality_id AS "municipalityId"
       FROM employee e JOIN unit u ON u.id = e.unit_id
       WHERE e.id = ANY($1::uuid[]) AND e.active AND ${notErased('e')}
         AND ${scope.where(p, employeeScopeColumns())}
       ORDER BY e.family_name, e.given_name, e.id`,
      p.values,
    );
  }

  /** Everyone in the measure (all statuses) whose employee is in scope. */
  participants(
    scope: Scope,
    measureId: string,
    manager: Queryable = this.db,
    ids: readonly string[] | null = null,
    lock = false,
  ): Promise<ParticipantRow[]> {
    const p = new SqlParams([measureId]);
    const only = ids ? `AND mp.id = ANY(${p.add(ids, 'uuid[]')})` : '';
    return rows(
      manager,
      ParticipantRow,
      `SELECT ${PARTICIPANT_COLUMNS} FROM measure_participant mp ${PARTICIPANT_JOINS}
       WHERE mp.measure_id = $1 ${only} AND ${notErased('e')}
         AND ${scope.where(p, employeeScopeColumns())}
       ORDER BY e.family_name, e.given_name, e.id
       ${lock ? 'FOR UPDATE OF mp' : ''}`,
      p.values,
    );
  }

  /** Everyone of the measure taking part, whoever reads (no names): what the figures count. */
  signUpCounts(measureId: string): Promise<SignUpCountRow[]> {
    return rows(
      this.db,
      SignUpCountRow,
      `SELECT mu.id AS "municipalityId", mu.name AS "municipalityName", s.places AS share,
              count(mp.id) FILTER (WHERE mp.status = 'SIGNED_UP')::int AS "signedUp",
              count(mp.id) FILTER (WHERE mp.status = 'COMPLETED')::int AS completed,
              count(mp.id) FILTER (WHERE mp.status = 'NOT_COMPLETED')::int AS "notCompleted",
              count(mp.id) FILTER (WHERE mp.status = 'WITHDRAWN')::int AS withdrawn
       FROM municipality mu
       JOIN measure m ON m.id = $1 AND m.region_id = mu.region_id
       LEFT JOIN measure_share s ON s.measure_id = m.id AND s.municipality_id = mu.id
       LEFT JOIN measure_participant mp ON mp.measure_id = m.id AND mp.municipality_id = mu.id
       WHERE s.municipality_id IS NOT NULL OR mp.id IS NOT NULL OR mu.id = m.municipality_id
       GROUP BY mu.id, mu.name, s.places
       ORDER BY mu.number`,
      [measureId],
    );
  }

  /**
   * Signs the people up (or back up, after they withdrew), held to the caller's scope; returns
   * the participants' ids. Anyone else's row is left alone.
   */
  async signUp(
    scope: Scope,
    manager: EntityManager,
    measure: { id: string; regionId: string },
    added: readonly NewParticipant[],
    userId: string,
  ): Promise<string[]> {
    const p = new SqlParams([
      measure.id,
      measure.regionId,
      added.map((row) => row.employeeId),
      added.map((row) => row.municipalityId),
      added.map((row) => row.developmentItemId),
      userId,
    ]);
    const written = await rows(
      manager,
      IdRow,
      `INSERT INTO measure_participant AS mp (measure_id, region_id, municipality_id, employee_id,
         development_item_id, signed_up_by)
       SELECT $1::uuid, $2::uuid, v.municipality_id, v.employee_id, v.development_item_id, $6::uuid
       FROM unnest($3::uuid[], $4::uuid[], $5::uuid[])
         AS v (employee_id, municipality_id, development_item_id)
       WHERE ${employeeInScope(scope, p, 'v.employee_id')}
       ON CONFLICT (measure_id, employee_id) DO UPDATE
         SET status = 'SIGNED_UP', development_item_id = excluded.development_item_id,
             signed_up_by = excluded.signed_up_by, signed_up_at = now(), outcome_on = NULL,
             outcome_by = NULL, version = mp.version + 1
         WHERE mp.status = 'WITHDRAWN'
       RETURNING mp.id`,
      p.values,
    );
    return written.map((row) => row.id);
  }

  /** Withdraws a signed-up participant at the version the caller saw; false when it moved. */
  async withdraw(
    scope: Scope,
    manager: EntityManager,
    participantId: string,
    version: number,
  ): Promise<boolean> {
    const p = new SqlParams([participantId, version]);
    const changed = await execute(
      manager,
      `UPDATE measure_participant SET status = 'WITHDRAWN', version = version + 1
       WHERE id = $1 AND version = $2 AND status = 'SIGNED_UP'
         AND ${employeeInScope(scope, p, 'measure_participant.employee_id')}`,
      p.values,
    );
    return changed === 1;
  }

  /** Records an outcome for participants (in scope) of the measure. */
  async setOutcome(
    scope: Scope,
    manager: EntityManager,
    participantIds: readonly string[],
    status: ParticipantStatus.COMPLETED | ParticipantStatus.NOT_COMPLETED,
    outcomeOn: string,
    userId: string,
  ): Promise<number> {
    if (participantIds.length === 0) return 0;
    const p = new SqlParams([participantIds, status, outcomeOn, userId]);
    return execute(
      manager,
      `UPDATE measure_participant
          SET status = $2, outcome_on = $3::date, outcome_by = $4::uuid, version = version + 1
        WHERE id = ANY($1::uuid[]) AND status <> $2
          AND ${employeeInScope(scope, p, 'measure_participant.employee_id')}`,
      p.values,
    );
  }

  /**
   * Moves development items of people in scope along: IN_PROGRESS on sign-up, DONE on
   * completion, back to OPEN when the person withdrew or did not complete.
   */
  async setDevelopmentItems(
    scope: Scope,
    manager: EntityManager,
    ids: readonly string[],
    status: 'OPEN' | 'IN_PROGRESS' | 'DONE',
    from: ReadonlyArray<'OPEN' | 'IN_PROGRESS'>,
  ): Promise<void> {
    if (ids.length === 0) return;
    const p = new SqlParams([ids, status, from]);
    await execute(
      manager,
      `UPDATE development_item SET status = $2, updated_at = now()
        WHERE id = ANY($1::uuid[]) AND status = ANY($3::text[])
          AND ${employeeInScope(scope, p, 'development_item.employee_id')}`,
      p.values,
    );
  }

  /** The measure a participant (of someone in scope) takes part in. */
  async measureOfParticipant(
    scope: Scope,
    manager: Queryable,
    participantId: string,
  ): Promise<string | null> {
    const p = new SqlParams([participantId]);
    const row = await maybeOne(
      manager,
      z.object({ measureId: col.id }),
      `SELECT mp.measure_id AS "measureId" FROM measure_participant mp
       WHERE mp.id = $1 AND ${employeeInScope(scope, p, 'mp.employee_id')}`,
      p.values,
    );
    return row?.measureId ?? null;
  }

  /** The region's name and k, its smallest group for figures about people. */
  async regionSettings(regionId: string): Promise<{ name: string; k: number }> {
    const row = await maybeOne(
      this.db,
      z.object({ name: col.text, k: col.int }),
      `SELECT name, min_group_size AS k FROM region WHERE id = $1`,
      [regionId],
    );
    if (!row) throw new Error(`No region ${regionId}`);
    return row;
  }
}
