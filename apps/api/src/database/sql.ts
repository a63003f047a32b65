import { z } from 'zod';

/**
 * Typed SQL: every row that crosses from PostgreSQL into TypeScript is checked against a zod
 * schema here, so a renamed column or a count that arrives as a string fails loudly at the
 * border instead of flowing on as `any` (docs/architecture.md, "SQL").
 *
 * The SQL stays plain, parameterised SQL (the engines are reviewable as written); the schema
 * beside each statement states what it returns. Anything with a `query(text, params)` works:
 * the DataSource, a transaction's EntityManager, a QueryRunner.
 */
export interface Queryable {
  query(text: string, parameters?: unknown[]): Promise<unknown>;
}

/** A zod object schema of one row. */
export type RowSchema = z.ZodType<Record<string, unknown>>;

/** The TypeScript type a row schema checks. */
export type RowOf<S extends RowSchema> = z.output<S>;

/** Thrown when PostgreSQL answered something the statement's schema does not allow. */
export class RowShapeError extends Error {
  constructor(
    readonly statement: string,
    readonly issues: string,
  ) {
    super(`A row did not match its schema (${issues}) in: ${statement.slice(0, 200)}`);
    this.name = 'RowShapeError';
  }
}

/**
 * TypeORM answers UPDATE/DELETE … RETURNING with `[rows, rowCount]` and everything else with
 * the rows; rows are objects, never arrays, so the two cannot be mistaken for each other.
 */
function rowsOf(raw: unknown): unknown[] {
  if (!Array.isArray(raw)) return [];
  if (raw.length === 2 && Array.isArray(raw[0]) && typeof raw[1] === 'number') {
    return raw[0] as unknown[];
  }
  return raw;
}

function affectedOf(raw: unknown): number {
  if (
    Array.isArray(raw) &&
    raw.length === 2 &&
    Array.isArray(raw[0]) &&
    typeof raw[1] === 'number'
  ) {
    return raw[1];
  }
  return Array.isArray(raw) ? raw.length : 0;
}

function check<S extends RowSchema>(schema: S, text: string, raw: unknown[]): RowOf<S>[] {
  const parsed = z.array(schema).safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    throw new RowShapeError(text, issues);
  }
  return parsed.data;
}

/** Every row of a statement, each checked against `schema`. */
export async function rows<S extends RowSchema>(
  db: Queryable,
  schema: S,
  text: string,
  parameters: unknown[] = [],
): Promise<RowOf<S>[]> {
  return check(schema, text, rowsOf(await db.query(text, parameters)));
}

/** The first row of a statement, or null when there is none. */
export async function maybeOne<S extends RowSchema>(
  db: Queryable,
  schema: S,
  text: string,
  parameters: unknown[] = [],
): Promise<RowOf<S> | null> {
  const result = await rows(db, schema, text, parameters);
  return result[0] ?? null;
}

/** The one row a statement must return (an aggregate, an INSERT … RETURNING). */
export async function one<S extends RowSchema>(
  db: Queryable,
  schema: S,
  text: string,
  parameters: unknown[] = [],
): Promise<RowOf<S>> {
  const result = await maybeOne(db, schema, text, parameters);
  if (result === null) throw new RowShapeError(text, 'expected one row, got none');
  return result;
}

/**
 * A statement run for its effect (INSERT, UPDATE, DELETE without RETURNING, DDL). Returns the
 * number of rows it touched where PostgreSQL reports it (UPDATE/DELETE), otherwise 0.
 */
export async function execute(
  db: Queryable,
  text: string,
  parameters: unknown[] = [],
): Promise<number> {
  return affectedOf(await db.query(text, parameters));
}

/**
 * Column types as PostgreSQL sends them through `pg`: `bigint`/`numeric` arrive as text
 * (cast in SQL with `::int`/`::float8` where the value fits, or use these), dates as text when
 * the SQL formats them (`to_char`), `timestamptz` as Date.
 */
export const col = {
  id: z.string(),
  text: z.string(),
  int: z.number().int(),
  number: z.number(),
  boolean: z.boolean(),
  /** An ISO date the SQL formatted with to_char(…, 'YYYY-MM-DD'). */
  isoDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  timestamp: z.date(),
  /** count(*) and other bigint results: text from `pg`, a number here. */
  bigint: z.union([z.number(), z.string().regex(/^-?\d+$/)]).transform(Number),
  json: z.unknown(),
} as const;
