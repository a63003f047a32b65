import 'reflect-metadata';
import { loadConfig } from './config';
import {
  type BackupManifest,
  backupDatabase,
  restoreDatabase,
  verifyBackup,
} from './database/backup';
import { openDatabase } from './database/database';
import { startEmbeddedDatabase } from './database/embedded-database';
import { generateRegion } from './generate/generate-region';
import { SCALES, type ScaleName } from './generate/scale-plan';
import { printAppSchema } from './graphql/print-schema';
import { seedDemoRegion } from './seed/demo-seed';
import { IMPORT_USAGE, runImportCommand } from './imports/import-cli';

const USAGE = `Bruk: npm run cli -- <kommando>

Kommandoer:
  migrate     bring the database schema up to date
  schema      print the GraphQL schema (SDL)
  database [--data-dir DIR] [--port N]
              run the embedded PostgreSQL alone (prints its URL; Ctrl-C stops it)
  backup <fil>
              write every table to one file (gzip, with a manifest and checksums)
  restore <fil> [--replace]
              load a backup into an empty database at the same schema version, in one
              transaction; --replace replaces what the database holds
  generate --scale demo|county|national
              the demo region, grown to 40 or 356 municipalities of real sizes (test data for
              \`npm run bench\`; into KP_DATA_DIR or DATABASE_URL, which must be empty)
${IMPORT_USAGE}`;

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

function summary(manifest: BackupManifest): string {
  const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
  return (
    `${manifest.tables.length} tabeller, ${rows.toLocaleString('nb-NO')} rader, ` +
    `skjemaversjon ${manifest.migrations.at(-1) ?? '–'}, tatt ${manifest.createdAt}`
  );
}

async function main(args: string[]): Promise<number> {
  const [command] = args;
  const log = (line: string) => process.stdout.write(`${line}\n`);
  switch (command) {
    case 'migrate': {
      const database = await openDatabase(loadConfig(), log);
      await database.close();
      log('Databasen er oppdatert.');
      return 0;
    }
    case 'schema':
      process.stdout.write(await printAppSchema());
      return 0;
    case 'database': {
      const config = loadConfig();
      const dataDir = option(args, '--data-dir') ?? config.embeddedDataDir;
      const port = option(args, '--port');
      const database = await startEmbeddedDatabase(dataDir, log, port ? Number(port) : undefined);
      log(database.url);
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await database.stop();
      return 0;
    }
    case 'backup': {
      const file = args[1];
      if (!file) throw new Error('Oppgi filen sikkerhetskopien skal skrives til: backup <fil>');
      const database = await openDatabase(loadConfig(), log, { migrate: false });
      try {
        const manifest = await backupDatabase(database.url, file);
        log(`Sikkerhetskopi skrevet til ${file}: ${summary(manifest)}.`);
      } finally {
        await database.close();
      }
      return 0;
    }
    case 'restore': {
      const file = args[1];
      if (!file || file.startsWith('--')) {
        throw new Error('Oppgi sikkerhetskopien som skal leses inn: restore <fil> [--replace]');
      }
      // checked before the database starts, so a wrong file costs nothing
      await verifyBackup(file);
      const database = await openDatabase(loadConfig(), log);
      try {
        const manifest = await restoreDatabase(database.url, file, {
          replace: args.includes('--replace'),
        });
        log(`Gjenopprettet fra ${file}: ${summary(manifest)}.`);
      } finally {
        await database.close();
      }
      return 0;
    }
    case 'generate': {
      const scale = option(args, '--scale') ?? 'demo';
      if (!(SCALES as readonly string[]).includes(scale)) {
        throw new Error(`Ukjent skala «${scale}»: bruk demo, county eller national.`);
      }
      const started = Date.now();
      const database = await openDatabase(loadConfig(), log);
      try {
        await seedDemoRegion(database.dataSource, log);
        const report = await generateRegion(database.url, scale as ScaleName, log);
        const total = report.tables.reduce((sum, table) => sum + table.rows, 0);
        log(
          `Skala ${scale}: ${report.municipalities} kommuner, ` +
            `${total.toLocaleString('nb-NO')} nye rader på ` +
            `${Math.round((Date.now() - started) / 1000)} s.`,
        );
      } finally {
        await database.close();
      }
      return 0;
    }
    case 'import':
      return runImportCommand(args.slice(1), {
        out: (text) => process.stdout.write(text),
        err: (text) => process.stderr.write(text),
      });
    default:
      process.stderr.write(USAGE);
      return command ? 2 : 0;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`Feil: ${error.message}\n`);
    process.exit(1);
  },
);
