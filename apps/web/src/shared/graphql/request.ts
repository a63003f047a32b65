import type { TypedDocumentString } from '@web/gql/graphql';
import { ApiError, apiErrorFromGraphQLErrors, isRecord } from './api-error';
import { CSRF_HEADER, csrfTokenFromDocument } from './csrf';

export interface RequestOptions {
  /** Lets TanStack Query cancel a request nobody waits for any more. */
  signal?: AbortSignal;
}

/** Variables may be left out only when the operation has none. */
type RequestArgs<TVariables> =
  TVariables extends Record<string, never>
    ? [variables?: TVariables, options?: RequestOptions]
    : [variables: TVariables, options?: RequestOptions];

export type RequestFn = <TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...args: RequestArgs<TVariables>
) => Promise<TResult>;

type FetchFn = (input: string, init: RequestInit) => Promise<Response>;

export interface ClientOptions {
  fetch?: FetchFn;
  endpoint?: string;
  /** The CSRF token to echo; read from the `kp_csrf` cookie by default. */
  csrfToken?: () => string | null;
}

/**
 * Creates the GraphQL client: POSTs a generated document to `endpoint` and
 * resolves with its `data`, or rejects with an {@link ApiError}. Aborts are
 * passed on untouched so TanStack Query sees them as cancellations.
 */
export function createRequest(client: ClientOptions = {}): RequestFn {
  const fetchFn: FetchFn = client.fetch ?? ((input, init) => fetch(input, init));
  const endpoint = client.endpoint ?? '/graphql';
  const csrfToken = client.csrfToken ?? csrfTokenFromDocument;

  return async function request<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    ...[variables, options]: RequestArgs<TVariables>
  ): Promise<TResult> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/json',
    };
    const token = csrfToken();
    if (token) headers[CSRF_HEADER] = token;

    let response: Response;
    try {
      response = await fetchFn(endpoint, {
        method: 'POST',
        credentials: 'same-origin',
        headers,
        body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
        signal: options?.signal,
      });
    } catch (error) {
      if (options?.signal?.aborted) throw error;
      throw ApiError.client('NETWORK_ERROR', describe(error));
    }

    let body: unknown;
    try {
      body = await response.json();
    } catch (error) {
      if (options?.signal?.aborted) throw error;
      const code = response.ok ? 'INVALID_RESPONSE' : 'HTTP_ERROR';
      throw ApiError.client(code, `Unreadable answer (HTTP ${response.status})`, response.status);
    }

    const errors = isRecord(body) && Array.isArray(body.errors) ? body.errors : [];
    if (errors.length > 0) throw apiErrorFromGraphQLErrors(errors, response.status);
    if (!response.ok) {
      throw ApiError.client('HTTP_ERROR', `HTTP ${response.status}`, response.status);
    }
    if (!isRecord(body) || !isRecord(body.data)) {
      throw ApiError.client('INVALID_RESPONSE', 'Answer without data', response.status);
    }
    return body.data as TResult;
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The app's client, talking to the API on the same origin. */
export const request: RequestFn = createRequest();
