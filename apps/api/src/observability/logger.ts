import pino, { type Logger } from 'pino';

/**
 * What is never written to a log: credentials in headers, cookies, and any field named like a
 * password or token wherever it appears in a logged object.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'password',
  'token',
  '*.password',
  '*.token',
  '*.newPassword',
  '*.clientSecret',
];

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

let root: Logger | undefined;

/** The process's one JSON logger (stdout, one object per line). */
export function createLogger(level: LogLevel, destination?: pino.DestinationStream): Logger {
  root = pino(
    {
      level,
      base: { service: 'kompetanseplan' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: '[skjult]' },
    },
    destination,
  );
  return root;
}

/** The logger for code outside a request; a quiet default before start-up made one. */
export function rootLogger(): Logger {
  root ??= pino({ level: 'warn', base: { service: 'kompetanseplan' } });
  return root;
}
