import type { Type } from '@nestjs/common';
import { FundingReportResolver } from './funding-report.resolver';
import { ParticipationResolver } from './participation.resolver';

/** This feature's resolver classes, for printing the schema (graphql/resolvers.ts). */
export const PARTICIPATION_RESOLVERS: Type[] = [ParticipationResolver, FundingReportResolver];
