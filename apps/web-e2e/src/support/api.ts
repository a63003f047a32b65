import { baseUrl } from './browser';
import { DEMO_PASSWORD } from './session';

/**
 * GraphQL straight to the API, for preparing data a browser test then looks
 * at (the demo data is shared with other tests, so tests make their own).
 */
export async function graphql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  }
  return body.data;
}

const tokens = new Map<string, string>();

export async function tokenFor(email: string): Promise<string> {
  const known = tokens.get(email);
  if (known) return known;
  const { login } = await graphql<{ login: { token: string } }>(
    'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email, password: DEMO_PASSWORD },
  );
  tokens.set(email, login.token);
  return login.token;
}

/** A suffix that keeps this run's records apart from other tests' and earlier runs'. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`.toUpperCase();
}

export async function unitId(municipalityNumber: string, unitName: string): Promise<string> {
  const { municipalities } = await graphql<{
    municipalities: Array<{ number: string; units: Array<{ id: string; name: string }> }>;
  }>('{ municipalities { number units { id name } } }');
  const unit = municipalities
    .find((municipality) => municipality.number === municipalityNumber)
    ?.units.find((candidate) => candidate.name === unitName);
  if (!unit) throw new Error(`No unit ${unitName} in ${municipalityNumber}`);
  return unit.id;
}

/** ISO date `days` from today (negative for the past), in the machine's time zone like the app. */
export function isoDateFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
