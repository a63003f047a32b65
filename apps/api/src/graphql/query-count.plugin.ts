import type { ApolloServerPlugin } from '@apollo/server';
import { currentQueryCount } from '../database/query-counter';

/** Test aid (KP_EXPOSE_QUERY_COUNT): reports SQL statements per GraphQL request. */
export const queryCountPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind === 'single') {
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            sqlStatements: currentQueryCount(),
          };
        }
      },
    };
  },
};
