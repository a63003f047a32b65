import type { Type } from '@nestjs/common';
import { CompetencesResolver } from './competences.resolver';
import { ProfessionsResolver } from './professions.resolver';

/** This feature's resolver classes, for printing the schema (graphql/resolvers.ts). */
export const COMPETENCES_RESOLVERS: Type[] = [CompetencesResolver, ProfessionsResolver];
