import 'reflect-metadata';
import { loadConfig } from './config';
import { openDatabase } from './database/database';
import { startEmbeddedDatabase } from './database/embedded-database';
import { printAppSchema } from './graphql/print-schema';
import { IMPORT_USAGE, runImportCommand } from './imports/import-cli';

const USAGE = `Bruk: npm run cli -- <kommando>

Kommandoer:
  migrate     bring the database schema up to date
  schema      print the GraphQL schema (SDL)
  database [--data-dir DIR] [--port N]
              run the embedded PostgreSQL alone (prints its URL; Ctrl-C stops it)
${IMPORT_USAGE}`;

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
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
