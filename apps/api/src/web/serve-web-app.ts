import { existsSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

const API_PATHS = ['/graphql', '/health', '/auth', '/api', '/metrics'];

/** Vite's output: file names carry a content hash, so a file never changes under its name. */
const HASHED_ASSETS = '/assets/';
export const IMMUTABLE = 'public, max-age=31536000, immutable';
const SHORT = 'public, max-age=3600';

/** Encodings the build writes beside each file (tools/build.mjs), best first. */
const PRECOMPRESSED = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

function cacheControlFor(path: string): string {
  if (path.endsWith('.html')) return 'no-cache';
  return path.startsWith(HASHED_ASSETS) ? IMMUTABLE : SHORT;
}

/** The file under `webDir` a request path names, or undefined if it would leave the folder. */
function fileFor(webDir: string, path: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = normalize(join(webDir, decoded));
  return file.startsWith(webDir + sep) ? file : undefined;
}

/**
 * Whether Accept-Encoding names `encoding` with a weight above 0. Our preference decides
 * among the accepted ones (browsers list gzip before br), and no header means none.
 */
export function acceptsEncoding(header: string | undefined, encoding: string): boolean {
  return (header ?? '').split(',').some((part) => {
    const [name, ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const weight = parameters.find((parameter) => parameter.startsWith('q='));
    return name === encoding && (weight === undefined || Number(weight.slice(2)) > 0);
  });
}

/**
 * Serves the build's .br/.gz twin of a file when the browser accepts it, with the original's
 * content type; the `compression` middleware leaves answers that are already encoded alone.
 */
function precompressed(webDir: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const file = fileFor(webDir, req.path);
    if (!file) return next();
    const header = req.headers['accept-encoding'];
    const choice = PRECOMPRESSED.find((option) => acceptsEncoding(header, option.encoding));
    if (!choice || !existsSync(file + choice.suffix) || !existsSync(file)) return next();
    res.type(extname(file));
    res.setHeader('Content-Encoding', choice.encoding);
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Cache-Control', cacheControlFor(req.path));
    res.sendFile(file + choice.suffix, { cacheControl: false }, (error) => {
      if (error) next(error);
    });
  };
}

/**
 * Serves the built web app at `/`: hashed assets cached for a year (immutable), other files
 * for an hour, index.html never without revalidation; index.html for the app's own routes,
 * and 404 for a missing asset (never index.html in place of a script).
 */
export function serveWebApp(app: NestExpressApplication, webDir: string): void {
  const index = join(webDir, 'index.html');
  if (!existsSync(index)) return;
  app.use(precompressed(webDir));
  app.useStaticAssets(webDir, {
    index: false,
    setHeaders: (res: ServerResponse, path: string) => {
      const relative = path.slice(webDir.length).split(sep).join('/');
      res.setHeader('Cache-Control', cacheControlFor(relative));
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isApi = API_PATHS.some((path) => req.path === path || req.path.startsWith(`${path}/`));
    if (req.method !== 'GET' || isApi) return next();
    if (req.path.startsWith(HASHED_ASSETS)) {
      res.status(404).type('text/plain').send('Ikke funnet');
      return;
    }
    if (!req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
