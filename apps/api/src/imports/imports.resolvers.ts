import type { Type } from '@nestjs/common';
import { ImportsResolver } from './imports.resolver';

/** This feature's resolver classes, for printing the schema (graphql/resolvers.ts). */
export const IMPORTS_RESOLVERS: Type[] = [ImportsResolver];
