import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import type { AuditService } from '../audit/audit.service';
import type { GraphQLContext } from '../graphql/context';
import { assertCsrf, CSRF_REJECTED } from './csrf';
import { requestOrigin } from './request-origin';

/**
 * Mutations sent with the session cookie must pass the double-submit check (csrf.ts). A
 * refusal answers 403 before anything runs, and is written to the audit log (thinned).
 */
export function csrfPlugin(audit: AuditService): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== OperationTypeNode.MUTATION) return;
          try {
            assertCsrf(contextValue.auth, contextValue.req);
          } catch (error) {
            await audit.refused(
              contextValue.auth.actor,
              requestOrigin(contextValue.req, contextValue.auth),
              {
                action: 'access.csrf_rejected',
                reason: CSRF_REJECTED,
                operation: rootFields(operation.selectionSet.selections),
              },
            );
            throw error;
          }
        },
      };
    },
  };
}

/** The mutation's root fields, once each and at most five (aliases can repeat one a thousand times). */
function rootFields(selections: ReadonlyArray<{ kind: string; name?: { value: string } }>): string {
  const names = new Set(selections.map((selection) => selection.name?.value ?? selection.kind));
  return [...names].slice(0, 5).join(',');
}
