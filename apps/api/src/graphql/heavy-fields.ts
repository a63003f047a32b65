import { type GraphQLFieldResolver, type GraphQLSchema, isObjectType } from 'graphql';
import type { HeavyWorkLimiter } from '../common/heavy-work';
import type { GraphQLContext } from './context';
import { heavyFields } from './query-cost';

/** Who a heavy computation is counted against. */
export function callerKey(context: Pick<GraphQLContext, 'auth'>): string {
  return `user:${context.auth.actor?.userId ?? 'anonymous'}`;
}

/**
 * Runs the fields marked heavy in query-cost.ts through the limiter: a request waits for a slot
 * before the resolver (and its guard) runs, and gives it back when the field is resolved.
 */
export function limitHeavyFields(schema: GraphQLSchema, limiter: HeavyWorkLimiter): GraphQLSchema {
  for (const key of heavyFields()) {
    const [typeName, fieldName] = key.split('.');
    const type = schema.getType(typeName);
    const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
    if (!field)
      throw new Error(`query-cost.ts marks ${key} heavy, but the schema has no such field`);
    const resolve: GraphQLFieldResolver<unknown, GraphQLContext> =
      field.resolve ?? ((source) => (source as Record<string, unknown>)[fieldName]);
    field.resolve = (source, args, context: GraphQLContext, info) =>
      // an anonymous call is refused by the policy guard at once: it needs no slot
      context.auth.actor
        ? limiter.run(callerKey(context), async () => resolve(source, args, context, info))
        : resolve(source, args, context, info);
  }
  return schema;
}
