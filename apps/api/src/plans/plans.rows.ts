import { z } from 'zod';
import { col } from '../database/sql';
import {
  FundingSource,
  MeasureKind,
  MeasureProvider,
  MeasureStatus,
  MeasureStrategy,
  PlanLevel,
  PlanStatus,
} from './plan.enums';

export const PlanRow = z.object({
  id: col.id,
  regionId: col.id,
  level: z.enum(PlanLevel),
  municipalityId: col.id.nullable(),
  unitId: col.id.nullable(),
  year: col.int,
  half: z.union([z.literal(1), z.literal(2)]),
  title: col.text,
  status: z.enum(PlanStatus),
  adoptedOn: col.isoDate.nullable(),
  adoptedBy: col.id.nullable(),
  adoptedByName: col.text.nullable(),
  version: col.int,
  updatedAt: col.timestamp,
});
export type PlanRow = z.infer<typeof PlanRow>;

export const MeasureRow = z.object({
  id: col.id,
  regionId: col.id,
  planId: col.id,
  municipalityId: col.id.nullable(),
  unitId: col.id.nullable(),
  title: col.text,
  description: col.text,
  strategy: z.enum(MeasureStrategy),
  kind: z.enum(MeasureKind),
  provider: z.enum(MeasureProvider),
  providerName: col.text,
  targetGroup: col.text,
  owner: col.text,
  places: col.int,
  hours: col.number,
  startsOn: col.isoDate,
  endsOn: col.isoDate,
  awardsCertificate: col.boolean,
  status: z.enum(MeasureStatus),
  lendingUnitId: col.id.nullable(),
  version: col.int,
  updatedAt: col.timestamp,
});
export type MeasureRow = z.infer<typeof MeasureRow>;

export const FundingRow = z.object({
  measureId: col.id,
  source: z.enum(FundingSource),
  amount: col.number,
});
export type FundingRow = z.infer<typeof FundingRow>;

export const TargetRow = z.object({
  measureId: col.id,
  competenceId: col.id,
  level: col.int,
  requirementId: col.id.nullable(),
});
export type TargetRow = z.infer<typeof TargetRow>;

export const ShareRow = z.object({
  measureId: col.id,
  municipalityId: col.id,
  places: col.int,
});
export type ShareRow = z.infer<typeof ShareRow>;

/** A teacher; the name only while the person is listed with consent or in the caller's scope. */
export const TeacherRow = z.object({
  measureId: col.id,
  employeeId: col.id,
  municipalityId: col.id,
  competenceId: col.id,
  name: col.text.nullable(),
  unitName: col.text.nullable(),
});
export type TeacherRow = z.infer<typeof TeacherRow>;

/** Participants per measure and municipality (withdrawn ones do not count). */
export const ParticipantCountRow = z.object({
  measureId: col.id,
  municipalityId: col.id,
  participants: col.int,
});
export type ParticipantCountRow = z.infer<typeof ParticipantCountRow>;

/** What a measure is written with (the plan gives region, municipality and unit). */
export interface MeasureValues {
  title: string;
  description: string;
  strategy: MeasureStrategy;
  kind: MeasureKind;
  provider: MeasureProvider;
  providerName: string;
  targetGroup: string;
  owner: string;
  places: number;
  hours: number;
  startsOn: string;
  endsOn: string;
  awardsCertificate: boolean;
  lendingUnitId: string | null;
  funding: Array<{ source: FundingSource; amount: number }>;
  targets: Array<{ competenceId: string; level: number; requirementId: string | null }>;
  shares: Array<{ municipalityId: string; places: number }>;
  teachers: Array<{ employeeId: string; competenceId: string; municipalityId: string }>;
}
