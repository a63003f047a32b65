/**
 * The network edge for component tests of components that load through the GraphQL hooks.
 * The real API cannot run inside jsdom (the browser tests use it); everything above fetch —
 * request(), the error mapping, TanStack Query, the component — is the real code.
 */
export interface GraphqlAnswer {
  status?: number;
  body: unknown;
}

type Handler = (operation: { query: string; variables: unknown }) => GraphqlAnswer | 'never';

/** Answers every GraphQL request with `handler`'s answer ('never' keeps it loading). */
export function answerGraphql(handler: Handler): jest.Mock {
  const fake = jest.fn((_input: unknown, init?: { body?: string }) => {
    const operation = JSON.parse(init?.body ?? '{}') as { query: string; variables: unknown };
    const answer = handler(operation);
    if (answer === 'never') return new Promise<never>(() => undefined);
    const status = answer.status ?? 200;
    return Promise.resolve({
      ok: status >= 200 && status < 300,
      status,
      json: () => Promise.resolve(answer.body),
    });
  });
  globalThis.fetch = fake as unknown as typeof fetch;
  return fake;
}

/** A request that must not happen (validation should have stopped it). */
export function forbidNetwork(): jest.Mock {
  return answerGraphql(() => {
    throw new Error('no request was expected');
  });
}

/** The API's refusal of bad input: one message per field, in Norwegian, as the API sends it. */
export function refusedInput(
  fields: ReadonlyArray<{ field: string; message: string }>,
): GraphqlAnswer {
  return {
    body: {
      data: null,
      errors: [
        {
          message: 'Ugyldige opplysninger',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: fields.map((entry) => ({ code: 'INVALID', ...entry })),
          },
        },
      ],
    },
  };
}
