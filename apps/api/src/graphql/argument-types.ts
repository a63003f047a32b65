import type { Type } from '@nestjs/common';
import 'reflect-metadata';

/** Where `@Args()` records each parameter's declared GraphQL type (@nestjs/graphql). */
const ARGS_TYPE_METADATA = 'graphql:args_type';

interface ArgsTypeEntry {
  index: number;
  typeFn?: () => unknown;
}

const NOT_CLASSES = new Set<unknown>([String, Number, Boolean, Date, Object, Array]);

/**
 * Nest's validation pipe learns an argument's class from the parameter type TypeScript emits.
 * For `filter: GapFilter | null` TypeScript emits `Object`, and the pipe then validated nothing:
 * `retirementWave(filter: { years: 100000 })` ran for a minute. This writes the class named in
 * `@Args('filter', { type: () => GapFilter })` into the emitted type, for every resolver, so
 * every input type is validated however its parameter is written. Run before Nest builds the
 * resolvers (graphql.module.ts); returns what it changed, for tests.
 */
export function alignArgumentTypes(resolverClasses: readonly Type[]): string[] {
  const changed: string[] = [];
  // a resolver's methods may come from a base class (RequirementResolverBase): walk the chain
  const classes = new Set<Type>();
  for (const resolver of resolverClasses) {
    for (
      let current: unknown = resolver;
      typeof current === 'function' && current !== Object && current.prototype;
      current = Object.getPrototypeOf(current)
    ) {
      classes.add(current as Type);
    }
  }
  for (const resolver of classes) {
    for (const method of Object.getOwnPropertyNames(resolver.prototype)) {
      // reflect-metadata is untyped: the key's writer (@nestjs/graphql) defines its shape
      const entries = Reflect.getOwnMetadata(ARGS_TYPE_METADATA, resolver, method) as
        ArgsTypeEntry[] | undefined;
      if (!entries?.length) continue;
      const prototype = resolver.prototype as object;
      const declared = Reflect.getMetadata('design:paramtypes', prototype, method) as
        unknown[] | undefined;
      if (!declared) continue;
      const types = [...declared];
      for (const { index, typeFn } of entries) {
        const type = typeFn?.();
        if (typeof type !== 'function' || NOT_CLASSES.has(type)) continue;
        if (types[index] === type) continue;
        types[index] = type;
        changed.push(`${resolver.name}.${method}#${index}`);
      }
      Reflect.defineMetadata('design:paramtypes', types, prototype, method);
    }
  }
  return changed;
}
