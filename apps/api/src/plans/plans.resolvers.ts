import type { Type } from '@nestjs/common';
import { ActionPlansResolver } from './action-plans.resolver';
import { MeasureDraftsResolver } from './measure-drafts.resolver';
import {
  MeasureShareResolver,
  MeasuresResolver,
  MeasureTargetResolver,
  MeasureTeacherResolver,
} from './measures.resolver';

/** This feature's resolver classes, for printing the schema (graphql/resolvers.ts). */
export const PLANS_RESOLVERS: Type[] = [
  ActionPlansResolver,
  MeasuresResolver,
  MeasureTargetResolver,
  MeasureShareResolver,
  MeasureTeacherResolver,
  MeasureDraftsResolver,
];
