import { z } from 'zod';
import { col } from '../database/sql';

/** Rows of the competence catalogue as the repositories read them (typed SQL, no entities). */

/** Lai's four building blocks of competence. */
export enum BuildingBlock {
  KNOWLEDGE = 'KNOWLEDGE',
  SKILLS = 'SKILLS',
  ABILITIES = 'ABILITIES',
  ATTITUDES = 'ATTITUDES',
}

/** One step of a competence's level scale, as stored in `competence.scale`. */
export const StoredLevel = z.object({
  level: col.int,
  /** Short name for tables ("Selvstendig"); optional. */
  name: col.text.nullish(),
  description: col.text,
});
export type StoredLevel = z.infer<typeof StoredLevel>;

/** An entry in the region's competence catalogue. */
export const CompetenceRow = z.object({
  id: col.id,
  regionId: col.id,
  name: col.text,
  description: col.text,
  buildingBlock: z.enum(BuildingBlock),
  area: col.text,
  /** Focus areas: Kompetanseløft 2025, Demensplan, Leve hele livet … */
  tags: z.array(col.text),
  /** Levels ascending. */
  scale: z.array(StoredLevel),
  /** Certificates (e.g. HLR) expire this many months after they are obtained. */
  validityMonths: col.int.nullable(),
  active: col.boolean,
  /** Optimistic locking: bumped by every update. */
  version: col.int,
});
export type CompetenceRow = z.infer<typeof CompetenceRow>;
