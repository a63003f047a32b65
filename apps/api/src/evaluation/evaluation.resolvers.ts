import type { Type } from '@nestjs/common';
import { EvaluationResolver } from './evaluation.resolver';

/** This feature's resolver classes, for printing the schema (graphql/resolvers.ts). */
export const EVALUATION_RESOLVERS: Type[] = [EvaluationResolver];
