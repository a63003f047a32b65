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

  it('also in input coercion errors', () => {
    const enumHint = formatted(
      'Value "NOWW" does not exist in "Horizon" enum. Did you mean the enum value "NOW"?',
      'BAD_USER_INPUT',
    );
    expect(production(enumHint, new GraphQLError(enumHint.message)).message).toBe(
      'Value "NOWW" does not exist in "Horizon" enum.',
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
