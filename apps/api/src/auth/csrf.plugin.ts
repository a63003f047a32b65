import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import { UserError } from '../common/errors/user-error';
import type { GraphQLContext } from '../graphql/context';
import { CSRF_HEADER } from './request-auth';
import { sameSecret } from './tokens';

/**
 * Double-submit protection for mutations authenticated by the cookie: the web
 * app echoes the readable kp_csrf cookie in the x-csrf-token header, which a
 * cross-site page can neither read nor set. Bearer-token clients are exempt
 * (a browser never attaches the token by itself).
 */
export const csrfPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        const { auth, req } = contextValue;
        if (operation?.operation !== OperationTypeNode.MUTATION || auth.via !== 'cookie') return;
        const presented = req.headers[CSRF_HEADER];
        if (
          typeof presented !== 'string' ||
          !auth.csrfToken ||
          !sameSecret(presented, auth.csrfToken)
        ) {
          throw new UserError(
            'CSRF_REJECTED',
            'Forespørselen ble avvist av sikkerhetshensyn. Last siden på nytt og prøv igjen.',
          );
        }
      },
    };
  },
};
