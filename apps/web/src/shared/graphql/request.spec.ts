import { TypedDocumentString } from '@web/gql/graphql';
import { ApiError } from './api-error';
import { createRequest } from './request';

type Call = { input: string; init: RequestInit };

function fakeFetch(respond: () => Promise<Response> | Response) {
  const calls: Call[] = [];
  const fetchFn = async (input: string, init: RequestInit) => {
    calls.push({ input, init });
    return respond();
  };
  return { calls, fetchFn };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const NoVariables = new TypedDocumentString(
  'query Ping { ping }',
) as unknown as TypedDocumentString<{ ping: string }, { [key: string]: never }>;
const WithVariables = new TypedDocumentString(
  'mutation Add($input: AddInput!) { add(input: $input) { id } }',
) as unknown as TypedDocumentString<{ add: { id: string } }, { input: { name: string } }>;

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the request to fail');
}

describe('request', () => {
  it('POSTs the document and variables as JSON on the same origin and returns data', async () => {
    const { calls, fetchFn } = fakeFetch(() => json({ data: { add: { id: 'u1' } } }));
    const request = createRequest({ fetch: fetchFn });

    const data = await request(WithVariables, { input: { name: 'Ny enhet' } });

    expect(data).toEqual({ add: { id: 'u1' } });
    expect(calls).toHaveLength(1);
    const [{ input, init }] = calls;
    expect(input).toBe('/graphql');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(init.headers).toMatchObject({ 'content-type': 'application/json' });
    expect(JSON.parse(init.body as string)).toEqual({
      query: 'mutation Add($input: AddInput!) { add(input: $input) { id } }',
      variables: { input: { name: 'Ny enhet' } },
    });
  });

  it('echoes the CSRF token when there is one, and sends no header when not', async () => {
    const { calls, fetchFn } = fakeFetch(() => json({ data: { ping: 'pong' } }));
    await createRequest({ fetch: fetchFn, csrfToken: () => 'token-1' })(NoVariables);
    await createRequest({ fetch: fetchFn, csrfToken: () => null })(NoVariables);
    expect(calls[0].init.headers).toMatchObject({ 'x-csrf-token': 'token-1' });
    expect(calls[1].init.headers).not.toHaveProperty('x-csrf-token');
  });

  it('sends empty variables when the operation has none', async () => {
    const { calls, fetchFn } = fakeFetch(() => json({ data: { ping: 'pong' } }));
    await expect(createRequest({ fetch: fetchFn })(NoVariables)).resolves.toEqual({ ping: 'pong' });
    const body = JSON.parse(calls[0].init.body as string) as { variables: unknown };
    expect(body.variables).toEqual({});
  });

  it('turns GraphQL errors into an ApiError with the field errors', async () => {
    const { fetchFn } = fakeFetch(() =>
      json({
        data: null,
        errors: [
          {
            message: 'Ugyldige opplysninger: Navn må fylles ut',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: [{ field: 'name', code: 'REQUIRED', message: 'Navn må fylles ut' }],
            },
          },
        ],
      }),
    );
    const error = await rejection(
      createRequest({ fetch: fetchFn })(WithVariables, { input: { name: '' } }),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      userFacing: true,
      fields: [{ field: 'name', code: 'REQUIRED', message: 'Navn må fylles ut' }],
    });
  });

  it('reads GraphQL errors from a 400 answer too', async () => {
    const { fetchFn } = fakeFetch(() =>
      json(
        {
          errors: [
            { message: 'Cannot query field', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
          ],
        },
        400,
      ),
    );
    const error = await rejection(createRequest({ fetch: fetchFn })(NoVariables));
    expect(error).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      status: 400,
      userFacing: false,
    });
  });

  it('reports a network failure as NETWORK_ERROR', async () => {
    const request = createRequest({
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    const error = await rejection(request(NoVariables));
    expect(error).toMatchObject({ code: 'NETWORK_ERROR', userFacing: false });
  });

  it('reports a non-JSON error page as HTTP_ERROR with its status', async () => {
    const { fetchFn } = fakeFetch(() => new Response('<h1>Bad gateway</h1>', { status: 502 }));
    const error = await rejection(createRequest({ fetch: fetchFn })(NoVariables));
    expect(error).toMatchObject({ code: 'HTTP_ERROR', status: 502 });
  });

  it('reports a JSON error status without GraphQL errors as HTTP_ERROR', async () => {
    const { fetchFn } = fakeFetch(() => json({ message: 'nope' }, 503));
    const error = await rejection(createRequest({ fetch: fetchFn })(NoVariables));
    expect(error).toMatchObject({ code: 'HTTP_ERROR', status: 503 });
  });

  it('reports a 200 answer without data as INVALID_RESPONSE', async () => {
    const { fetchFn } = fakeFetch(() => json({ data: null }));
    const error = await rejection(createRequest({ fetch: fetchFn })(NoVariables));
    expect(error).toMatchObject({ code: 'INVALID_RESPONSE' });
  });

  it('passes an abort on untouched', async () => {
    const controller = new AbortController();
    const abort = new DOMException('The operation was aborted.', 'AbortError');
    const request = createRequest({
      fetch: () => {
        controller.abort();
        return Promise.reject(abort);
      },
    });
    await expect(request(NoVariables, undefined, { signal: controller.signal })).rejects.toBe(
      abort,
    );
  });
});
