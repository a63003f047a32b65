import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { createValidationPipe } from './common/validation/validation.pipe';
import { loadConfig } from './config';
import { countQueriesMiddleware } from './database/query-count.middleware';
import { openDatabase } from './database/database';
import { GraphQLErrorFilter } from './graphql/graphql-error.filter';
import { seedDemoRegion } from './seed/demo-seed';
import { assertPortFree } from './web/port';
import { serveWebApp } from './web/serve-web-app';

const log = (line: string) => process.stdout.write(`[kompetanseplan] ${line}\n`);

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  // Before the database starts, so a busy port costs nothing and says one line.
  if (config.port !== 0) await assertPortFree(config.port, config.host);
  const database = await openDatabase(config, log);
  let shuttingDown = false;
  let app: NestExpressApplication | undefined;

  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log(`${signal} mottatt, avslutter …`);
    await app?.close().catch(() => undefined);
    await database.close().catch(() => undefined);
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => void shutdown(signal));
  }

  try {
    if (config.seedDemo) await seedDemoRegion(database.dataSource, log);

    app = await NestFactory.create<NestExpressApplication>(
      AppModule.forRoot(config, database.dataSource),
      { logger: ['error', 'warn'], abortOnError: false },
    );
    app.set('trust proxy', config.trustProxy);
    app.useGlobalPipes(createValidationPipe());
    app.useGlobalFilters(new GraphQLErrorFilter());
    if (config.exposeQueryCount) app.use('/graphql', countQueriesMiddleware);
    serveWebApp(app, config.webDir);
    await app.listen(config.port, config.host);
  } catch (error) {
    await app?.close().catch(() => undefined);
    await database.close().catch(() => undefined);
    throw error;
  }
  log(
    `Kompetanseplan kjører på http://localhost:${config.port} (GraphQL: /graphql, helse: /health)`,
  );
}

bootstrap().catch((error: NodeJS.ErrnoException) => {
  const message =
    error.code === 'EADDRINUSE'
      ? `Porten ${process.env.PORT ?? 3000} er allerede i bruk. Stopp det andre programmet, eller velg en annen port med PORT=…`
      : error.message;
  process.stderr.write(`[kompetanseplan] Kunne ikke starte: ${message}\n`);
  process.exit(1);
});
