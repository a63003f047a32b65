import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../graphql/context';
import type { LoggedRequest } from './http-logging';
import type { Metrics } from './metrics';

/**
 * Times every GraphQL operation under its (bounded) operation name, counts errors by code,
 * and names the operation in the request's log line.
 */
export function graphqlObservabilityPlugin(metrics: Metrics): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      let operation = 'unresolved';
      let type = 'unknown';
      return {
        async didResolveOperation({ operation: resolved, operationName }) {
          operation = metrics.operationLabel(operationName ?? resolved?.name?.value);
          type = resolved?.operation ?? 'unknown';
          (contextValue.req as LoggedRequest).graphqlOperation = operation;
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            metrics.countError(typeof code === 'string' ? code : undefined);
          }
        },
        async willSendResponse({ response }) {
          const failed =
            response.body.kind === 'single' && (response.body.singleResult.errors?.length ?? 0) > 0;
          metrics.observeGraphql(operation, type, failed, (performance.now() - started) / 1000);
        },
      };
    },
  };
}
