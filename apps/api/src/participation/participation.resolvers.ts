import type { Type } from '@nestjs/common';
import { ParticipationResolver } from './participation.resolver';

/** This feature's resolver classes, for printing the schema (graphql/resolvers.ts). */
export const PARTICIPATION_RESOLVERS: Type[] = [ParticipationResolver];
