import { existsSync } from 'node:fs';
import { Browser, chromium, ConsoleMessage, Page } from 'playwright-core';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

// Chromium's own background services try to reach Google; this network is closed.
const QUIET_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Debian's Chromium where installed (`apt-get install chromium`), otherwise
 * the one the @sparticuz/chromium package ships inside itself, so a fresh
 * `npm ci && npm test` needs no browser download.
 */
async function resolveChromium(): Promise<{ executablePath: string; args: string[] }> {
  const explicit = process.env.KP_CHROMIUM;
  if (explicit) return { executablePath: explicit, args: ['--no-sandbox', ...QUIET_FLAGS] };
  if (existsSync(DEBIAN_CHROMIUM)) {
    return {
      executablePath: DEBIAN_CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', ...QUIET_FLAGS],
    };
  }
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const module = require('@sparticuz/chromium');
    const packaged = module.default ?? module;
    // Its defaults are for AWS Lambda; in single-process mode closing a page ends the browser.
    const args = (packaged.args as string[]).filter(
      (arg) => arg !== '--single-process' && arg !== '--no-zygote',
    );
    return { executablePath: await packaged.executablePath(), args: [...args, ...QUIET_FLAGS] };
  } catch (error) {
    throw new Error(
      `No Chromium found for the browser tests (${(error as Error).message}). ` +
        'Install it with `sudo apt-get install chromium` (Debian/Ubuntu), or set KP_CHROMIUM to a Chromium binary.',
    );
  }
}

export async function launchBrowser(): Promise<Browser> {
  const { executablePath, args } = await resolveChromium();
  return chromium.launch({ executablePath, args, headless: true });
}

export function baseUrl(): string {
  const url = process.env.KP_TEST_API_URL;
  if (!url) throw new Error('KP_TEST_API_URL is not set: run through the web-e2e Jest config');
  return url;
}

/** Collects console errors and page errors so a test can assert there were none. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}
