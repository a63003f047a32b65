import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import type { GraphQLContext } from '../graphql/context';
import { assertCsrf } from './csrf';

/** Mutations sent with the session cookie must pass the double-submit check (csrf.ts). */
export const csrfPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (operation?.operation !== OperationTypeNode.MUTATION) return;
        assertCsrf(contextValue.auth, contextValue.req);
      },
    };
  },
};
