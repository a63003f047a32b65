import type {
  AppraisalCompetenceFieldsFragment,
  AppraisalContentFieldsFragment,
  AppraisalCycleFieldsFragment,
  AppraisalDraftQuery,
  AppraisalProgressQuery,
  AppraisalRecordFieldsFragment,
  AppraisalStatisticsQuery,
  TeachingDirectoryQuery,
} from '@web/gql/graphql';

export type AppraisalCompetence = AppraisalCompetenceFieldsFragment;
export type AppraisalContent = AppraisalContentFieldsFragment;
export type AppraisalCycle = AppraisalCycleFieldsFragment;
export type AppraisalRecord = AppraisalRecordFieldsFragment;
export type AppraisalDraft = NonNullable<AppraisalDraftQuery['appraisalDraft']>;
export type AppraisalProgressRow = AppraisalProgressQuery['appraisalProgress'][number];
export type PendingAppraisalRow = AppraisalProgressRow['pending'][number];
export type AppraisalStatistics = AppraisalStatisticsQuery['appraisalStatistics'];
export type AppraisalFigure = AppraisalStatistics['completed'];
export type TeachingDirectoryTopic = TeachingDirectoryQuery['teachingDirectory'][number];
