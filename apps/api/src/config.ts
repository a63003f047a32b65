import { isIP, isIPv4 } from 'node:net';
import { join, resolve } from 'node:path';
import { loadOidcConfig, type OidcConfig } from './auth/oidc/oidc.config';
import { LOG_LEVELS, type LogLevel } from './observability/logger';
import { heavyConcurrency, poolSize, statementTimeoutMs } from './database/pool-settings';

/** Everything the API reads from the environment, read once at start-up. */
export interface AppConfig {
  port: number;
  host: string;
  /** A PostgreSQL server to use; without it an embedded one is started. */
  databaseUrl?: string;
  /** Where the embedded PostgreSQL keeps its data between runs. */
  embeddedDataDir: string;
  production: boolean;
  /** Seed the demo region on first start (default: on, except in production). */
  seedDemo: boolean;
  /** The built web app, served at `/`. */
  webDir: string;
  /** Session cookies only over HTTPS (default: in production). */
  secureCookies: boolean;
  /**
   * Express `trust proxy`: the addresses and subnets of the proxies in front (false: none), so
   * req.ip is the client's address and a forwarded address is believed only from them.
   */
  trustProxy: false | string;
  /** Adds the number of SQL statements to each GraphQL response (tests only). */
  exposeQueryCount: boolean;
  /** The address users reach the service at (no trailing slash), when it must be known. */
  publicUrl?: string;
  /** Single sign-on with an OpenID Connect provider; off when KP_OIDC_ISSUER is unset. */
  oidc?: OidcConfig;
  /** The JSON log's level (`info` logs one line per request). */
  logLevel: LogLevel;
  /** Bearer token for GET /metrics; without it the endpoint answers 404. */
  metricsToken?: string;
  /** How long a shutdown waits for requests in flight before it cuts them off. */
  shutdownTimeoutMs: number;
  /** Database connections per instance (KP_DB_POOL_SIZE). */
  poolSize: number;
  /** The longest one SQL statement may run, in ms; 0 = no limit (KP_DB_STATEMENT_TIMEOUT_MS). */
  statementTimeoutMs: number;
  /** Heavy computations at once (KP_HEAVY_CONCURRENCY); default a quarter of the pool. */
  heavyConcurrency?: number;
  /** SSB's statistics API for KOSTRA tables (KP_SSB_API_URL); default SSB's own address. */
  ssbApiUrl?: string;
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'ja'].includes(value.toLowerCase());
}

const NAMED_PROXY_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * KP_TRUST_PROXY: the proxies whose X-Forwarded-For is believed, as addresses and subnets
 * (`loopback`, `10.0.0.5`, `10.0.0.0/8`, `uniquelocal`, comma-separated); empty or `false`
 * believes nobody. `true` and hop counts are refused: they make Express believe the header from
 * whoever connects, so anyone reaching the service directly could pick the address sign-in
 * throttling and the audit log see.
 */
export function trustProxySetting(value: string | undefined): false | string {
  const text = value?.trim() ?? '';
  if (text === '' || text.toLowerCase() === 'false') return false;
  const entries = text.split(',').map((entry) => entry.trim());
  const invalid = entries.filter((entry) => !isProxyRange(entry));
  if (text.toLowerCase() === 'true' || /^\d+$/.test(text) || invalid.length > 0) {
    throw new Error(
      `KP_TRUST_PROXY må være adressene eller nettene til proxyene foran tjenesten, for eksempel «loopback» eller «10.0.0.0/8», ikke «${invalid.length > 0 ? invalid.join(', ') : text}»`,
    );
  }
  return entries.join(', ');
}

function isProxyRange(entry: string): boolean {
  if (NAMED_PROXY_RANGES.has(entry.toLowerCase())) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (/^\d{1,3}$/.test(prefix)) return Number(prefix) <= (family === 4 ? 32 : 128);
  return family === 4 && isIPv4(prefix);
}

function logLevel(value: string | undefined): LogLevel {
  const level = (value?.trim() || 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw new Error(`KP_LOG_LEVEL må være en av ${LOG_LEVELS.join(', ')}, men er «${value}»`);
  }
  return level as LogLevel;
}

function metricsToken(value: string | undefined): string | undefined {
  const token = value?.trim();
  if (!token) return undefined;
  if (token.length < 16) {
    throw new Error('KP_METRICS_TOKEN må være minst 16 tegn (en tilfeldig streng)');
  }
  return token;
}

function seconds(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback * 1000;
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0 || number > 600) {
    throw new Error(`${name} må være et antall sekunder fra 0 til 600, men er «${value}»`);
  }
  return number * 1000;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const root = resolve(env.KP_ROOT ?? process.cwd());
  const production = env.NODE_ENV === 'production';
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT må være et portnummer (0–65535), men er «${env.PORT}»`);
  }
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    embeddedDataDir: resolve(root, env.KP_DATA_DIR ?? join('.data', 'postgres')),
    production,
    seedDemo: flag(env.KP_SEED_DEMO, !production),
    // the bundle lives in <dist>/apps/api, the web app in <dist>/apps/web
    webDir: env.KP_WEB_DIR ? resolve(root, env.KP_WEB_DIR) : resolve(__dirname, '..', 'web'),
    secureCookies: flag(env.KP_SECURE_COOKIES, production),
    trustProxy: trustProxySetting(env.KP_TRUST_PROXY),
    exposeQueryCount: flag(env.KP_EXPOSE_QUERY_COUNT, false),
    publicUrl: env.KP_PUBLIC_URL?.trim().replace(/\/+$/, '') || undefined,
    oidc: loadOidcConfig(env),
    logLevel: logLevel(env.KP_LOG_LEVEL),
    metricsToken: metricsToken(env.KP_METRICS_TOKEN),
    shutdownTimeoutMs: seconds('KP_SHUTDOWN_TIMEOUT', env.KP_SHUTDOWN_TIMEOUT, 10),
    poolSize: poolSize(env),
    statementTimeoutMs: statementTimeoutMs(env),
    heavyConcurrency: heavyConcurrency(env),
    ssbApiUrl: env.KP_SSB_API_URL?.trim().replace(/\/+$/, '') || undefined,
  };
}
