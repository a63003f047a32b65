import type { Readable, Writable } from 'node:stream';
import type { Client, Pool } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type { Queryable } from './sql';

/**
 * The border for the few places that talk to PostgreSQL through node-postgres directly rather
 * than TypeORM (backup and restore, the health probe's own pool): a client or pool as a
 * `Queryable` for database/sql.ts, so their rows are checked like every other row, and the
 * COPY streams, which carry table data rather than rows.
 */
export function pgQueryable(client: Client | Pool): Queryable {
  return {
    query: async (text, parameters) =>
      (await client.query<Record<string, unknown>>(text, parameters)).rows,
  };
}

/** `COPY … TO STDOUT` as a readable stream of COPY text. */
export function copyOut(client: Client, statement: string): Readable {
  return client.query(copyTo(statement));
}

/** `COPY … FROM STDIN` as a writable stream of COPY text. */
export function copyIn(client: Client, statement: string): Writable {
  return client.query(copyFrom(statement));
}
