import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { col, execute, maybeOne, one, rows, type Queryable } from '../database/sql';
import type { UnitRow } from '../organisation/organisation.rows';
import { Horizon, Measure, Priority, RationaleKind } from './requirement.enums';

/** The columns every kind of requirement has besides what it asks for. */
const commonRow = {
  id: col.id,
  regionId: col.id,
  municipalityId: col.id,
  unitId: col.id,
  horizon: z.enum(Horizon),
  targetDate: col.isoDate.nullable(),
  priority: z.enum(Priority),
  rationaleKind: z.enum(RationaleKind),
  rationale: col.text,
  reference: col.text.nullable(),
  templateId: col.id.nullable(),
  version: col.int,
  updatedAt: col.timestamp,
};

/** What a requirement's writer gives: its row without what the database keeps. */
type ValuesOf<Row> = Omit<
  Row,
  'id' | 'regionId' | 'municipalityId' | 'unitId' | 'templateId' | 'version' | 'updatedAt'
>;

export const RequirementRow = z.object({
  ...commonRow,
  competenceId: col.id,
  minLevel: col.int,
  required: col.number,
  measure: z.enum(Measure),
});
export type RequirementRow = z.infer<typeof RequirementRow>;

export type RequirementValues = ValuesOf<RequirementRow>;

export const StaffingRequirementRow = z.object({
  ...commonRow,
  professionCode: col.text,
  requiredFte: col.number,
});
export type StaffingRequirementRow = z.infer<typeof StaffingRequirementRow>;

export type StaffingRequirementValues = ValuesOf<StaffingRequirementRow>;

/** What every kind's row and values have (the kinds add what they ask for). */
export type CommonRow = z.infer<z.ZodObject<typeof commonRow>>;
export type CommonValues = Pick<
  CommonRow,
  'horizon' | 'targetDate' | 'priority' | 'rationaleKind' | 'rationale' | 'reference'
>;

/**
 * The SQL of one kind of requirement: its table, its row and the columns of what it asks for.
 * Everything else (region, unit, horizon, date, priority, rationale, reference, template,
 * version) is the same for every kind, so the repository writes each statement once.
 */
export interface RequirementTable<Row extends CommonRow, Values extends CommonValues> {
  table: string;
  alias: string;
  row: z.ZodType<Row>;
  /** The SELECT list on `alias`. */
  columns: string;
  /** The columns of what the kind asks for, and their values in the same order. */
  askColumns: readonly string[];
  askValues(values: Values): unknown[];
  /** The unique key a copy meets an existing requirement on. */
  conflictKey: string;
  /** What a copy over an existing requirement replaces, besides the common fields. */
  replaced: readonly string[];
  /** The list: extra joins, the kind's own filter, the order. */
  listJoins: string;
  listFilter(filter: RequirementListFilter): { column: string; value: string } | null;
  listOrder: string;
}

/** A unit a requirement is written for, as the organisation repository reads it. */
export type UnitRef = UnitRow;

const AtUnit = z.object({ requirements: col.int, staffing: col.int });

export interface RequirementListFilter {
  municipalityId?: string | null;
  unitId?: string | null;
  includeSubUnits?: boolean | null;
  competenceId?: string | null;
  horizon?: Horizon | null;
  priority?: Priority | null;
  professionCode?: string | null;
}

/** A template's target date that has passed is not copied: the copy applies from its horizon. */
const KEEP_TARGET_DATE = `CASE WHEN src.target_date >= $4::date THEN src.target_date END`;

/** The common columns as every kind selects them, on alias `a`. */
function commonColumns(a: string): string {
  return `${a}.id, ${a}.region_id AS "regionId", ${a}.municipality_id AS "municipalityId",
  ${a}.unit_id AS "unitId", ${a}.horizon, to_char(${a}.target_date, 'YYYY-MM-DD') AS "targetDate",
  ${a}.priority, ${a}.rationale_kind AS "rationaleKind", ${a}.rationale, ${a}.reference,
  ${a}.template_id AS "templateId", ${a}.version, ${a}.updated_at AS "updatedAt"`;
}

/** The common value columns in insert/update order. */
const COMMON_COLUMNS = [
  'horizon',
  'target_date',
  'priority',
  'rationale_kind',
  'rationale',
  'reference',
] as const;

function commonValues(values: CommonValues): unknown[] {
  return [
    values.horizon,
    values.targetDate,
    values.priority,
    values.rationaleKind,
    values.rationale,
    values.reference,
  ];
}

/** Competence requirements (kravanalyse): at least a level of a competence, this many. */
export const COMPETENCE_REQUIREMENTS: RequirementTable<RequirementRow, RequirementValues> = {
  table: 'requirement',
  alias: 'r',
  row: RequirementRow,
  columns: `${commonColumns('r')}, r.competence_id AS "competenceId", r.min_level AS "minLevel",
    r.required::float8 AS required, r.measure`,
  askColumns: ['competence_id', 'min_level', 'required', 'measure'],
  askValues: (values) => [values.competenceId, values.minLevel, values.required, values.measure],
  conflictKey: '(unit_id, competence_id, min_level, measure, horizon)',
  replaced: ['required'],
  listJoins: 'JOIN competence c ON c.id = r.competence_id',
  listFilter: (filter) =>
    filter.competenceId ? { column: 'r.competence_id', value: filter.competenceId } : null,
  listOrder: 'array_length(u.path, 1), u.name, c.area, c.name, r.horizon, r.min_level, r.id',
};

/** Staffing requirements: årsverk of a profession. */
export const STAFFING_REQUIREMENTS: RequirementTable<
  StaffingRequirementRow,
  StaffingRequirementValues
> = {
  table: 'staffing_requirement',
  alias: 's',
  row: StaffingRequirementRow,
  columns: `${commonColumns('s')}, s.profession_code AS "professionCode",
    s.required_fte::float8 AS "requiredFte"`,
  askColumns: ['profession_code', 'required_fte'],
  askValues: (values) => [values.professionCode, values.requiredFte],
  conflictKey: '(unit_id, profession_code, horizon)',
  replaced: ['required_fte'],
  listJoins: '',
  listFilter: (filter) =>
    filter.professionCode ? { column: 's.profession_code', value: filter.professionCode } : null,
  listOrder: 'array_length(u.path, 1), u.name, s.profession_code, s.horizon, s.id',
};

/** `$from, $from+1, …` for `count` parameters. */
function placeholders(from: number, count: number): string {
  return Array.from({ length: count }, (_, i) => `$${from + i}`).join(', ');
}

/** Filters shared by both kinds of requirement, on the kind's alias. */
function listConditions<Row extends CommonRow, Values extends CommonValues>(
  kind: RequirementTable<Row, Values>,
  regionId: string,
  filter: RequirementListFilter,
): { where: string[]; params: unknown[] } {
  const alias = kind.alias;
  const params: unknown[] = [regionId];
  const where = [`${alias}.region_id = $1`];
  const add = (condition: (param: string) => string, value: unknown) => {
    params.push(value);
    where.push(condition(`$${params.length}`));
  };
  if (filter.municipalityId) {
    add((p) => `${alias}.municipality_id = ${p}`, filter.municipalityId);
  }
  if (filter.unitId) {
    add(
      (p) =>
        filter.includeSubUnits === false
          ? `${alias}.unit_id = ${p}`
          : `u.path @> ARRAY[${p}::uuid]`,
      filter.unitId,
    );
  }
  if (filter.horizon) add((p) => `${alias}.horizon = ${p}`, filter.horizon);
  if (filter.priority) add((p) => `${alias}.priority = ${p}`, filter.priority);
  const own = kind.listFilter(filter);
  if (own) add((p) => `${own.column} = ${p}`, own.value);
  return { where, params };
}

/** All SQL about requirements, for every kind of requirement (a RequirementTable). */
@Injectable()
export class RequirementsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  list<Row extends CommonRow, Values extends CommonValues>(
    kind: RequirementTable<Row, Values>,
    regionId: string,
    filter: RequirementListFilter,
  ): Promise<Row[]> {
    const { where, params } = listConditions(kind, regionId, filter);
    const a = kind.alias;
    return rows(
      this.db,
      kind.row,
      `SELECT ${kind.columns}
       FROM ${kind.table} ${a} JOIN unit u ON u.id = ${a}.unit_id ${kind.listJoins}
       WHERE ${where.join(' AND ')}
       ORDER BY ${kind.listOrder}`,
      params,
    );
  }

  /** A requirement by id within the region; with `lock`, held until the transaction ends. */
  find<Row extends CommonRow, Values extends CommonValues>(
    kind: RequirementTable<Row, Values>,
    regionId: string,
    id: string,
    manager: Queryable = this.db,
    lock = false,
  ): Promise<Row | null> {
    const a = kind.alias;
    return maybeOne(
      manager,
      kind.row,
      `SELECT ${kind.columns} FROM ${kind.table} ${a} WHERE ${a}.region_id = $1 AND ${a}.id = $2
       ${lock ? 'FOR UPDATE' : ''}`,
      [regionId, id],
    );
  }

  /** Batch read for the requirement DataLoader (ids come from rows already in the region). */
  findByIds(ids: readonly string[]): Promise<RequirementRow[]> {
    const kind = COMPETENCE_REQUIREMENTS;
    return rows(
      this.db,
      kind.row,
      `SELECT ${kind.columns} FROM ${kind.table} r WHERE r.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  insert<Row extends CommonRow, Values extends CommonValues>(
    kind: RequirementTable<Row, Values>,
    manager: EntityManager,
    unit: UnitRef,
    values: Values,
    createdBy: string | null,
  ): Promise<Row> {
    const columns = [...kind.askColumns, ...COMMON_COLUMNS];
    return one(
      manager,
      kind.row,
      `INSERT INTO ${kind.table} AS ${kind.alias} (region_id, municipality_id, unit_id,
         ${columns.join(', ')}, created_by)
       VALUES (${placeholders(1, columns.length + 4)})
       RETURNING ${kind.columns}`,
      [
        unit.regionId,
        unit.municipalityId,
        unit.id,
        ...kind.askValues(values),
        ...commonValues(values),
        createdBy,
      ],
    );
  }

  /** Writes only when `version` is still current; returns null otherwise. */
  update<Row extends CommonRow, Values extends CommonValues>(
    kind: RequirementTable<Row, Values>,
    manager: EntityManager,
    id: string,
    version: number,
    values: Values,
  ): Promise<Row | null> {
    const a = kind.alias;
    const set = [...kind.askColumns, ...COMMON_COLUMNS].map((column, i) => `${column} = $${i + 3}`);
    return maybeOne(
      manager,
      kind.row,
      `UPDATE ${kind.table} AS ${a}
        SET ${set.join(', ')}, version = ${a}.version + 1, updated_at = now()
        WHERE ${a}.id = $1 AND ${a}.version = $2
        RETURNING ${kind.columns}`,
      [id, version, ...kind.askValues(values), ...commonValues(values)],
    );
  }

  async delete<Row extends CommonRow, Values extends CommonValues>(
    kind: RequirementTable<Row, Values>,
    manager: EntityManager,
    id: string,
  ): Promise<void> {
    await execute(manager, `DELETE FROM ${kind.table} WHERE id = $1`, [id]);
  }

  /**
   * Copies the source unit's requirements of a kind to every target in one statement. A
   * target that already has one with the same key keeps it (skipped), or gets the template's
   * values when `replace`. Returns the rows written, each with `created` (inserted rather than
   * replaced).
   */
  copy<Row extends CommonRow, Values extends CommonValues>(
    kind: RequirementTable<Row, Values>,
    manager: EntityManager,
    sourceUnitId: string,
    targets: readonly UnitRef[],
    replace: boolean,
    createdBy: string | null,
    today: string,
  ): Promise<Array<Row & { created: boolean }>> {
    const a = kind.alias;
    const copied = [...kind.askColumns, ...COMMON_COLUMNS];
    const sources = copied.map((column) =>
      column === 'target_date' ? KEEP_TARGET_DATE : `src.${column}`,
    );
    const replaced = [
      ...kind.replaced,
      ...COMMON_COLUMNS.filter((column) => column !== 'horizon'),
      'template_id',
    ].map((column) => `${column} = excluded.${column}`);
    return rows(
      manager,
      z.intersection(kind.row, z.object({ created: col.boolean })),
      `INSERT INTO ${kind.table} AS ${a} (region_id, municipality_id, unit_id, ${copied.join(', ')},
         template_id, created_by)
       SELECT t.region_id, t.municipality_id, t.id, ${sources.join(', ')}, src.id, $3
       FROM ${kind.table} src CROSS JOIN unit t
       WHERE src.unit_id = $1 AND t.id = ANY($2::uuid[]) AND t.id <> src.unit_id
       ORDER BY t.id, src.id
       ON CONFLICT ${kind.conflictKey}
       ${
         replace
           ? `DO UPDATE SET ${replaced.join(', ')}, version = ${a}.version + 1, updated_at = now()`
           : 'DO NOTHING'
       }
       RETURNING ${kind.columns}, (${a}.xmax = 0) AS created`,
      [sourceUnitId, targets.map((t) => t.id), createdBy, today],
    );
  }

  /** How many requirements of each kind the source unit has (to report skipped copies). */
  countAtUnit(
    manager: EntityManager,
    unitId: string,
  ): Promise<{ requirements: number; staffing: number }> {
    return one(
      manager,
      AtUnit,
      `SELECT (SELECT count(*) FROM requirement WHERE unit_id = $1)::int AS requirements,
              (SELECT count(*) FROM staffing_requirement WHERE unit_id = $1)::int AS staffing`,
      [unitId],
    );
  }
}
