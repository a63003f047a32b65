import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable } from './postgres-errors';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['connection refused', withCode('ECONNREFUSED'), true],
    ['a reset socket', withCode('ECONNRESET'), true],
    ['admin shutdown', withCode('57P01'), true],
    ['cannot connect now (starting up)', withCode('57P03'), true],
    ['a connection exception', withCode('08006'), true],
    ['a dropped connection', new Error('Connection terminated unexpectedly'), true],
    [
      'the postmaster died',
      new Error('terminating connection due to unexpected postmaster exit'),
      true,
    ],
    [
      "TypeORM's released runner",
      new Error(
        'Database connection provided by a query runner was already released, cannot continue',
      ),
      true,
    ],
    [
      // the commit of a transaction whose connection died under it (seen in the faults test)
      "TypeORM's commit on a released runner",
      new Error('Query runner already released. Cannot run queries anymore.'),
      true,
    ],
    ['a driver error inside TypeORM', { driverError: withCode('57P01') }, true],
    ['a wrapped cause', new Error('outer', { cause: withCode('ECONNREFUSED') }), true],
    [
      "GraphQL's originalError",
      new GraphQLError('Context creation failed', { originalError: withCode('ECONNREFUSED') }),
      true,
    ],
    ['a unique violation', withCode('23505'), false],
    ['a statement timeout', withCode('57014'), false],
    // our bug, not an outage: a statement sent with fewer parameters than it names
    ['a protocol violation', withCode('08P01', 'bind message supplies 1 parameters'), false],
    ['a plain bug', new TypeError('undefined is not a function'), false],
    ['nothing', undefined, false],
  ])('%s → %p', (_name, error, expected) => {
    expect(isDatabaseUnavailable(error)).toBe(expected);
  });
});
