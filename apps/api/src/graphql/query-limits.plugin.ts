import type { ApolloServerPlugin } from '@apollo/server';
import { measureOperation, QUERY_LIMITS, type QueryLimits, queryTooComplex } from './query-limits';

/**
 * Refuses an operation over the limits (query-limits.ts) after validation and before anything
 * executes, with the variables known, so sizes given as variables count as they are.
 */
export function queryLimitsPlugin(limits: QueryLimits = QUERY_LIMITS): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          const { exceeded } = measureOperation(
            schema,
            document,
            request.operationName,
            request.variables,
            { limits },
          );
          if (exceeded) throw queryTooComplex(exceeded);
        },
      };
    },
  };
}
