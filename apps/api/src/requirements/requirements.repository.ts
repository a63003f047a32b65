import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { UnitKind } from '../organisation/organisation.rows';
import { Horizon, Measure, Priority, RationaleKind } from './requirement.enums';
import type { WriteScope } from './requirement-scope';

export interface RequirementRow {
  id: string;
  regionId: string;
  municipalityId: string;
  unitId: string;
  competenceId: string;
  minLevel: number;
  required: number;
  measure: Measure;
  horizon: Horizon;
  targetDate: string | null;
  priority: Priority;
  rationaleKind: RationaleKind;
  rationale: string;
  reference: string | null;
  templateId: string | null;
  version: number;
  updatedAt: Date;
}

export type RequirementValues = Pick<
  RequirementRow,
  | 'competenceId'
  | 'minLevel'
  | 'required'
  | 'measure'
  | 'horizon'
  | 'targetDate'
  | 'priority'
  | 'rationaleKind'
  | 'rationale'
  | 'reference'
>;

export interface StaffingRequirementRow {
  id: string;
  regionId: string;
  municipalityId: string;
  unitId: string;
  professionCode: string;
  requiredFte: number;
  horizon: Horizon;
  targetDate: string | null;
  priority: Priority;
  rationaleKind: RationaleKind;
  rationale: string;
  reference: string | null;
  templateId: string | null;
  version: number;
  updatedAt: Date;
}

export type StaffingRequirementValues = Pick<
  StaffingRequirementRow,
  | 'professionCode'
  | 'requiredFte'
  | 'horizon'
  | 'targetDate'
  | 'priority'
  | 'rationaleKind'
  | 'rationale'
  | 'reference'
>;

export interface UnitRef {
  id: string;
  regionId: string;
  municipalityId: string;
  parentId: string | null;
  path: string[];
  name: string;
  kind: UnitKind;
  serviceType: string | null;
}

export interface CompetenceRef {
  id: string;
  name: string;
  /** Levels of the competence's scale, ascending. */
  levels: number[];
}

export interface RequirementListFilter {
  municipalityId?: string | null;
  unitId?: string | null;
  includeSubUnits?: boolean | null;
  competenceId?: string | null;
  horizon?: Horizon | null;
  priority?: Priority | null;
  professionCode?: string | null;
}

const COLUMNS = `r.id, r.region_id AS "regionId", r.municipality_id AS "municipalityId",
  r.unit_id AS "unitId", r.competence_id AS "competenceId", r.min_level AS "minLevel",
  r.required::float8 AS required, r.measure, r.horizon,
  to_char(r.target_date, 'YYYY-MM-DD') AS "targetDate", r.priority,
  r.rationale_kind AS "rationaleKind", r.rationale, r.reference, r.template_id AS "templateId",
  r.version, r.updated_at AS "updatedAt"`;

const STAFFING_COLUMNS = `s.id, s.region_id AS "regionId", s.municipality_id AS "municipalityId",
  s.unit_id AS "unitId", s.profession_code AS "professionCode",
  s.required_fte::float8 AS "requiredFte", s.horizon,
  to_char(s.target_date, 'YYYY-MM-DD') AS "targetDate", s.priority,
  s.rationale_kind AS "rationaleKind", s.rationale, s.reference, s.template_id AS "templateId",
  s.version, s.updated_at AS "updatedAt"`;

const UNIT_COLUMNS = `u.id, u.region_id AS "regionId", u.municipality_id AS "municipalityId",
  u.parent_id AS "parentId", u.path::text[] AS path, u.name, u.kind, u.service_type AS "serviceType"`;

/** A template's target date that has passed is not copied: the copy applies from its horizon. */
const KEEP_TARGET_DATE = `CASE WHEN src.target_date >= $4::date THEN src.target_date END`;

/**
 * TypeORM answers an UPDATE … RETURNING with [rows, affected count] but an INSERT with the
 * rows alone; this gives the rows either way.
 */
function returned<T>(result: T[] | [T[], number]): T[] {
  const [first] = result;
  return Array.isArray(first) ? first : (result as T[]);
}

/** Where the caller may change requirements, as a SQL condition on unit `u`. */
function writeCondition(scope: WriteScope, firstParam: number): { sql: string; params: unknown[] } {
  const [region, everywhere, municipalities, units] = [0, 1, 2, 3].map((i) => firstParam + i);
  return {
    sql: `(u.region_id = $${region} AND ($${everywhere}::boolean
           OR u.municipality_id = ANY($${municipalities}::uuid[]) OR u.path && $${units}::uuid[]))`,
    params: [scope.regionId, scope.regionWide, scope.municipalityIds, scope.unitIds],
  };
}

/** Filters shared by both kinds of requirement, on alias `alias`. */
function listConditions(
  alias: string,
  regionId: string,
  filter: RequirementListFilter,
): { where: string[]; params: unknown[] } {
  const params: unknown[] = [regionId];
  const where = [`${alias}.region_id = $1`];
  if (filter.municipalityId) {
    params.push(filter.municipalityId);
    where.push(`${alias}.municipality_id = $${params.length}`);
  }
  if (filter.unitId) {
    params.push(filter.unitId);
    where.push(
      filter.includeSubUnits === false
        ? `${alias}.unit_id = $${params.length}`
        : `u.path @> ARRAY[$${params.length}::uuid]`,
    );
  }
  if (filter.horizon) {
    params.push(filter.horizon);
    where.push(`${alias}.horizon = $${params.length}`);
  }
  if (filter.priority) {
    params.push(filter.priority);
    where.push(`${alias}.priority = $${params.length}`);
  }
  return { where, params };
}

/** All SQL about requirements and staffing requirements. */
@Injectable()
export class RequirementsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  list(regionId: string, filter: RequirementListFilter): Promise<RequirementRow[]> {
    const { where, params } = listConditions('r', regionId, filter);
    if (filter.competenceId) {
      params.push(filter.competenceId);
      where.push(`r.competence_id = $${params.length}`);
    }
    return this.db.query(
      `SELECT ${COLUMNS}
       FROM requirement r JOIN unit u ON u.id = r.unit_id JOIN competence c ON c.id = r.competence_id
       WHERE ${where.join(' AND ')}
       ORDER BY array_length(u.path, 1), u.name, c.area, c.name, r.horizon, r.min_level, r.id`,
      params,
    );
  }

  listStaffing(regionId: string, filter: RequirementListFilter): Promise<StaffingRequirementRow[]> {
    const { where, params } = listConditions('s', regionId, filter);
    if (filter.professionCode) {
      params.push(filter.professionCode);
      where.push(`s.profession_code = $${params.length}`);
    }
    return this.db.query(
      `SELECT ${STAFFING_COLUMNS}
       FROM staffing_requirement s JOIN unit u ON u.id = s.unit_id
       WHERE ${where.join(' AND ')}
       ORDER BY array_length(u.path, 1), u.name, s.profession_code, s.horizon, s.id`,
      params,
    );
  }

  /** Requirement by id within the region; with `lock`, held until the transaction ends. */
  async find(
    regionId: string,
    id: string,
    manager: EntityManager = this.db.manager,
    lock = false,
  ): Promise<RequirementRow | null> {
    const rows: RequirementRow[] = await manager.query(
      `SELECT ${COLUMNS} FROM requirement r WHERE r.region_id = $1 AND r.id = $2
       ${lock ? 'FOR UPDATE' : ''}`,
      [regionId, id],
    );
    return rows[0] ?? null;
  }

  async findStaffing(
    regionId: string,
    id: string,
    manager: EntityManager = this.db.manager,
    lock = false,
  ): Promise<StaffingRequirementRow | null> {
    const rows: StaffingRequirementRow[] = await manager.query(
      `SELECT ${STAFFING_COLUMNS} FROM staffing_requirement s WHERE s.region_id = $1 AND s.id = $2
       ${lock ? 'FOR UPDATE' : ''}`,
      [regionId, id],
    );
    return rows[0] ?? null;
  }

  /** Batch read for the requirement DataLoader (ids come from rows already in the region). */
  findByIds(ids: readonly string[]): Promise<RequirementRow[]> {
    return this.db.query(`SELECT ${COLUMNS} FROM requirement r WHERE r.id = ANY($1::uuid[])`, [
      ids,
    ]);
  }

  async findUnit(regionId: string, id: string): Promise<UnitRef | null> {
    const rows: UnitRef[] = await this.db.query(
      `SELECT ${UNIT_COLUMNS} FROM unit u WHERE u.region_id = $1 AND u.id = $2`,
      [regionId, id],
    );
    return rows[0] ?? null;
  }

  /** The unit if the caller may change its requirements; otherwise null (as if missing). */
  async findWritableUnit(
    scope: WriteScope,
    id: string,
    manager: EntityManager = this.db.manager,
  ): Promise<UnitRef | null> {
    const condition = writeCondition(scope, 2);
    const rows: UnitRef[] = await manager.query(
      `SELECT ${UNIT_COLUMNS} FROM unit u WHERE u.id = $1 AND ${condition.sql}`,
      [id, ...condition.params],
    );
    return rows[0] ?? null;
  }

  /** Units among `ids`, and units (not departments) of `serviceType`, the caller may change. */
  findWritableUnits(
    scope: WriteScope,
    ids: readonly string[],
    serviceType: string | null,
    manager: EntityManager,
  ): Promise<UnitRef[]> {
    const condition = writeCondition(scope, 3);
    return manager.query(
      `SELECT ${UNIT_COLUMNS} FROM unit u
       WHERE (u.id = ANY($1::uuid[])
              OR ($2::text IS NOT NULL AND u.kind = 'UNIT' AND lower(u.service_type) = lower($2)))
         AND ${condition.sql}
       ORDER BY u.name, u.id`,
      [ids, serviceType, ...condition.params],
    );
  }

  async findCompetence(
    regionId: string,
    id: string,
    manager: EntityManager = this.db.manager,
  ): Promise<CompetenceRef | null> {
    const rows: CompetenceRef[] = await manager.query(
      `SELECT c.id, c.name,
              ARRAY(SELECT (step->>'level')::int FROM jsonb_array_elements(c.scale) AS step
                    ORDER BY 1) AS levels
       FROM competence c WHERE c.region_id = $1 AND c.id = $2`,
      [regionId, id],
    );
    return rows[0] ?? null;
  }

  async insert(
    manager: EntityManager,
    unit: UnitRef,
    values: RequirementValues,
    createdBy: string | null,
  ): Promise<RequirementRow> {
    const rows: RequirementRow[] = await manager.query(
      `INSERT INTO requirement AS r (region_id, municipality_id, unit_id, competence_id, min_level,
         required, measure, horizon, target_date, priority, rationale_kind, rationale, reference,
         created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       RETURNING ${COLUMNS}`,
      [
        unit.regionId,
        unit.municipalityId,
        unit.id,
        values.competenceId,
        values.minLevel,
        values.required,
        values.measure,
        values.horizon,
        values.targetDate,
        values.priority,
        values.rationaleKind,
        values.rationale,
        values.reference,
        createdBy,
      ],
    );
    return rows[0];
  }

  /** Writes only when `version` is still current; returns null otherwise. */
  async update(
    manager: EntityManager,
    id: string,
    version: number,
    values: RequirementValues,
  ): Promise<RequirementRow | null> {
    const rows: RequirementRow[] = returned(
      await manager.query(
        `UPDATE requirement AS r
          SET competence_id = $3, min_level = $4, required = $5, measure = $6, horizon = $7,
              target_date = $8, priority = $9, rationale_kind = $10, rationale = $11,
              reference = $12, version = r.version + 1, updated_at = now()
        WHERE r.id = $1 AND r.version = $2
        RETURNING ${COLUMNS}`,
        [
          id,
          version,
          values.competenceId,
          values.minLevel,
          values.required,
          values.measure,
          values.horizon,
          values.targetDate,
          values.priority,
          values.rationaleKind,
          values.rationale,
          values.reference,
        ],
      ),
    );
    return rows[0] ?? null;
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`DELETE FROM requirement WHERE id = $1`, [id]);
  }

  async insertStaffing(
    manager: EntityManager,
    unit: UnitRef,
    values: StaffingRequirementValues,
    createdBy: string | null,
  ): Promise<StaffingRequirementRow> {
    const rows: StaffingRequirementRow[] = await manager.query(
      `INSERT INTO staffing_requirement AS s (region_id, municipality_id, unit_id, profession_code,
         required_fte, horizon, target_date, priority, rationale_kind, rationale, reference,
         created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       RETURNING ${STAFFING_COLUMNS}`,
      [
        unit.regionId,
        unit.municipalityId,
        unit.id,
        values.professionCode,
        values.requiredFte,
        values.horizon,
        values.targetDate,
        values.priority,
        values.rationaleKind,
        values.rationale,
        values.reference,
        createdBy,
      ],
    );
    return rows[0];
  }

  async updateStaffing(
    manager: EntityManager,
    id: string,
    version: number,
    values: StaffingRequirementValues,
  ): Promise<StaffingRequirementRow | null> {
    const rows: StaffingRequirementRow[] = returned(
      await manager.query(
        `UPDATE staffing_requirement AS s
          SET profession_code = $3, required_fte = $4, horizon = $5, target_date = $6,
              priority = $7, rationale_kind = $8, rationale = $9, reference = $10,
              version = s.version + 1, updated_at = now()
        WHERE s.id = $1 AND s.version = $2
        RETURNING ${STAFFING_COLUMNS}`,
        [
          id,
          version,
          values.professionCode,
          values.requiredFte,
          values.horizon,
          values.targetDate,
          values.priority,
          values.rationaleKind,
          values.rationale,
          values.reference,
        ],
      ),
    );
    return rows[0] ?? null;
  }

  async deleteStaffing(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`DELETE FROM staffing_requirement WHERE id = $1`, [id]);
  }

  /**
   * Copies the source unit's requirements to every target in one statement. A target that
   * already has a requirement for the same competence, level, measure and horizon keeps it
   * (skipped), or gets the template's values when `replace`. Returns the rows written, each
   * with `created` (inserted rather than replaced) and the row before for replacements.
   */
  async copyRequirements(
    manager: EntityManager,
    sourceUnitId: string,
    targets: readonly UnitRef[],
    replace: boolean,
    createdBy: string | null,
    today: string,
  ): Promise<Array<RequirementRow & { created: boolean }>> {
    return manager.query(
      `INSERT INTO requirement AS r (region_id, municipality_id, unit_id, competence_id, min_level,
         required, measure, horizon, target_date, priority, rationale_kind, rationale, reference,
         template_id, created_by)
       SELECT t.region_id, t.municipality_id, t.id, src.competence_id, src.min_level,
              src.required, src.measure, src.horizon, ${KEEP_TARGET_DATE}, src.priority,
              src.rationale_kind, src.rationale, src.reference, src.id, $3
       FROM requirement src CROSS JOIN unit t
       WHERE src.unit_id = $1 AND t.id = ANY($2::uuid[]) AND t.id <> src.unit_id
       ORDER BY t.id, src.id
       ON CONFLICT (unit_id, competence_id, min_level, measure, horizon)
       ${
         replace
           ? `DO UPDATE SET required = excluded.required, target_date = excluded.target_date,
                priority = excluded.priority, rationale_kind = excluded.rationale_kind,
                rationale = excluded.rationale, reference = excluded.reference,
                template_id = excluded.template_id, version = r.version + 1, updated_at = now()`
           : 'DO NOTHING'
       }
       RETURNING ${COLUMNS}, (r.xmax = 0) AS created`,
      [sourceUnitId, targets.map((t) => t.id), createdBy, today],
    );
  }

  async copyStaffingRequirements(
    manager: EntityManager,
    sourceUnitId: string,
    targets: readonly UnitRef[],
    replace: boolean,
    createdBy: string | null,
    today: string,
  ): Promise<Array<StaffingRequirementRow & { created: boolean }>> {
    return manager.query(
      `INSERT INTO staffing_requirement AS s (region_id, municipality_id, unit_id, profession_code,
         required_fte, horizon, target_date, priority, rationale_kind, rationale, reference,
         template_id, created_by)
       SELECT t.region_id, t.municipality_id, t.id, src.profession_code, src.required_fte,
              src.horizon, ${KEEP_TARGET_DATE}, src.priority, src.rationale_kind, src.rationale,
              src.reference, src.id, $3
       FROM staffing_requirement src CROSS JOIN unit t
       WHERE src.unit_id = $1 AND t.id = ANY($2::uuid[]) AND t.id <> src.unit_id
       ORDER BY t.id, src.id
       ON CONFLICT (unit_id, profession_code, horizon)
       ${
         replace
           ? `DO UPDATE SET required_fte = excluded.required_fte,
                target_date = excluded.target_date, priority = excluded.priority,
                rationale_kind = excluded.rationale_kind, rationale = excluded.rationale,
                reference = excluded.reference, template_id = excluded.template_id,
                version = s.version + 1, updated_at = now()`
           : 'DO NOTHING'
       }
       RETURNING ${STAFFING_COLUMNS}, (s.xmax = 0) AS created`,
      [sourceUnitId, targets.map((t) => t.id), createdBy, today],
    );
  }

  /** How many requirements of each kind the source unit has (to report skipped copies). */
  async countAtUnit(
    manager: EntityManager,
    unitId: string,
  ): Promise<{ requirements: number; staffing: number }> {
    const [row] = await manager.query(
      `SELECT (SELECT count(*) FROM requirement WHERE unit_id = $1)::int AS requirements,
              (SELECT count(*) FROM staffing_requirement WHERE unit_id = $1)::int AS staffing`,
      [unitId],
    );
    return row;
  }
}
