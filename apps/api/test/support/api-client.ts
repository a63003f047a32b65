export interface GraphQLResponse<T> {
  data?: T;
  errors?: Array<{
    message: string;
    extensions?: {
      code?: string;
      fields?: Array<{ field: string; code: string; message: string }>;
    };
  }>;
  extensions?: { sqlStatements?: number };
}

export function apiUrl(): string {
  const url = process.env.KP_TEST_API_URL;
  if (!url) throw new Error('KP_TEST_API_URL is not set: run through the integration Jest config');
  return url;
}

/** Sends one GraphQL operation over HTTP, as a client would. */
export async function gql<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  options: { baseUrl?: string; headers?: Record<string, string> } = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${options.baseUrl ?? apiUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...options.headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/** Like gql, but fails the test on any GraphQL error. */
export async function gqlOk<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  options: { baseUrl?: string; headers?: Record<string, string> } = {},
): Promise<T> {
  const result = await gql<T>(query, variables, options);
  if (result.errors?.length || !result.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  }
  return result.data;
}

export const DEMO_PASSWORD = 'reks-demo-2026';

const tokens = new Map<string, string>();

/** A bearer token for a demo user (signed in once per test file). */
export async function tokenFor(email: string, baseUrl?: string): Promise<string> {
  const key = `${baseUrl ?? apiUrl()} ${email}`;
  const known = tokens.get(key);
  if (known) return known;
  const { login } = await gqlOk<{ login: { token: string } }>(
    'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email, password: DEMO_PASSWORD },
    { baseUrl },
  );
  tokens.set(key, login.token);
  return login.token;
}

/** Request options that call the API as the given demo user. */
export async function as(email: string, baseUrl?: string) {
  return { baseUrl, headers: { authorization: `Bearer ${await tokenFor(email, baseUrl)}` } };
}

export const DEMO = {
  admin: 'admin@reks.demo',
  coordinator: 'koordinator@reks.demo',
  board: 'styre@reks.demo',
  hrGjovik: 'hr.gjovik@reks.demo',
  leaderHomeCareGjovik: 'leder.hjemmetjeneste.gjovik@reks.demo',
  leaderNursingHomeOstreToten: 'leder.sykehjem.ostretoten@reks.demo',
} as const;
