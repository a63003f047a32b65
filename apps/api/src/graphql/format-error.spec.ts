import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { UserError } from '../common/errors/user-error';
import { createFormatError } from './format-error';

const production = createFormatError({ hideSuggestions: true, statementTimeoutMs: 10_000 });
const development = createFormatError({ hideSuggestions: false, statementTimeoutMs: 10_000 });

function formatted(message: string, code: string): GraphQLFormattedError {
  return { message, extensions: { code } };
}

describe('formatError', () => {
  const suggestion = formatted(
    'Cannot query field "gapAnalysiz" on type "Query". Did you mean "gapAnalysis"?',
    'GRAPHQL_VALIDATION_FAILED',
  );

  it('leaves out "Did you mean" in production, so a refused query does not reveal the schema', () => {
    const result = production(suggestion, new GraphQLError(suggestion.message));
    expect(result.message).toBe('Cannot query field "gapAnalysiz" on type "Query".');
    expect(result.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('also for arguments', () => {
    const argumentHint = formatted(
      'Unknown argument "filtr" on field "Query.gapAnalysis". Did you mean "filter"?',
      'GRAPHQL_VALIDATION_FAILED',
    );
    expect(production(argumentHint, new GraphQLError(argumentHint.message)).message).toBe(
      'Unknown argument "filtr" on field "Query.gapAnalysis".',
    );
  });

  it('keeps the hints in development', () => {
    expect(development(suggestion, new GraphQLError(suggestion.message)).message).toContain(
      'Did you mean "gapAnalysis"?',
    );
  });

  it('turns the parser’s token limit into QUERY_TOO_COMPLEX in Norwegian', () => {
    const parse = formatted(
      'Syntax Error: Document contains more that 2000 tokens. Parsing aborted.',
      'GRAPHQL_PARSE_FAILED',
    );
    const result = production(parse, new GraphQLError(parse.message));
    expect(result.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'tokens', max: 2000 });
    expect(result.message).toContain('høyst 2');
  });

  it('answers a statement stopped by statement_timeout with TIMEOUT, naming the limit', () => {
    const cancelled = Object.assign(new Error('canceling statement due to statement timeout'), {
      driverError: { code: '57014' },
    });
    const result = production(formatted('x', 'INTERNAL_SERVER_ERROR'), cancelled);
    expect(result.extensions?.code).toBe('TIMEOUT');
    expect(result.message).toContain('10 sekunder');
    expect(result.message).toContain('Ingen endringer er lagret');
  });

  it('answers a value PostgreSQL refused as bad input, not as a server error', () => {
    const error = Object.assign(new Error('invalid input syntax for type uuid'), {
      driverError: { code: '22P02' },
    });
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = production(formatted('x', 'INTERNAL_SERVER_ERROR'), error);
    spy.mockRestore();
    expect(result.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.message).not.toContain('uuid');
  });

  it('hides anything unexpected behind a plain message', () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = production(formatted('relation "x" does not exist', 'X'), new Error('SQL'));
    spy.mockRestore();
    expect(result).toMatchObject({ extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(result.message).not.toContain('relation');
  });

  it('passes user errors through', () => {
    const error = UserError.field('years', 'TOO_LARGE', 'Antall år må være mellom 1 og 20');
    const result = production(
      { message: error.message, extensions: { ...error.extensions } },
      error,
    );
    expect(result.message).toBe('Antall år må være mellom 1 og 20');
  });
});

describe('graphql-js value errors in Norwegian', () => {
  it.each([
    [
      'Variable "$n" got invalid value 1e+300; Int cannot represent non 32-bit signed integer value: 1e+300',
      { field: 'n', code: 'TOO_LARGE' },
    ],
    [
      'Variable "$input" got invalid value 1.5 at "input.level"; Int cannot represent non-integer value: 1.5',
      { field: 'level', code: 'NOT_AN_INTEGER', message: '«level» må være et heltall' },
    ],
    [
      'Variable "$i" got invalid value { municipalityId: "x", nmae: "y" }; Field "name" of required type "String!" was not provided.',
      { field: 'name', code: 'REQUIRED', message: '«name» må fylles ut' },
    ],
    [
      'Variable "$i" got invalid value { nmae: "y" }; Field "nmae" is not defined by type "AddUnitInput". Did you mean "name"?',
      { field: 'nmae', code: 'UNKNOWN_FIELD' },
    ],
    [
      'Variable "$f" got invalid value "NOWW" at "f.horizons[0]"; Value "NOWW" does not exist in "Horizon" enum. Did you mean the enum value "NOW"?',
      { field: 'horizons[0]', code: 'INVALID_CHOICE' },
    ],
    ['Variable "$id" of required type "ID!" was not provided.', { field: 'id', code: 'REQUIRED' }],
  ])('%s', (message, expected) => {
    const result = production(formatted(message, 'BAD_USER_INPUT'), new GraphQLError(message));
    expect(result.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.extensions?.fields).toEqual([expect.objectContaining(expected)]);
    expect(result.message).toMatch(/^Ugyldige opplysninger: «/);
    expect(result.message).not.toContain('Did you mean');
  });

  it('answers graphql-js giving up after too many bad values as bad input', () => {
    const message = 'Too many errors processing variables, error limit reached. Execution aborted.';
    expect(
      production(formatted(message, 'INTERNAL_SERVER_ERROR'), new GraphQLError(message)),
    ).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'variables' }] } });
  });

  it('answers a batched request in Norwegian', () => {
    const batch = formatted('Operation batching disabled.', 'BAD_REQUEST');
    const answer = production(batch, new GraphQLError(batch.message));
    expect(answer.extensions).toMatchObject({ code: 'BATCHING_NOT_ALLOWED' });
    expect(answer.message).toContain('én GraphQL-operasjon per forespørsel');
  });
});
