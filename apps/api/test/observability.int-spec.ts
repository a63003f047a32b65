import { join } from 'node:path';
import { gql } from './support/api-client';
import { ApiProcess, startApi } from './support/api-process';
import { temporaryFolders } from './support/temp-folders';

const TOKEN = 'observability-test-token-0123456789';

/** JSON logs, request ids, /metrics and HTTPS headers, on a process of its own. */
describe('logs and metrics', () => {
  const folders = temporaryFolders('kp-observability-');
  let api: ApiProcess;

  beforeAll(async () => {
    api = await startApi({
      KP_DATA_DIR: join(folders.make(), 'pg'),
      KP_SEED_DEMO: 'false',
      KP_LOG_LEVEL: 'info',
      KP_METRICS_TOKEN: TOKEN,
      KP_SECURE_COOKIES: 'true',
    });
  }, 240_000);

  afterAll(async () => {
    await api?.stop('SIGTERM');
    folders.removeAll();
  });

  const metrics = (authorization?: string) =>
    fetch(`${api.url}/metrics`, { headers: authorization ? { authorization } : {} });

  it('sends HSTS when the service is reached over HTTPS (KP_SECURE_COOKIES)', async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.headers.get('strict-transport-security')).toBe(
      'max-age=31536000; includeSubDomains',
    );
    expect(response.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
  });

  it('serves /metrics only with the bearer token', async () => {
    expect((await metrics()).status).toBe(401);
    expect((await metrics('Bearer wrong-token-wrong-token')).status).toBe(401);
    const response = await metrics(`Bearer ${TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0.0.4/);
  });

  it('counts latency by route and operation, errors by code, the pool and the process', async () => {
    await gql('query ProbeOne { municipalities { id } }', {}, { baseUrl: api.url });
    await gql('query ProbeDenied { employees { totalCount } }', {}, { baseUrl: api.url });
    // names chosen by callers cannot grow the series without end
    for (let i = 0; i < 200; i += 1) {
      await gql(`query Many${i} { __typename }`, {}, { baseUrl: api.url });
    }
    const text = await (await metrics(`Bearer ${TOKEN}`)).text();
    expect(text).toMatch(
      /^kp_http_request_duration_seconds_count\{method="POST",route="\/graphql",status="200"\} \d+$/m,
    );
    expect(text).toMatch(
      /^kp_graphql_operation_duration_seconds_count\{operation="ProbeOne",type="query",outcome="ok"\} 1$/m,
    );
    expect(text).toMatch(
      /^kp_graphql_operation_duration_seconds_count\{operation="ProbeDenied",type="query",outcome="error"\} 1$/m,
    );
    expect(text).toMatch(/^kp_graphql_errors_total\{code="UNAUTHENTICATED"\} 1$/m);
    expect(text).toMatch(/^kp_graphql_operation_duration_seconds_count\{operation="other"/m);
    const operations = new Set(
      [...text.matchAll(/^kp_graphql_operation_duration_seconds_count\{operation="([^"]+)"/gm)].map(
        (match) => match[1],
      ),
    );
    expect(operations.size).toBeLessThanOrEqual(151);
    expect(text).toMatch(/^kp_db_pool_connections \d+$/m);
    expect(text).toMatch(/^kp_db_pool_idle_connections \d+$/m);
    expect(text).toMatch(/^kp_db_pool_waiting_requests 0$/m);
    expect(text).toMatch(/^kp_db_pool_max_connections \d+$/m);
    expect(text).toMatch(/^kp_database_up 1$/m);
    expect(text).toMatch(/^kp_embedded_database_restarts_total 0$/m);
    expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
    expect(text).toMatch(/^nodejs_heap_size_used_bytes \d+/m);
  });

  it('logs one JSON line per request with its id, and never passwords, tokens or cookies', async () => {
    const password = 'Hemmelig-passord-1234';
    const bearer = 'bearer-secret-abcdef123456';
    const cookie = 'cookie-secret-abcdef123456';
    await gql(
      'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      { email: 'ingen@eksempel.no', password },
      { baseUrl: api.url, headers: { 'x-request-id': 'login-attempt-1' } },
    );
    await gql(
      '{ me { email } }',
      {},
      {
        baseUrl: api.url,
        headers: { authorization: `Bearer ${bearer}`, cookie: `kp_session=${cookie}` },
      },
    );
    await fetch(`${api.url}/auth/oidc/callback?code=sso-code-secret&state=s`);
    await new Promise((resolve) => setTimeout(resolve, 300));

    const output = api.output();
    for (const secret of [password, bearer, cookie, 'sso-code-secret', TOKEN]) {
      expect(output).not.toContain(secret);
    }
    const lines = output.trim().split('\n');
    const json = lines.filter((line) => line.startsWith('{')).map((line) => JSON.parse(line));
    // the start-up lines stay plain text for the person at the terminal
    expect(lines.filter((line) => !line.startsWith('{'))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\[kompetanseplan\] Kompetanseplan kjører på/),
      ]),
    );
    const login = json.find((entry) => entry.requestId === 'login-attempt-1');
    expect(login).toEqual(
      expect.objectContaining({
        level: 'info',
        msg: 'request',
        service: 'kompetanseplan',
        req: { method: 'POST', path: '/graphql' },
        res: { status: 200 },
      }),
    );
    expect(typeof login.ms).toBe('number');
    expect(typeof login.time).toBe('string');
    const callback = json.find((entry) => entry.req?.path === '/auth/oidc/callback');
    expect(callback.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
