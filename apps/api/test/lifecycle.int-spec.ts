import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../src/common/free-port';
import { as, DEMO, gqlOk } from './support/api-client';
import { startApi, startDatabaseProcess } from './support/api-process';
import { waitForHealth } from './support/wait-for-health';

/** Start-up, restart and shutdown of the service as a whole (own processes). */
describe('service lifecycle', () => {
  const folders: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'kp-lifecycle-'));
    // as root, PostgreSQL runs as its own user, which must reach the data folder
    chmodSync(dir, 0o755);
    folders.push(dir);
    return dir;
  };
  afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  function postgresRunningIn(dataDir: string): boolean {
    try {
      return execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).includes(dataDir);
    } catch {
      return false;
    }
  }

  it('keeps data in the embedded database across a stop and start, and stops it on Ctrl-C', async () => {
    const dataDir = join(tempDir(), 'postgres');
    const first = await startApi({ KP_DATA_DIR: dataDir });
    const { municipalities } = await gqlOk<{ municipalities: Array<{ id: string }> }>(
      '{ municipalities { id } }',
      {},
      { baseUrl: first.url },
    );
    await gqlOk(
      'mutation ($input: AddUnitInput!) { addUnit(input: $input) { id } }',
      { input: { municipalityId: municipalities[0].id, name: 'Enhet som overlever omstart' } },
      await as(DEMO.admin, first.url),
    );
    expect(await first.stop('SIGINT')).toBe(0);
    expect(postgresRunningIn(dataDir)).toBe(false);

    const second = await startApi({ KP_DATA_DIR: dataDir });
    const after = await gqlOk<{ municipalities: Array<{ units: Array<{ name: string }> }> }>(
      '{ municipalities { units { name } } }',
      {},
      { baseUrl: second.url },
    );
    const names = after.municipalities.flatMap((m) => m.units.map((u) => u.name));
    expect(names).toContain('Enhet som overlever omstart');
    // the demo data was seeded once, not again on the second start
    expect(after.municipalities).toHaveLength(5);
    expect(await second.stop('SIGTERM')).toBe(0);
  }, 180_000);

  it('answers 503 while the database is down and recovers by itself', async () => {
    const dataDir = join(tempDir(), 'postgres');
    const port = await freePort();
    let database = await startDatabaseProcess(dataDir, port);
    const api = await startApi({ DATABASE_URL: database.url });
    try {
      await database.stop();
      const down = await fetch(`${api.url}/health`);
      expect(down.status).toBe(503);
      expect(await down.json()).toEqual({ status: 'unavailable', database: 'down' });

      database = await startDatabaseProcess(dataDir, port);
      await waitForHealth(api.url, 10_000);
      await gqlOk('{ municipalities { id } }', {}, { baseUrl: api.url });
    } finally {
      await api.stop();
      await database.stop();
    }
  }, 180_000);

  it('fails fast with one clear line when DATABASE_URL points at nothing', async () => {
    const started = Date.now();
    const api = await startApi(
      { DATABASE_URL: `postgres://nobody:secret@127.0.0.1:${await freePort()}/nothing` },
      { waitForHealth: false },
    );
    expect(await api.exited).not.toBe(0);
    expect(Date.now() - started).toBeLessThan(30_000);
    const lines = api.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/Kunne ikke starte: Får ikke kontakt med databasen/);
    expect(lines[0]).not.toContain('secret');
  }, 120_000);

  it('says in one line when the port is taken', async () => {
    const port = await freePort();
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const api = await startApi(
        { PORT: String(port), KP_DATA_DIR: join(tempDir(), 'pg') },
        { waitForHealth: false },
      );
      expect(await api.exited).toBe(1);
      expect(api.output().trim()).toBe(
        `[kompetanseplan] Kunne ikke starte: Porten ${port} er allerede i bruk. Stopp det andre programmet, eller velg en annen port med PORT=…`,
      );
    } finally {
      blocker.close();
    }
  }, 120_000);
});
