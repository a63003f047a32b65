import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { Scope } from '../auth/scope';
import { employeeInScope, employeeScopeColumns, notErased } from '../employees/people.sql';
import { SqlParams } from '../database/sql-params';
import { NORWEGIAN_COLLATION } from '../competences/competences.repository';
import { groupBy } from '../common/group-by';
import { col, execute, maybeOne, rows } from '../database/sql';
import { AppraisalContentValues, CurrentLevel, emptyContent } from '@kp/domain';
import {
  ActionLineRow,
  AmendmentRow,
  AppraisalEmployeeRow,
  type AppraisalRecord,
  AppraisalRow,
  CompetenceLineRow,
  DevelopmentItemRow,
} from './appraisal.rows';
import type { AppraisalStatus } from './models/appraisal.model';

const COLUMNS = `a.id, a.region_id AS "regionId", a.municipality_id AS "municipalityId",
  a.cycle_id AS "cycleId", a.employee_id AS "employeeId", a.status,
  to_char(a.held_on, 'YYYY-MM-DD') AS "heldOn",
  a.hr_registrations_checked AS "hrRegistrationsChecked",
  a.hr_registrations_comment AS "hrRegistrationsComment",
  a.potential_used AS "potentialUsed", a.potential_needs AS "potentialNeeds",
  a.teaching_consent AS "teachingConsent", a.preferred_ways AS "preferredWays",
  a.career_plan AS "careerPlan", a.career_target_role AS "careerTargetRole",
  a.version, a.created_at AS "createdAt", a.updated_at AS "updatedAt",
  updater.name AS "updatedByName", a.completed_at AS "completedAt",
  completer.name AS "completedByName"`;

const FROM = `appraisal a
  JOIN employee e ON e.id = a.employee_id AND ${notErased('e')}
  JOIN unit u ON u.id = e.unit_id
  LEFT JOIN app_user updater ON updater.id = a.updated_by
  LEFT JOIN app_user completer ON completer.id = a.completed_by`;

/** Scope is the employee's: their leaders (unit subtree) and HR in their municipality. */
const SCOPE_COLUMNS = employeeScopeColumns();

/** The appraisal (an id expression) belongs to an employee in the scope. */
function appraisalInScope(scope: Scope, p: SqlParams, appraisalId: string): string {
  return `EXISTS (SELECT 1 FROM appraisal sa WHERE sa.id = ${appraisalId}
    AND ${employeeInScope(scope, p, 'sa.employee_id')})`;
}

const CurrentLevelRow = z.object({
  competenceId: col.id,
  source: z.enum(['SELF_DECLARED', 'LEADER_ASSESSED']),
  level: col.int,
  confirmed: col.boolean,
}) satisfies z.ZodType<CurrentLevel>;

const IdRow = z.object({ id: col.id });

export interface AppraisalListFilter {
  cycleId?: string | null;
  unitId?: string | null;
  employeeId?: string | null;
  status?: AppraisalStatus | null;
}

/** Content columns of appraisal, in the order of `scalarValues`. */
function scalarValues(content: AppraisalContentValues): unknown[] {
  return [
    content.heldOn,
    content.hrRegistrationsChecked,
    content.hrRegistrationsComment,
    content.potentialUsed,
    content.potentialNeeds,
    content.teachingConsent,
    content.preferredWays,
    content.careerPlan,
    content.careerTargetRole,
  ];
}

/** All SQL about appraisal records, their lines and amendments. */
@Injectable()
export class AppraisalsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Records among `ids` in the scope; with `lock`, held until the transaction ends. */
  async findInScope(
    scope: Scope,
    ids: readonly string[],
    manager: EntityManager = this.db.manager,
    lock = false,
  ): Promise<AppraisalRecord[]> {
    const predicate = new SqlParams([ids]);
    const found = await rows(
      manager,
      AppraisalRow,
      `SELECT ${COLUMNS} FROM ${FROM}
       WHERE a.id = ANY($1::uuid[]) AND ${scope.where(predicate, SCOPE_COLUMNS)}
       ${lock ? 'FOR UPDATE OF a' : ''}`,
      predicate.values,
    );
    return this.withContent(found, manager);
  }

  /** The record of an employee in scope in a cycle. */
  async findByEmployeeAndCycle(
    scope: Scope,
    employeeId: string,
    cycleId: string,
    manager: EntityManager = this.db.manager,
    lock = false,
  ): Promise<AppraisalRecord | null> {
    const p = new SqlParams([employeeId, cycleId]);
    const found = await rows(
      manager,
      AppraisalRow,
      `SELECT ${COLUMNS} FROM ${FROM}
       WHERE a.employee_id = $1 AND a.cycle_id = $2 AND ${scope.where(p, SCOPE_COLUMNS)}
       ${lock ? 'FOR UPDATE OF a' : ''}`,
      p.values,
    );
    return (await this.withContent(found, manager))[0] ?? null;
  }

  /** The last signed-off record from a cycle that opened before `opensOn`. */
  async findPreviousCompleted(
    scope: Scope,
    employeeId: string,
    opensOn: string,
    manager: EntityManager = this.db.manager,
  ): Promise<AppraisalRecord | null> {
    const p = new SqlParams([employeeId, opensOn]);
    const found = await rows(
      manager,
      AppraisalRow,
      `SELECT ${COLUMNS} FROM ${FROM} JOIN appraisal_cycle c ON c.id = a.cycle_id
       WHERE a.employee_id = $1 AND a.status = 'COMPLETED' AND c.opens_on < $2
         AND ${scope.where(p, SCOPE_COLUMNS)}
       ORDER BY c.opens_on DESC, a.completed_at DESC LIMIT 1`,
      p.values,
    );
    return (await this.withContent(found, manager))[0] ?? null;
  }

  async list(scope: Scope, filter: AppraisalListFilter): Promise<AppraisalRecord[]> {
    const p = new SqlParams();
    const where = [scope.where(p, SCOPE_COLUMNS)];
    if (filter.cycleId) where.push(`a.cycle_id = ${p.add(filter.cycleId)}`);
    if (filter.unitId) where.push(`u.path @> ARRAY[${p.add(filter.unitId)}::uuid]`);
    if (filter.employeeId) where.push(`a.employee_id = ${p.add(filter.employeeId)}`);
    if (filter.status) where.push(`a.status = ${p.add(filter.status)}`);
    const found = await rows(
      this.db,
      AppraisalRow,
      `SELECT ${COLUMNS} FROM ${FROM} JOIN appraisal_cycle c ON c.id = a.cycle_id
       WHERE ${where.join(' AND ')}
       ORDER BY c.opens_on DESC, e.family_name COLLATE ${NORWEGIAN_COLLATION},
                e.given_name COLLATE ${NORWEGIAN_COLLATION}, a.id
       LIMIT 2000`,
      p.values,
    );
    return this.withContent(found, this.db.manager);
  }

  /** The employee if they exist, are not erased and lie in the scope; otherwise null. */
  async findEmployeeInScope(
    scope: Scope,
    employeeId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<AppraisalEmployeeRow | null> {
    const predicate = new SqlParams([employeeId]);
    return maybeOne(
      manager,
      AppraisalEmployeeRow,
      `SELECT e.id, e.region_id AS "regionId", e.municipality_id AS "municipalityId",
              e.unit_id AS "unitId", e.given_name AS "givenName", e.family_name AS "familyName",
              e.active, u.name AS "unitName", m.name AS "municipalityName"
       FROM employee e JOIN unit u ON u.id = e.unit_id JOIN municipality m ON m.id = e.municipality_id
       WHERE e.id = $1 AND ${notErased('e')} AND ${scope.where(predicate, SCOPE_COLUMNS)}`,
      predicate.values,
    );
  }

  /** The newest self-declared and leader-assessed level per competence, for pre-filling. */
  async currentLevels(scope: Scope, employeeId: string): Promise<CurrentLevel[]> {
    const p = new SqlParams([employeeId]);
    return rows(
      this.db,
      CurrentLevelRow,
      `SELECT latest."competenceId", latest.source, latest.level, latest.confirmed
       FROM (
         SELECT DISTINCT ON (a.competence_id, a.source)
                a.competence_id AS "competenceId", a.source, a.level,
                a.confirmed_at IS NOT NULL AS confirmed
         FROM assessment a
         WHERE a.employee_id = $1 AND a.source IN ('SELF_DECLARED', 'LEADER_ASSESSED')
           AND ${employeeInScope(scope, p, 'a.employee_id')}
         ORDER BY a.competence_id, a.source, a.assessed_on DESC, a.created_at DESC, a.id DESC
       ) latest
       JOIN competence c ON c.id = latest."competenceId"
       WHERE c.active
       ORDER BY c.name COLLATE ${NORWEGIAN_COLLATION}, latest.source`,
      p.values,
    );
  }

  /** Creates an empty draft unless the employee already has a record in the cycle. */
  async insertDraft(
    scope: Scope,
    manager: EntityManager,
    values: {
      regionId: string;
      municipalityId: string;
      cycleId: string;
      employeeId: string;
      actorUserId: string;
    },
  ): Promise<string | null> {
    const p = new SqlParams([
      values.regionId,
      values.municipalityId,
      values.cycleId,
      values.employeeId,
      values.actorUserId,
    ]);
    const inserted = await maybeOne(
      manager,
      IdRow,
      `INSERT INTO appraisal (region_id, municipality_id, cycle_id, employee_id, created_by, updated_by)
       SELECT $1::uuid, $2::uuid, $3::uuid, $4::uuid, $5::uuid, $5::uuid
        WHERE ${employeeInScope(scope, p, '$4::uuid')}
       ON CONFLICT (cycle_id, employee_id) DO NOTHING
       RETURNING id`,
      p.values,
    );
    return inserted?.id ?? null;
  }

  /** Writes the content and bumps the version; the caller holds the row lock. */
  async writeContent(
    scope: Scope,
    manager: EntityManager,
    id: string,
    content: AppraisalContentValues,
    actorUserId: string,
  ): Promise<void> {
    const p = new SqlParams([id, ...scalarValues(content), actorUserId]);
    const written = await maybeOne(
      manager,
      IdRow,
      `UPDATE appraisal SET held_on = $2, hr_registrations_checked = $3,
              hr_registrations_comment = $4, potential_used = $5, potential_needs = $6,
              teaching_consent = $7, preferred_ways = $8, career_plan = $9,
              career_target_role = $10, updated_by = $11, updated_at = now(),
              version = version + 1
        WHERE id = $1 AND ${employeeInScope(scope, p, 'appraisal.employee_id')}
       RETURNING id`,
      p.values,
    );
    // the lines below are keyed by this record only: never written for one out of scope
    if (!written) throw new Error('Appraisal to write is not in the scope');
    await execute(manager, `DELETE FROM appraisal_competence WHERE appraisal_id = $1`, [id]);
    await execute(manager, `DELETE FROM appraisal_action WHERE appraisal_id = $1`, [id]);

    const lines: Array<[string, string, number | null, boolean, number]> = [
      ...content.selfDeclarations.map(
        (line, i): [string, string, number | null, boolean, number] => [
          'SELF_DECLARED',
          line.competenceId,
          line.level,
          line.leaderConfirms,
          i,
        ],
      ),
      ...content.leaderAssessments.map(
        (line, i): [string, string, number | null, boolean, number] => [
          'LEADER_ASSESSED',
          line.competenceId,
          line.level,
          false,
          i,
        ],
      ),
      ...content.developmentWishes.map(
        (line, i): [string, string, number | null, boolean, number] => [
          'WISH',
          line.competenceId,
          line.targetLevel,
          false,
          i,
        ],
      ),
      ...content.teachingTopicIds.map(
        (competenceId, i): [string, string, number | null, boolean, number] => [
          'TEACHING',
          competenceId,
          null,
          false,
          i,
        ],
      ),
    ];
    if (lines.length > 0) {
      await execute(
        manager,
        `INSERT INTO appraisal_competence (appraisal_id, kind, competence_id, level, leader_confirms, position)
         SELECT $1, * FROM unnest($2::text[], $3::uuid[], $4::int[], $5::boolean[], $6::int[])`,
        [
          id,
          lines.map((line) => line[0]),
          lines.map((line) => line[1]),
          lines.map((line) => line[2]),
          lines.map((line) => line[3]),
          lines.map((line) => line[4]),
        ],
      );
    }
    if (content.agreedActions.length > 0) {
      await execute(
        manager,
        `INSERT INTO appraisal_action (appraisal_id, position, description, due_on, competence_id)
         SELECT $1, * FROM unnest($2::int[], $3::text[], $4::date[], $5::uuid[])`,
        [
          id,
          content.agreedActions.map((_, i) => i),
          content.agreedActions.map((line) => line.description),
          content.agreedActions.map((line) => line.dueOn),
          content.agreedActions.map((line) => line.competenceId),
        ],
      );
    }
  }

  async markCompleted(
    scope: Scope,
    manager: EntityManager,
    id: string,
    actorUserId: string,
  ): Promise<void> {
    const p = new SqlParams([id, actorUserId]);
    await execute(
      manager,
      `UPDATE appraisal SET status = 'COMPLETED', completed_at = now(), completed_by = $2,
              updated_by = $2, updated_at = now(), version = version + 1
        WHERE id = $1 AND ${employeeInScope(scope, p, 'appraisal.employee_id')}`,
      p.values,
    );
  }

  async deleteDraft(scope: Scope, manager: EntityManager, id: string): Promise<void> {
    const p = new SqlParams([id]);
    await execute(
      manager,
      `DELETE FROM appraisal WHERE id = $1 AND status = 'DRAFT'
          AND ${employeeInScope(scope, p, 'appraisal.employee_id')}`,
      p.values,
    );
  }

  async insertAmendment(
    scope: Scope,
    manager: EntityManager,
    values: {
      regionId: string;
      appraisalId: string;
      note: string;
      before: AppraisalContentValues;
      after: AppraisalContentValues;
      actorUserId: string;
    },
  ): Promise<void> {
    const p = new SqlParams([
      values.regionId,
      values.appraisalId,
      values.note,
      JSON.stringify(values.before),
      JSON.stringify(values.after),
      values.actorUserId,
    ]);
    await execute(
      manager,
      `INSERT INTO appraisal_amendment (region_id, appraisal_id, note, before, after, amended_by)
       SELECT $1::uuid, $2::uuid, $3::text, $4::jsonb, $5::jsonb, $6::uuid
        WHERE ${appraisalInScope(scope, p, '$2::uuid')}`,
      p.values,
    );
  }

  /** Batch read for the amendments DataLoader, oldest first. */
  findAmendmentsByAppraisalIds(scope: Scope, ids: readonly string[]): Promise<AmendmentRow[]> {
    const p = new SqlParams([ids]);
    return rows(
      this.db,
      AmendmentRow,
      `SELECT am.id, am.appraisal_id AS "appraisalId", am.note, am.before, am.after,
              am.amended_at AS "amendedAt", usr.name AS "amendedByName"
       FROM appraisal_amendment am LEFT JOIN app_user usr ON usr.id = am.amended_by
       WHERE am.appraisal_id = ANY($1::uuid[]) AND ${appraisalInScope(scope, p, 'am.appraisal_id')}
       ORDER BY am.amended_at, am.id`,
      p.values,
    );
  }

  /** Batch read for the development-items DataLoader. */
  findDevelopmentItemsByAppraisalIds(
    scope: Scope,
    ids: readonly string[],
  ): Promise<DevelopmentItemRow[]> {
    const p = new SqlParams([ids]);
    return rows(
      this.db,
      DevelopmentItemRow,
      `SELECT d.id, d.employee_id AS "employeeId", d.appraisal_id AS "appraisalId", d.kind,
              d.competence_id AS "competenceId", d.target_level AS "targetLevel", d.description,
              to_char(d.due_on, 'YYYY-MM-DD') AS "dueOn", d.status, d.created_at AS "createdAt"
       FROM development_item d
       WHERE d.appraisal_id = ANY($1::uuid[]) AND ${employeeInScope(scope, p, 'd.employee_id')}
       ORDER BY d.kind DESC, d.created_at, d.id`,
      p.values,
    );
  }

  /** Assembles the content of each record from its lines: three statements for any number. */
  private async withContent(
    records: AppraisalRow[],
    manager: EntityManager,
  ): Promise<AppraisalRecord[]> {
    if (records.length === 0) return [];
    const ids = records.map((row) => row.id);
    const competenceLines = await rows(
      manager,
      CompetenceLineRow,
      `SELECT appraisal_id AS "appraisalId", kind, competence_id AS "competenceId", level,
              leader_confirms AS "leaderConfirms"
       FROM appraisal_competence WHERE appraisal_id = ANY($1::uuid[])
       ORDER BY appraisal_id, kind, position`,
      [ids],
    );
    const actionLines = await rows(
      manager,
      ActionLineRow,
      `SELECT appraisal_id AS "appraisalId", description, to_char(due_on, 'YYYY-MM-DD') AS "dueOn",
              competence_id AS "competenceId"
       FROM appraisal_action WHERE appraisal_id = ANY($1::uuid[])
       ORDER BY appraisal_id, position`,
      [ids],
    );
    const linesById = groupBy(competenceLines, (line) => line.appraisalId);
    const actionsById = groupBy(actionLines, (line) => line.appraisalId);
    return records.map((row) => {
      const content = emptyContent();
      content.heldOn = row.heldOn;
      content.hrRegistrationsChecked = row.hrRegistrationsChecked;
      content.hrRegistrationsComment = row.hrRegistrationsComment;
      content.potentialUsed = row.potentialUsed;
      content.potentialNeeds = row.potentialNeeds;
      content.teachingConsent = row.teachingConsent;
      content.preferredWays = row.preferredWays;
      content.careerPlan = row.careerPlan;
      content.careerTargetRole = row.careerTargetRole;
      for (const line of linesById.get(row.id) ?? []) {
        const level = line.level ?? 0;
        if (line.kind === 'SELF_DECLARED') {
          content.selfDeclarations.push({
            competenceId: line.competenceId,
            level,
            leaderConfirms: line.leaderConfirms,
          });
        } else if (line.kind === 'LEADER_ASSESSED') {
          content.leaderAssessments.push({ competenceId: line.competenceId, level });
        } else if (line.kind === 'WISH') {
          content.developmentWishes.push({ competenceId: line.competenceId, targetLevel: level });
        } else {
          content.teachingTopicIds.push(line.competenceId);
        }
      }
      content.agreedActions = (actionsById.get(row.id) ?? []).map((line) => ({
        description: line.description,
        dueOn: line.dueOn,
        competenceId: line.competenceId,
      }));
      return { ...row, content };
    });
  }
}
