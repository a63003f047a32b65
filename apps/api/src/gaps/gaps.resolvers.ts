import type { Type } from '@nestjs/common';
import { GAP_FIELD_RESOLVERS } from './gap-fields.resolver';
import { GapsResolver } from './gaps.resolver';
import { StaffingGapsResolver } from './staffing-gaps.resolver';

/** This feature's resolver classes, for printing the schema (graphql/resolvers.ts). */
export const GAPS_RESOLVERS: Type[] = [GapsResolver, StaffingGapsResolver, ...GAP_FIELD_RESOLVERS];
