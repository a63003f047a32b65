import { Agent, get as httpGet } from 'node:http';
import { brotliDecompressSync } from 'node:zlib';
import { apiUrl } from './support/api-client';

/** Headers, compression and caching of what the shared test server answers. */
describe('HTTP hardening', () => {
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${apiUrl()}${path}`, { headers });

  async function mainScript(): Promise<string> {
    const html = await (await get('/', { accept: 'text/html' })).text();
    const match = html.match(/src="(\/assets\/[^"]+\.js)"/);
    if (!match) throw new Error(`no script in index.html: ${html}`);
    return match[1];
  }

  function expectSecurityHeaders(response: Response): void {
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-powered-by')).toBeNull();
    // the test server runs without HTTPS settings: no HSTS on plain HTTP
    expect(response.headers.get('strict-transport-security')).toBeNull();
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  }

  it('keeps idle connections longer than clients and proxies do (no "other side closed")', async () => {
    // Node's raw client: fetch hides the Keep-Alive header it obeys
    const agent = new Agent({ keepAlive: true });
    const header = await new Promise<string | undefined>((resolve, reject) => {
      const request = httpGet(`${apiUrl()}/health`, { agent }, (res) => {
        res.resume();
        resolve(res.headers['keep-alive']?.toString());
      });
      request.on('error', reject);
    });
    agent.destroy();
    expect(header).toBe('timeout=65');
  });

  it.each([
    ['the web app', '/', { accept: 'text/html' }],
    ['an app route', '/behov', { accept: 'text/html' }],
    ['GraphQL', '/graphql?query=%7B__typename%7D', { 'apollo-require-preflight': 'true' }],
    ['health', '/health', {}],
    ['an export (refused)', '/api/exports/competence-overview?municipality=3407', {}],
    ['SSO configuration', '/auth/oidc/config', {}],
    ['a missing asset', '/assets/missing-1234.js', {}],
  ])('sends the security headers with %s', async (_name, path, headers) => {
    expectSecurityHeaders(await get(path, headers));
  });

  it('serves the main script precompressed, cached for a year, and no source map', async () => {
    const script = await mainScript();
    const plain = await get(script, { 'accept-encoding': 'identity' });
    const plainBody = Buffer.from(await plain.arrayBuffer());
    expect(plain.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(plain.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(plainBody.length).toBeGreaterThan(100_000);

    // fetch would decode by itself; node:http shows what goes over the wire
    const { request } = await import('node:http');
    const raw = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>(
      (resolve, reject) => {
        const req = request(`${apiUrl()}${script}`, {
          headers: { 'accept-encoding': 'gzip, deflate, br' },
        });
        req.on('response', (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        });
        req.on('error', reject);
        req.end();
      },
    );
    expect(raw.headers['content-encoding']).toBe('br');
    expect(raw.headers['vary']).toContain('Accept-Encoding');
    expect(raw.headers['content-type']).toMatch(/^text\/javascript/);
    expect(raw.body.length).toBeLessThan(plainBody.length / 3);
    expect(brotliDecompressSync(raw.body).equals(plainBody)).toBe(true);

    expect((await get(`${script}.map`)).status).toBe(404);
    expect(plainBody.toString('utf8')).not.toContain('sourceMappingURL');
  });

  it('never answers a missing asset with the app page, and revalidates index.html', async () => {
    const missing = await get('/assets/missing-1234.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^text\/plain/);
    const page = await get('/', { accept: 'text/html' });
    expect(page.headers.get('cache-control')).toBe('no-cache');
  });

  it('compresses GraphQL answers when the client accepts it', async () => {
    const { request } = await import('node:http');
    const body = JSON.stringify({ query: '{ municipalities { id name units { id name } } }' });
    const encoding = await new Promise<string | undefined>((resolve, reject) => {
      const req = request(`${apiUrl()}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-encoding': 'br, gzip' },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.headers['content-encoding']);
      });
      req.on('error', reject);
      req.end(body);
    });
    expect(encoding).toBe('br');
  });

  it('echoes a sane X-Request-Id, replaces an odd one, and names it in GraphQL errors', async () => {
    const sane = await get('/health', { 'x-request-id': 'proxy-1234.abc' });
    expect(sane.headers.get('x-request-id')).toBe('proxy-1234.abc');
    const odd = await get('/health', { 'x-request-id': 'x'.repeat(65) });
    expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const injected = await get('/health', { 'x-request-id': 'a b"}\\n' });
    expect(injected.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

    const response = await fetch(`${apiUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'support-case-42' },
      body: JSON.stringify({ query: '{ employees { totalCount } }' }),
    });
    const result = (await response.json()) as {
      errors: Array<{ extensions: { code: string; requestId: string } }>;
    };
    expect(result.errors[0].extensions).toEqual(
      expect.objectContaining({ code: 'UNAUTHENTICATED', requestId: 'support-case-42' }),
    );
  });

  it('has no /metrics without KP_METRICS_TOKEN', async () => {
    expect((await get('/metrics')).status).toBe(404);
  });
});
