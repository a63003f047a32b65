import type { Type } from '@nestjs/common';
import { AppraisalCyclesResolver } from './appraisal-cycles.resolver';
import {
  AppraisalActionResolver,
  AppraisalCompetenceLevelResolver,
  AppraisalContentResolver,
  AppraisalDevelopmentWishResolver,
  AppraisalDraftResolver,
  AppraisalProgressResolver,
  AppraisalSelfDeclarationResolver,
  AppraisalCompetenceFigureResolver,
  DevelopmentItemResolver,
  PendingAppraisalResolver,
  TeachingDirectoryTopicResolver,
} from './appraisal-links.resolver';
import { AppraisalStatisticsResolver } from './appraisal-statistics.resolver';
import { AppraisalsResolver } from './appraisals.resolver';

/** This feature's resolver classes, for printing the schema (graphql/resolvers.ts). */
export const APPRAISALS_RESOLVERS: Type[] = [
  AppraisalCyclesResolver,
  AppraisalsResolver,
  AppraisalStatisticsResolver,
  AppraisalSelfDeclarationResolver,
  AppraisalCompetenceLevelResolver,
  AppraisalDevelopmentWishResolver,
  AppraisalActionResolver,
  AppraisalContentResolver,
  AppraisalDraftResolver,
  PendingAppraisalResolver,
  AppraisalProgressResolver,
  AppraisalCompetenceFigureResolver,
  TeachingDirectoryTopicResolver,
  DevelopmentItemResolver,
];
