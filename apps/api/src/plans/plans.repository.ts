import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import type { Scope } from '../auth/scope';
import { SqlParams } from '../database/sql-params';
import { col, execute, maybeOne, one, rows, type Queryable } from '../database/sql';
import { employeeScopeColumns, notErased } from '../employees/people.sql';
import type { PlanLevel, PlanStatus } from './plan.enums';
import {
  FundingRow,
  MeasureRow,
  type MeasureValues,
  ParticipantCountRow,
  PlanRow,
  ShareRow,
  TargetRow,
  TeacherRow,
} from './plans.rows';

const PLAN_COLUMNS = `p.id, p.region_id AS "regionId", p.level, p.municipality_id AS "municipalityId",
  p.unit_id AS "unitId", p.year, p.half, p.title, p.status,
  to_char(p.adopted_on, 'YYYY-MM-DD') AS "adoptedOn", p.adopted_by AS "adoptedBy",
  (SELECT name FROM app_user WHERE id = p.adopted_by) AS "adoptedByName",
  p.version, p.updated_at AS "updatedAt"`;

const MEASURE_COLUMNS = `m.id, m.region_id AS "regionId", m.plan_id AS "planId",
  m.municipality_id AS "municipalityId", m.unit_id AS "unitId", m.title, m.description,
  m.strategy, m.kind, m.provider, m.provider_name AS "providerName",
  m.target_group AS "targetGroup", m.owner, m.places, m.hours::float8 AS hours,
  to_char(m.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(m.ends_on, 'YYYY-MM-DD') AS "endsOn",
  m.awards_certificate AS "awardsCertificate", m.status, m.lending_unit_id AS "lendingUnitId",
  m.version, m.updated_at AS "updatedAt"`;

const PLAN_ORDER = `p.year DESC, p.half DESC,
  CASE p.level WHEN 'REGION' THEN 0 WHEN 'MUNICIPALITY' THEN 1 ELSE 2 END,
  (SELECT name FROM municipality WHERE id = p.municipality_id),
  (SELECT name FROM unit WHERE id = p.unit_id), p.id`;

const MEASURE_ORDER = `m.starts_on, m.title, m.id`;

export interface PlanListFilter {
  level?: PlanLevel | null;
  municipalityId?: string | null;
  unitId?: string | null;
  year?: number | null;
  half?: number | null;
  status?: PlanStatus | null;
}

export interface NewPlan {
  regionId: string;
  level: PlanLevel;
  municipalityId: string | null;
  unitId: string | null;
  year: number;
  half: number;
  title: string;
}

export interface PlanChanges {
  title?: string;
  status?: PlanStatus;
  adoptedOn?: string | null;
  adoptedBy?: string | null;
}

/** A measure's children, read in one statement each for any number of measures. */
export interface MeasureChildren {
  funding: FundingRow[];
  targets: TargetRow[];
  shares: ShareRow[];
  teachers: TeacherRow[];
  participants: ParticipantCountRow[];
}

const RequirementRef = z.object({
  id: col.id,
  regionId: col.id,
  municipalityId: col.id,
  unitId: col.id,
  unitPath: z.array(col.id),
  competenceId: col.id,
  minLevel: col.int,
  unitName: col.text,
  competenceName: col.text,
});
export type RequirementRef = z.infer<typeof RequirementRef>;

const DirectoryEntry = z.object({
  employeeId: col.id,
  competenceId: col.id,
  municipalityId: col.id,
});
export type DirectoryEntry = z.infer<typeof DirectoryEntry>;

const ExpiringCompetence = z.object({
  competenceId: col.id,
  certificates: col.int,
  level: col.int,
  lastDay: col.isoDate,
});
export type ExpiringCompetence = z.infer<typeof ExpiringCompetence>;

const Count = z.object({ count: col.int });
const Settings = z.object({ k: col.int });

/** All SQL of action plans and measures. */
@Injectable()
export class PlansRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  listPlans(regionId: string, filter: PlanListFilter): Promise<PlanRow[]> {
    const p = new SqlParams([regionId]);
    const where = ['p.region_id = $1'];
    if (filter.level) where.push(`p.level = ${p.add(filter.level)}`);
    if (filter.municipalityId) {
      where.push(`p.municipality_id = ${p.add(filter.municipalityId, 'uuid')}`);
    }
    if (filter.unitId) {
      where.push(
        `p.unit_id IN (SELECT id FROM unit WHERE path @> ARRAY[${p.add(filter.unitId, 'uuid')}])`,
      );
    }
    if (filter.year) where.push(`p.year = ${p.add(filter.year, 'int')}`);
    if (filter.half) where.push(`p.half = ${p.add(filter.half, 'int')}`);
    if (filter.status) where.push(`p.status = ${p.add(filter.status)}`);
    return rows(
      this.db,
      PlanRow,
      `SELECT ${PLAN_COLUMNS} FROM action_plan p WHERE ${where.join(' AND ')} ORDER BY ${PLAN_ORDER}`,
      p.values,
    );
  }

  /** A plan by id within the region; with `lock`, held until the transaction ends. */
  findPlan(
    regionId: string,
    id: string,
    db: Queryable = this.db,
    lock = false,
  ): Promise<PlanRow | null> {
    return maybeOne(
      db,
      PlanRow,
      `SELECT ${PLAN_COLUMNS} FROM action_plan p WHERE p.region_id = $1 AND p.id = $2
       ${lock ? 'FOR UPDATE' : ''}`,
      [regionId, id],
    );
  }

  /** Batch read for the plan DataLoader (ids come from rows already in the region). */
  findPlansByIds(ids: readonly string[]): Promise<PlanRow[]> {
    return rows(
      this.db,
      PlanRow,
      `SELECT ${PLAN_COLUMNS} FROM action_plan p WHERE p.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** The plan of a scope and half-year, if there is one. */
  findPlanFor(
    regionId: string,
    place: { municipalityId: string | null; unitId: string | null },
    period: { year: number; half: number },
    db: Queryable = this.db,
  ): Promise<PlanRow | null> {
    return maybeOne(
      db,
      PlanRow,
      `SELECT ${PLAN_COLUMNS} FROM action_plan p
       WHERE p.region_id = $1 AND p.municipality_id IS NOT DISTINCT FROM $2::uuid
         AND p.unit_id IS NOT DISTINCT FROM $3::uuid AND p.year = $4 AND p.half = $5`,
      [regionId, place.municipalityId, place.unitId, period.year, period.half],
    );
  }

  insertPlan(db: Queryable, plan: NewPlan, userId: string | null): Promise<PlanRow> {
    return one(
      db,
      PlanRow,
      `WITH p AS (
         INSERT INTO action_plan (region_id, level, municipality_id, unit_id, year, half, title,
           created_by, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING *)
       SELECT ${PLAN_COLUMNS} FROM p`,
      [
        plan.regionId,
        plan.level,
        plan.municipalityId,
        plan.unitId,
        plan.year,
        plan.half,
        plan.title,
        userId,
      ],
    );
  }

  /** Writes only when `version` is still current; returns null otherwise. */
  updatePlan(
    db: Queryable,
    id: string,
    version: number,
    changes: PlanChanges,
    userId: string | null,
  ): Promise<PlanRow | null> {
    const p = new SqlParams([id, version, userId]);
    const set: string[] = [];
    if (changes.title !== undefined) set.push(`title = ${p.add(changes.title)}`);
    if (changes.status !== undefined) set.push(`status = ${p.add(changes.status)}`);
    if (changes.adoptedOn !== undefined)
      set.push(`adopted_on = ${p.add(changes.adoptedOn, 'date')}`);
    if (changes.adoptedBy !== undefined)
      set.push(`adopted_by = ${p.add(changes.adoptedBy, 'uuid')}`);
    return maybeOne(
      db,
      PlanRow,
      `WITH p AS (
         UPDATE action_plan SET ${[...set, 'version = version + 1', 'updated_at = now()', 'updated_by = $3'].join(', ')}
         WHERE id = $1 AND version = $2 RETURNING *)
       SELECT ${PLAN_COLUMNS} FROM p`,
      p.values,
    );
  }

  async deletePlan(db: Queryable, id: string): Promise<void> {
    await execute(db, `DELETE FROM action_plan WHERE id = $1`, [id]);
  }

  async countMeasures(db: Queryable, planId: string): Promise<number> {
    return (
      await one(db, Count, `SELECT count(*)::int AS count FROM measure WHERE plan_id = $1`, [
        planId,
      ])
    ).count;
  }

  measuresByPlanIds(planIds: readonly string[]): Promise<MeasureRow[]> {
    return rows(
      this.db,
      MeasureRow,
      `SELECT ${MEASURE_COLUMNS} FROM measure m WHERE m.plan_id = ANY($1::uuid[]) ORDER BY ${MEASURE_ORDER}`,
      [planIds],
    );
  }

  /** A measure by id within the region; with `lock`, held until the transaction ends. */
  findMeasure(
    regionId: string,
    id: string,
    db: Queryable = this.db,
    lock = false,
  ): Promise<MeasureRow | null> {
    return maybeOne(
      db,
      MeasureRow,
      `SELECT ${MEASURE_COLUMNS} FROM measure m WHERE m.region_id = $1 AND m.id = $2
       ${lock ? 'FOR UPDATE' : ''}`,
      [regionId, id],
    );
  }

  /**
   * Funding, targets, shares, teachers and participant counts of the measures, one statement
   * each. A teacher's name and unit are given while the person is listed in the teaching
   * directory with consent for the topic, or lies in the caller's scope; erased people never.
   */
  async children(
    scope: Scope,
    measureIds: readonly string[],
    db: Queryable = this.db,
  ): Promise<MeasureChildren> {
    if (measureIds.length === 0) {
      return { funding: [], targets: [], shares: [], teachers: [], participants: [] };
    }
    const teacherScope = new SqlParams([measureIds]);
    const inScope = scope.where(teacherScope, employeeScopeColumns('e', 'u'));
    const [funding, targets, shares, teachers, participants] = await Promise.all([
      rows(
        db,
        FundingRow,
        `SELECT measure_id AS "measureId", source, amount::float8 AS amount FROM measure_funding
         WHERE measure_id = ANY($1::uuid[])
         ORDER BY CASE source WHEN 'OWN_BUDGET' THEN 0 WHEN 'COMPETENCE_GRANT' THEN 1 ELSE 2 END`,
        [measureIds],
      ),
      rows(
        db,
        TargetRow,
        `SELECT measure_id AS "measureId", competence_id AS "competenceId", level,
                requirement_id AS "requirementId"
         FROM measure_target WHERE measure_id = ANY($1::uuid[]) ORDER BY position, competence_id`,
        [measureIds],
      ),
      rows(
        db,
        ShareRow,
        `SELECT s.measure_id AS "measureId", s.municipality_id AS "municipalityId", s.places
         FROM measure_share s JOIN municipality mu ON mu.id = s.municipality_id
         WHERE s.measure_id = ANY($1::uuid[]) ORDER BY mu.number`,
        [measureIds],
      ),
      rows(
        db,
        TeacherRow,
        `SELECT mt.measure_id AS "measureId", mt.employee_id AS "employeeId",
                mt.municipality_id AS "municipalityId", mt.competence_id AS "competenceId",
                CASE WHEN shown THEN e.given_name || ' ' || e.family_name END AS name,
                CASE WHEN shown THEN u.name END AS "unitName"
         FROM measure_teacher mt
         JOIN employee e ON e.id = mt.employee_id
         JOIN unit u ON u.id = e.unit_id
         CROSS JOIN LATERAL (SELECT ${notErased('e')} AND (
             EXISTS (SELECT 1 FROM teaching_directory_entry t
                     WHERE t.employee_id = mt.employee_id AND t.competence_id = mt.competence_id
                       AND t.consent)
             OR ${inScope}) AS shown) AS visible
         WHERE mt.measure_id = ANY($1::uuid[])
         ORDER BY mt.measure_id, e.family_name, e.given_name, e.id`,
        teacherScope.values,
      ),
      rows(
        db,
        ParticipantCountRow,
        `SELECT measure_id AS "measureId", municipality_id AS "municipalityId",
                count(*)::int AS participants
         FROM measure_participant
         WHERE measure_id = ANY($1::uuid[]) AND status <> 'WITHDRAWN'
         GROUP BY measure_id, municipality_id`,
        [measureIds],
      ),
    ]);
    return { funding, targets, shares, teachers, participants };
  }

  /** Every participant row of a measure, withdrawn ones too (they are its history). */
  async participantRows(db: Queryable, measureId: string): Promise<number> {
    return (
      await one(
        db,
        Count,
        `SELECT count(*)::int AS count FROM measure_participant WHERE measure_id = $1`,
        [measureId],
      )
    ).count;
  }

  insertMeasure(
    db: Queryable,
    plan: PlanRow,
    values: MeasureValues,
    userId: string | null,
  ): Promise<MeasureRow> {
    return one(
      db,
      MeasureRow,
      `WITH m AS (
         INSERT INTO measure (region_id, plan_id, municipality_id, unit_id, title, description,
           strategy, kind, provider, provider_name, target_group, owner, places, hours, starts_on,
           ends_on, awards_certificate, lending_unit_id, created_by, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,
           $19, $19)
         RETURNING *)
       SELECT ${MEASURE_COLUMNS} FROM m`,
      [
        plan.regionId,
        plan.id,
        plan.municipalityId,
        unitOfPlan(plan),
        ...measureColumns(values),
        userId,
      ],
    );
  }

  /** Writes only when `version` is still current; returns null otherwise. */
  updateMeasure(
    db: Queryable,
    id: string,
    version: number,
    values: MeasureValues,
    userId: string | null,
  ): Promise<MeasureRow | null> {
    return maybeOne(
      db,
      MeasureRow,
      `WITH m AS (
         UPDATE measure SET title = $3, description = $4, strategy = $5, kind = $6, provider = $7,
           provider_name = $8, target_group = $9, owner = $10, places = $11, hours = $12,
           starts_on = $13, ends_on = $14, awards_certificate = $15, lending_unit_id = $16,
           updated_by = $17, version = version + 1, updated_at = now()
         WHERE id = $1 AND version = $2 RETURNING *)
       SELECT ${MEASURE_COLUMNS} FROM m`,
      [id, version, ...measureColumns(values), userId],
    );
  }

  setMeasureStatus(
    db: Queryable,
    id: string,
    version: number,
    status: string,
    userId: string | null,
  ): Promise<MeasureRow | null> {
    return maybeOne(
      db,
      MeasureRow,
      `WITH m AS (
         UPDATE measure SET status = $3, updated_by = $4, version = version + 1, updated_at = now()
         WHERE id = $1 AND version = $2 RETURNING *)
       SELECT ${MEASURE_COLUMNS} FROM m`,
      [id, version, status, userId],
    );
  }

  /** Replaces the measure's funding, targets, shares and teachers with the values'. */
  async replaceChildren(
    db: Queryable,
    regionId: string,
    measureId: string,
    values: MeasureValues,
  ): Promise<void> {
    for (const table of ['measure_funding', 'measure_target', 'measure_share', 'measure_teacher']) {
      await execute(db, `DELETE FROM ${table} WHERE measure_id = $1`, [measureId]);
    }
    if (values.funding.length > 0) {
      await execute(
        db,
        `INSERT INTO measure_funding (measure_id, region_id, source, amount)
         SELECT $1, $2, f.source, f.amount FROM unnest($3::text[], $4::numeric[]) AS f(source, amount)`,
        [
          measureId,
          regionId,
          values.funding.map((f) => f.source),
          values.funding.map((f) => f.amount),
        ],
      );
    }
    if (values.targets.length > 0) {
      await execute(
        db,
        `INSERT INTO measure_target (measure_id, region_id, competence_id, level, requirement_id, position)
         SELECT $1, $2, t.competence_id, t.level, t.requirement_id, t.position - 1
         FROM unnest($3::uuid[], $4::int[], $5::uuid[]) WITH ORDINALITY
           AS t(competence_id, level, requirement_id, position)`,
        [
          measureId,
          regionId,
          values.targets.map((t) => t.competenceId),
          values.targets.map((t) => t.level),
          values.targets.map((t) => t.requirementId),
        ],
      );
    }
    if (values.shares.length > 0) {
      await execute(
        db,
        `INSERT INTO measure_share (measure_id, region_id, municipality_id, places)
         SELECT $1, $2, s.municipality_id, s.places FROM unnest($3::uuid[], $4::int[]) AS s(municipality_id, places)`,
        [
          measureId,
          regionId,
          values.shares.map((s) => s.municipalityId),
          values.shares.map((s) => s.places),
        ],
      );
    }
    if (values.teachers.length > 0) {
      await execute(
        db,
        `INSERT INTO measure_teacher (measure_id, region_id, municipality_id, employee_id, competence_id)
         SELECT $1, $2, t.municipality_id, t.employee_id, t.competence_id
         FROM unnest($3::uuid[], $4::uuid[], $5::uuid[]) AS t(municipality_id, employee_id, competence_id)`,
        [
          measureId,
          regionId,
          values.teachers.map((t) => t.municipalityId),
          values.teachers.map((t) => t.employeeId),
          values.teachers.map((t) => t.competenceId),
        ],
      );
    }
  }

  async deleteMeasure(db: Queryable, id: string): Promise<void> {
    await execute(db, `DELETE FROM measure WHERE id = $1`, [id]);
  }

  /** Requirements among `ids` in the region, with their unit's path. */
  requirementsInRegion(
    regionId: string,
    ids: readonly string[],
    db: Queryable = this.db,
  ): Promise<RequirementRef[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return rows(
      db,
      RequirementRef,
      `SELECT r.id, r.region_id AS "regionId", r.municipality_id AS "municipalityId",
              r.unit_id AS "unitId", u.path::text[] AS "unitPath", r.competence_id AS "competenceId",
              r.min_level AS "minLevel", u.name AS "unitName", c.name AS "competenceName"
       FROM requirement r JOIN unit u ON u.id = r.unit_id JOIN competence c ON c.id = r.competence_id
       WHERE r.region_id = $1 AND r.id = ANY($2::uuid[])`,
      [regionId, ids],
    );
  }

  /**
   * The teaching directory's entries among the (person, topic) pairs that may be made teachers:
   * listed with consent (anyone in the region), or listed without it but in the caller's scope
   * (HR knows its own people; the directory only hides them from others).
   */
  teachableEntries(
    scope: Scope,
    regionId: string,
    pairs: ReadonlyArray<{ employeeId: string; competenceId: string }>,
    db: Queryable = this.db,
  ): Promise<DirectoryEntry[]> {
    if (pairs.length === 0) return Promise.resolve([]);
    const p = new SqlParams([
      regionId,
      pairs.map((x) => x.employeeId),
      pairs.map((x) => x.competenceId),
    ]);
    const inScope = scope.where(p, employeeScopeColumns('e', 'u'));
    return rows(
      db,
      DirectoryEntry,
      `SELECT t.employee_id AS "employeeId", t.competence_id AS "competenceId",
              t.municipality_id AS "municipalityId"
       FROM teaching_directory_entry t
       JOIN unnest($2::uuid[], $3::uuid[]) AS x(employee_id, competence_id)
         ON x.employee_id = t.employee_id AND x.competence_id = t.competence_id
       JOIN employee e ON e.id = t.employee_id
       JOIN unit u ON u.id = e.unit_id
       WHERE t.region_id = $1 AND e.active AND ${notErased('e')} AND (t.consent OR ${inScope})`,
      p.values,
    );
  }

  /**
   * Certificates (qualifications with an expiry that give a competence) of current staff in the
   * caller's scope within the area, expiring from `from` to `to`, per competence: how many, the
   * level they give and the last day one runs out.
   */
  expiringByCompetence(
    scope: Scope,
    regionId: string,
    area: { municipalityId: string | null; unitId: string | null },
    period: { from: string; to: string },
    competenceId: string | null,
  ): Promise<ExpiringCompetence[]> {
    const p = new SqlParams([
      regionId,
      area.municipalityId,
      area.unitId,
      period.from,
      period.to,
      competenceId,
    ]);
    const inScope = scope.where(p, employeeScopeColumns('e', 'u'));
    return rows(
      this.db,
      ExpiringCompetence,
      `SELECT a.competence_id AS "competenceId", count(DISTINCT q.id)::int AS certificates,
              max(a.level)::int AS level, to_char(max(q.expires_on), 'YYYY-MM-DD') AS "lastDay"
       FROM qualification q
       JOIN assessment a ON a.qualification_id = q.id
       JOIN employee e ON e.id = q.employee_id
       JOIN unit u ON u.id = e.unit_id
       WHERE q.region_id = $1 AND e.active AND ${notErased('e')}
         AND ($2::uuid IS NULL OR e.municipality_id = $2)
         AND ($3::uuid IS NULL OR u.path @> ARRAY[$3::uuid])
         AND q.expires_on BETWEEN $4::date AND $5::date
         AND ($6::uuid IS NULL OR a.competence_id = $6)
         AND ${inScope}
       GROUP BY a.competence_id
       ORDER BY certificates DESC, a.competence_id`,
      p.values,
    );
  }

  /** The region's smallest group shown to readers without personal-data access. */
  async minGroupSize(regionId: string): Promise<number> {
    const row = await maybeOne(
      this.db,
      Settings,
      `SELECT min_group_size AS k FROM region WHERE id = $1`,
      [regionId],
    );
    return row?.k ?? 5;
  }
}

/** A measure's unit: the plan's (null for regional and municipal plans). */
function unitOfPlan(plan: PlanRow): string | null {
  return plan.unitId;
}

function measureColumns(values: MeasureValues): unknown[] {
  return [
    values.title,
    values.description,
    values.strategy,
    values.kind,
    values.provider,
    values.providerName,
    values.targetGroup,
    values.owner,
    values.places,
    values.hours,
    values.startsOn,
    values.endsOn,
    values.awardsCertificate,
    values.lendingUnitId,
  ];
}
