import type { Type } from '@nestjs/common';
import { RequirementsResolver } from './requirements.resolver';
import { StaffingRequirementsResolver } from './staffing-requirements.resolver';

/** This feature's resolver classes, for printing the schema (graphql/resolvers.ts). */
export const REQUIREMENTS_RESOLVERS: Type[] = [RequirementsResolver, StaffingRequirementsResolver];
