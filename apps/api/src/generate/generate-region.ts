import { createHash } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { z } from 'zod';
import { copyIn, copyOut, pgQueryable } from '../database/pg-client';
import { col, execute, maybeOne, rows } from '../database/sql';
import { DEMO_REGION } from '../seed/demo-organisation';
import { planScale, type PlannedMunicipality, type ScaleName } from './scale-plan';

/**
 * The test-data generator behind `npm run generate -- --scale demo|county|national`
 * (docs/benchmarks.md). It grows the demo region: every new municipality is made of copies of a
 * demo municipality's staff with their whole history (units, employees, qualifications,
 * assessments, requirements, appraisals, development items, the teaching directory, action
 * plans, measures and their participants), streamed table by table with
 * `COPY (SELECT …) TO STDOUT` into `COPY … FROM STDIN`, in one transaction.
 *
 * - Ids of copies are md5 hashes of (copy, original id); rows that exist once per
 *   municipality (the service area, the municipality's plans, appraisal cycles, requirements
 *   of the whole service area, regional shares) are hashed from (municipality, original id)
 *   and written by the first copy only, so later copies hang under the same ones.
 * - Unit names take the new municipality's name; the second and later copies of a unit are
 *   numbered ("Hjemmetjenesten Oslo 3"), their employee numbers get "-3".
 * - References that leave the municipality (a teacher lent to another municipality's measure,
 *   a lending unit elsewhere) are dropped in copies; regional measures keep their id, so their
 *   participants and shares grow with the region.
 * - Assessment history is made deeper: every assessment gets a copy one year older and
 *   leader assessments one two years older (about 29 per employee, as in the data);
 *   the demo municipalities get the same older history.
 */

const GENERATE_LOCK = 4_207_002;

const TemplateRow = z.object({
  id: col.id,
  number: z.string(),
  name: z.string(),
  employees: col.bigint,
});
const ColumnRow = z.object({ name: z.string(), references: z.string().nullable() });
const IdRow = z.object({ id: col.id });
const IndexRow = z.object({ name: z.string(), definition: z.string() });

/** Tables of millions of rows at national scale. */
const BIG_TABLES = new Set(['assessment', 'qualification', 'appraisal_competence']);

interface CloneSpec {
  table: string;
  /** Joins that reach the row's municipality (alias `o`), when the row has none itself. */
  join?: string;
  /** The template municipality a row belongs to. */
  owner: string;
  /** Rows that exist once per municipality (written by its first copy only). */
  once?: string;
  /** Column expressions instead of the default (a reference to a cloned table is remapped). */
  columns?: Record<string, string>;
  /** Rows not to copy (references that leave the municipality). */
  where?: string;
  /** Extra older history (assessments only). */
  history?: boolean;
}

/** Tables with rows that exist once per municipality (ids hashed from the municipality). */
const HAS_ONCE_ROWS = new Set([
  'unit',
  'requirement',
  'staffing_requirement',
  'appraisal_cycle',
  'action_plan',
]);

/** The id a copy gives an id of the template; `table` is the table the id belongs to. */
function remap(expression: string, table = 'unit'): string {
  const copied = `md5(c.copy || ':' || ${expression}::text)::uuid`;
  if (!HAS_ONCE_ROWS.has(table)) return `CASE WHEN c.own THEN ${expression} ELSE ${copied} END`;
  return `CASE WHEN c.own THEN ${expression}
               WHEN ${expression} IN (SELECT id FROM gen_once) THEN md5(c.target_id || ${expression}::text)::uuid
               ELSE ${copied} END`;
}

function sameMunicipality(
  expression: string,
  municipality: string,
  otherwise: string,
  table: string,
): string {
  return `CASE WHEN ${municipality} = c.template_id THEN ${remap(expression, table)} ELSE ${otherwise} END`;
}

/**
 * Requirements and staffing requirements: those of the whole service area exist once per
 * municipality; a copy keeps its template reference when the template lies elsewhere.
 */
function requirementSpec(table: string): CloneSpec {
  return {
    table,
    join: `LEFT JOIN ${table} o ON o.id = x.template_id`,
    owner: 'x.municipality_id',
    once: 'x.unit_id IN (SELECT id FROM gen_once)',
    columns: {
      template_id: sameMunicipality('x.template_id', 'o.municipality_id', 'x.template_id', table),
    },
  };
}

/** The tables that are copied, parents first. */
export const SPECS: CloneSpec[] = [
  {
    table: 'unit',
    owner: 'x.municipality_id',
    once: `x.kind = 'SERVICE_AREA'`,
    columns: {
      path: `(SELECT array_agg(${remap('p')} ORDER BY n) FROM unnest(x.path) WITH ORDINALITY AS u(p, n))`,
      name: `CASE WHEN x.kind = 'SERVICE_AREA' THEN x.name
               ELSE replace(x.name, c.template_name, c.target_name)
                    || CASE WHEN c.nth > 1 AND x.kind = 'UNIT' THEN ' ' || c.nth ELSE '' END END`,
    },
  },
  {
    table: 'employee',
    owner: 'x.municipality_id',
    columns: {
      employee_number: `x.employee_number || CASE WHEN c.nth > 1 THEN '-' || c.nth ELSE '' END`,
    },
  },
  {
    table: 'qualification',
    join: 'JOIN employee o ON o.id = x.employee_id',
    owner: 'o.municipality_id',
  },
  {
    table: 'assessment',
    join: 'JOIN employee o ON o.id = x.employee_id',
    owner: 'o.municipality_id',
    history: true,
  },
  requirementSpec('requirement'),
  requirementSpec('staffing_requirement'),
  { table: 'appraisal_cycle', owner: 'x.municipality_id', once: 'true' },
  { table: 'appraisal', owner: 'x.municipality_id' },
  {
    table: 'appraisal_competence',
    join: 'JOIN appraisal o ON o.id = x.appraisal_id',
    owner: 'o.municipality_id',
  },
  {
    table: 'appraisal_action',
    join: 'JOIN appraisal o ON o.id = x.appraisal_id',
    owner: 'o.municipality_id',
  },
  {
    table: 'appraisal_amendment',
    join: 'JOIN appraisal o ON o.id = x.appraisal_id',
    owner: 'o.municipality_id',
  },
  { table: 'development_item', owner: 'x.municipality_id' },
  { table: 'teaching_directory_entry', owner: 'x.municipality_id' },
  { table: 'action_plan', owner: 'x.municipality_id', once: 'x.unit_id IS NULL' },
  {
    table: 'measure',
    join: 'LEFT JOIN unit o ON o.id = x.lending_unit_id',
    owner: 'x.municipality_id',
    columns: {
      lending_unit_id: sameMunicipality('x.lending_unit_id', 'o.municipality_id', 'NULL', 'unit'),
    },
  },
  {
    table: 'measure_funding',
    join: 'JOIN measure o ON o.id = x.measure_id',
    owner: 'o.municipality_id',
  },
  {
    table: 'measure_target',
    join: 'JOIN measure o ON o.id = x.measure_id LEFT JOIN requirement r ON r.id = x.requirement_id',
    owner: 'o.municipality_id',
    columns: {
      requirement_id: `CASE WHEN r.municipality_id = o.municipality_id THEN ${remap('x.requirement_id', 'requirement')} END`,
    },
  },
  {
    // a regional measure's places for each municipality
    table: 'measure_share',
    join: 'JOIN measure o ON o.id = x.measure_id',
    owner: 'x.municipality_id',
    once: 'true',
    where: 'o.municipality_id IS NULL',
    columns: { measure_id: 'x.measure_id' },
  },
  {
    table: 'measure_participant',
    join: 'JOIN measure o ON o.id = x.measure_id',
    owner: 'x.municipality_id',
    where: 'o.municipality_id IS NULL OR o.municipality_id = x.municipality_id',
    columns: {
      measure_id: `CASE WHEN o.municipality_id IS NULL THEN x.measure_id ELSE ${remap('x.measure_id', 'measure')} END`,
    },
  },
  {
    table: 'measure_teacher',
    join: 'JOIN measure o ON o.id = x.measure_id',
    owner: 'x.municipality_id',
    where: 'o.municipality_id IS NULL OR o.municipality_id = x.municipality_id',
    columns: {
      measure_id: `CASE WHEN o.municipality_id IS NULL THEN x.measure_id ELSE ${remap('x.measure_id', 'measure')} END`,
    },
  },
];

/** A deterministic uuid from a text (the new municipalities' ids). */
function uuidOf(text: string): string {
  const hex = createHash('md5').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The table's columns, each with the cloned table it references (single-column keys). */
async function columnsOf(reader: Client, table: string) {
  return rows(
    pgQueryable(reader),
    ColumnRow,
    `SELECT a.attname AS name,
            (SELECT f.confrelid::regclass::text FROM pg_constraint f
              WHERE f.conrelid = a.attrelid AND f.contype = 'f' AND f.conkey = ARRAY[a.attnum]
              LIMIT 1) AS references
       FROM pg_attribute a
      WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped
        AND a.attgenerated = ''
      ORDER BY a.attnum`,
    [`public.${table}`],
  );
}

/** The SELECT whose rows are the copies of one table. */
export async function cloneQuery(
  reader: Client,
  spec: CloneSpec,
): Promise<{ sql: string; names: string[] }> {
  const cloned = new Set(SPECS.map((s) => s.table));
  const columns = await columnsOf(reader, spec.table);
  const expressions = columns.map(({ name, references }) => {
    const own = spec.columns?.[name];
    if (own) return own;
    if (spec.history) {
      const shifted = (column: string) =>
        `(x.${column} - make_interval(years => h.years))${name.endsWith('_on') || name === 'valid_until' ? '::date' : ''}`;
      if (name === 'id') {
        return `CASE WHEN h.years = 0 THEN ${remap('x.id', spec.table)}
                     ELSE md5(c.copy || ':' || h.years || ':' || x.id::text)::uuid END`;
      }
      if (['assessed_on', 'valid_until', 'created_at', 'confirmed_at'].includes(name)) {
        return shifted(name);
      }
    }
    if (name === 'id') return remap('x.id', spec.table);
    if (references === 'municipality') return 'c.target_id';
    if (references && cloned.has(references)) return remap(`x.${quote(name)}`, references);
    return `x.${quote(name)}`;
  });
  const conditions = [
    spec.where ? `(${spec.where})` : null,
    spec.once ? `(c.nth = 1 OR NOT (${spec.once}))` : null,
    spec.history
      ? `((h.years = 0 AND NOT c.own) OR h.years = 1
          OR (h.years = 2 AND x.source = 'LEADER_ASSESSED'))`
      : 'NOT c.own',
  ].filter((condition): condition is string => condition !== null);
  const sql = `SELECT ${expressions.join(',\n       ')}
    FROM ${quote(spec.table)} x
    ${spec.join ?? ''}
    JOIN gen_copy c ON c.template_id = ${spec.owner}
    ${spec.history ? 'CROSS JOIN (VALUES (0), (1), (2)) AS h(years)' : ''}
   WHERE ${conditions.join('\n     AND ')}`;
  return { sql, names: columns.map((column) => column.name) };
}

export interface GenerateReport {
  municipalities: number;
  tables: { table: string; rows: number; seconds: number }[];
}

/**
 * Grows the demo region of the database at `url` to `scale` (the demo region must exist:
 * `seedDemoRegion` first). Refuses a region that was grown already.
 */
export async function generateRegion(
  url: string,
  scale: ScaleName,
  log: (line: string) => void,
): Promise<GenerateReport> {
  const reader = new Client({ connectionString: url });
  const writer = new Client({ connectionString: url });
  await reader.connect();
  await writer.connect();
  const read = pgQueryable(reader);
  const write = pgQueryable(writer);
  try {
    await execute(read, 'SET statement_timeout = 0');
    await execute(write, 'SET statement_timeout = 0');
    const region = await maybeOne(read, IdRow, 'SELECT id FROM region WHERE slug = $1', [
      DEMO_REGION.slug,
    ]);
    if (!region) throw new Error(`Fant ikke demoregionen «${DEMO_REGION.name}».`);
    const templates = await rows(
      read,
      TemplateRow,
      `SELECT m.id, m.number, m.name, count(e.id) AS employees
         FROM municipality m LEFT JOIN employee e ON e.municipality_id = m.id
        WHERE m.region_id = $1 GROUP BY m.id ORDER BY m.number`,
      [region.id],
    );
    if (templates.length !== 5) {
      throw new Error(
        `Regionen har ${templates.length} kommuner; generatoren bygger bare videre på ` +
          'demoregionen slik den er (5 kommuner). Bruk en tom datamappe eller database.',
      );
    }
    const plan = planScale(scale, templates);
    const report: GenerateReport = { municipalities: plan.length, tables: [] };
    if (scale === 'demo') return report;

    const byNumber = new Map(templates.map((t) => [t.number, t]));
    const added = plan.filter((m) => !byNumber.has(m.number));
    const copies: { copy: number; m: PlannedMunicipality; nth: number }[] = [];
    for (const m of added) {
      for (let nth = 1; nth <= m.copies; nth += 1) copies.push({ copy: copies.length + 1, m, nth });
    }
    await execute(
      read,
      `CREATE TEMP TABLE gen_copy (
         copy integer, own boolean, nth integer, template_id uuid, template_name text,
         target_id uuid, target_name text)`,
    );
    await execute(
      read,
      `INSERT INTO gen_copy
       SELECT * FROM unnest($1::int[], $2::boolean[], $3::int[], $4::uuid[], $5::text[],
                            $6::uuid[], $7::text[])`,
      [
        [...copies.map((c) => c.copy), ...templates.map(() => 0)],
        [...copies.map(() => false), ...templates.map(() => true)],
        [...copies.map((c) => c.nth), ...templates.map(() => 1)],
        [...copies.map((c) => byNumber.get(c.m.template)!.id), ...templates.map((t) => t.id)],
        [...copies.map((c) => byNumber.get(c.m.template)!.name), ...templates.map((t) => t.name)],
        [...copies.map((c) => uuidOf(`kp-generate:${c.m.number}`)), ...templates.map((t) => t.id)],
        [...copies.map((c) => c.m.name), ...templates.map((t) => t.name)],
      ],
    );
    await execute(read, 'CREATE INDEX ON gen_copy (template_id)');
    await execute(
      read,
      `CREATE TEMP TABLE gen_once AS
         SELECT id FROM unit WHERE region_id = $1 AND kind = 'SERVICE_AREA'
         UNION ALL SELECT id FROM action_plan WHERE region_id = $1 AND unit_id IS NULL
         UNION ALL SELECT id FROM appraisal_cycle WHERE region_id = $1
         UNION ALL SELECT r.id FROM requirement r JOIN unit u ON u.id = r.unit_id
                    WHERE r.region_id = $1 AND u.kind = 'SERVICE_AREA'
         UNION ALL SELECT r.id FROM staffing_requirement r JOIN unit u ON u.id = r.unit_id
                    WHERE r.region_id = $1 AND u.kind = 'SERVICE_AREA'`,
      [region.id],
    );
    // The big tables are read from temporary copies of their demo rows, which hide the
    // tables of the same names (pg_temp comes first): the writer drops and rebuilds their
    // indexes (an exclusive lock until it commits) while the reader streams from the copies.
    for (const table of BIG_TABLES) {
      await execute(
        read,
        `CREATE TEMP TABLE ${quote(table)} AS SELECT * FROM public.${quote(table)}`,
      );
      await execute(read, `ANALYZE pg_temp.${quote(table)}`);
    }
    await execute(read, 'ANALYZE gen_copy');
    await execute(read, 'ANALYZE gen_once');

    await execute(write, 'BEGIN');
    await execute(write, 'SELECT pg_advisory_xact_lock($1)', [GENERATE_LOCK]);
    // Without row triggers (the data-version triggers would fire once per row) and without
    // checking every foreign key row by row; needs a superuser (the embedded database is).
    // Otherwise the rows are checked as they come, which is slower but the same.
    const fast = await execute(write, 'SAVEPOINT fast')
      .then(() => execute(write, 'SET LOCAL session_replication_role = replica'))
      .then(() => true)
      .catch(async () => {
        await execute(write, 'ROLLBACK TO SAVEPOINT fast');
        return false;
      });
    if (!fast) log('Ikke superbruker: triggere og fremmednøkler sjekkes rad for rad (tregere).');
    await execute(
      write,
      `INSERT INTO municipality (id, region_id, number, name)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[])`,
      [
        added.map((m) => uuidOf(`kp-generate:${m.number}`)),
        added.map(() => region.id),
        added.map((m) => m.number),
        added.map((m) => m.name),
      ],
    );
    for (const spec of SPECS) {
      const started = performance.now();
      const { sql, names } = await cloneQuery(reader, spec);
      // a large table's secondary indexes are built once afterwards, not row by row
      const indexes = BIG_TABLES.has(spec.table)
        ? await rows(
            write,
            IndexRow,
            `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
               FROM pg_index i
              WHERE i.indrelid = $1::regclass
                AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)`,
            [`public.${spec.table}`],
          )
        : [];
      for (const index of indexes) await execute(write, `DROP INDEX ${index.name}`);
      const target = copyIn(
        writer,
        `COPY public.${quote(spec.table)} (${names.map(quote).join(', ')}) FROM STDIN`,
      );
      await pipeline(copyOut(reader, `COPY (${sql}) TO STDOUT`), target);
      for (const index of indexes) await execute(write, index.definition);
      const count = (target as unknown as { rowCount: number }).rowCount;
      const seconds = (performance.now() - started) / 1000;
      report.tables.push({ table: spec.table, rows: count, seconds });
      log(`${spec.table}: ${count.toLocaleString('nb-NO')} rader (${seconds.toFixed(1)} s)`);
    }
    // the triggers did not run: every cached figure of the region must be computed again
    await execute(
      write,
      `UPDATE region_data_version
          SET version = version + 1, people_version = people_version + 1, changed_at = now()
        WHERE region_id = $1`,
      [region.id],
    );
    await execute(write, 'COMMIT');
    const started = performance.now();
    await execute(write, 'ANALYZE');
    log(`ANALYZE (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    return report;
  } finally {
    await reader.end();
    await writer.end();
  }
}
