import { execFile } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Client } from 'pg';
import { freePort } from '../src/common/free-port';
import { as, DEMO, gqlOk } from './support/api-client';
import { cliPath, startApi, startDatabaseProcess } from './support/api-process';
import { temporaryFolders } from './support/temp-folders';

const run = promisify(execFile);

/** `npm run cli -- backup|restore`: a round trip from one database into a fresh one. */
describe('backup and restore', () => {
  const folders = temporaryFolders('kp-backup-');
  const tempDir = () => folders.make();
  afterAll(() => folders.removeAll());

  async function cli(args: string[], env: Record<string, string>) {
    try {
      const { stdout, stderr } = await run(process.execPath, [cliPath(), ...args], {
        env: { ...process.env, DATABASE_URL: '', ...env },
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  }

  /** Every table's rows as one digest, computed by PostgreSQL (independent of the backup). */
  async function contents(url: string): Promise<Record<string, string>> {
    const client = new Client({ connectionString: url });
    client.on('error', () => undefined);
    await client.connect();
    try {
      const { rows: tables } = await client.query<{ name: string }>(
        `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
      );
      const result: Record<string, string> = {};
      for (const { name } of tables) {
        const { rows } = await client.query(
          `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS digest
             FROM public."${name}" t`,
        );
        result[name] = `${rows[0].n} ${rows[0].digest}`;
      }
      const { rows: sequences } = await client.query(
        `SELECT sequencename AS name, last_value FROM pg_sequences WHERE schemaname = 'public'`,
      );
      for (const sequence of sequences) {
        result[`sequence ${sequence.name}`] = String(sequence.last_value);
      }
      return result;
    } finally {
      await client.end();
    }
  }

  it('restores every table of a backup into a fresh embedded database, and refuses what would lose data', async () => {
    // the source: the demo region and some writes (an audit trail, assessments) through the API
    const source = await startDatabaseProcess(join(tempDir(), 'pg'), await freePort());
    const folder = tempDir();
    const file = join(folder, 'kompetanseplan.backup');
    const targetDir = join(tempDir(), 'pg');
    try {
      const api = await startApi({ DATABASE_URL: source.url, KP_SEED_DEMO: 'true' });
      const { municipalities } = await gqlOk<{
        municipalities: Array<{ id: string; number: string; units: Array<{ id: string }> }>;
      }>('{ municipalities { id number units { id } } }', {}, { baseUrl: api.url });
      const gjovik = municipalities.find((m) => m.number === '3407')!;
      await gqlOk(
        'mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { id } }',
        {
          input: {
            employeeNumber: 'BACKUP-1',
            givenName: 'Kari',
            familyName: 'Sikkerhetskopi',
            employmentType: 'PERMANENT',
            fte: 100,
            unitId: gjovik.units[0].id,
          },
        },
        await as(DEMO.hrGjovik, api.url),
      );
      await gqlOk(
        'mutation ($input: AddUnitInput!) { addUnit(input: $input) { id } }',
        {
          input: {
            municipalityId: municipalities[0].id,
            name: 'Enhet «med» \\ tegn\tog linjeskift\n',
          },
        },
        await as(DEMO.admin, api.url),
      );
      expect(await api.stop('SIGTERM')).toBe(0);
      const before = await contents(source.url);
      expect(Number(before.audit_log.split(' ')[0])).toBeGreaterThan(0);
      expect(Number(before.employee.split(' ')[0])).toBeGreaterThan(1000);

      const backup = await cli(['backup', file], { DATABASE_URL: source.url });
      expect(backup.stderr).toBe('');
      expect(backup.code).toBe(0);
      expect(backup.stdout).toMatch(/Sikkerhetskopi skrevet til .*: \d+ tabeller, [\d\s]+ rader/);
      // readable by its owner only: it holds personal data and password hashes
      expect(statSync(file).mode & 0o077).toBe(0);

      // into a fresh embedded database (the CLI starts it, migrates it, loads the file)
      const restore = await cli(['restore', file], { KP_DATA_DIR: targetDir });
      expect(restore.stderr).toBe('');
      expect(restore.code).toBe(0);
      expect(restore.stdout).toContain('Gjenopprettet fra');

      const target = await startDatabaseProcess(targetDir, await freePort());
      try {
        expect(await contents(target.url)).toEqual(before);
        // the append-only rule holds again after the load
        const client = new Client({ connectionString: target.url });
        client.on('error', () => undefined);
        await client.connect();
        await expect(client.query('DELETE FROM audit_log')).rejects.toThrow();
        await client.end();
      } finally {
        await target.stop();
      }

      // a second restore into the now full database is refused, and changes nothing
      const again = await cli(['restore', file], { KP_DATA_DIR: targetDir });
      expect(again.code).toBe(1);
      expect(again.stderr).toContain('Databasen er ikke tom');
      expect(again.stderr).toContain('--replace');

      // a damaged file is refused before anything changes, even with --replace
      const damaged = join(folder, 'damaged.backup');
      const raw = gunzipSync(readFileSync(file));
      raw[raw.length - 20] ^= 0x01;
      writeFileSync(damaged, gzipSync(raw));
      const refused = await cli(['restore', damaged, '--replace'], { KP_DATA_DIR: targetDir });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/Sikkerhetskopien kan ikke leses: tabellen \S+ stemmer ikke/);
      const notABackup = join(folder, 'other.gz');
      writeFileSync(notABackup, gzipSync(Buffer.from('hello\n')));
      expect((await cli(['restore', notABackup], { KP_DATA_DIR: targetDir })).stderr).toContain(
        'ikke en sikkerhetskopi fra Kompetanseplan',
      );

      // --replace swaps the content in one transaction
      const replaced = await cli(['restore', file, '--replace'], { KP_DATA_DIR: targetDir });
      expect(replaced.code).toBe(0);
      const after = await startDatabaseProcess(targetDir, await freePort());
      try {
        expect(await contents(after.url)).toEqual(before);
      } finally {
        await after.stop();
      }
    } finally {
      await source.stop();
    }
  }, 480_000);
});
