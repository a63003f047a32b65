import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** Lai's four building blocks of competence. */
export enum BuildingBlock {
  KNOWLEDGE = 'KNOWLEDGE',
  SKILLS = 'SKILLS',
  ABILITIES = 'ABILITIES',
  ATTITUDES = 'ATTITUDES',
}

/** One step of a competence's level scale, as stored in `competence.scale`. */
export interface StoredLevel {
  level: number;
  /** Short name for tables ("Selvstendig"); optional. */
  name?: string | null;
  description: string;
}

/** An entry in the region's competence catalogue. */
@Entity('competence')
export class CompetenceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'region_id', type: 'uuid' })
  regionId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ name: 'building_block', type: 'text' })
  buildingBlock: BuildingBlock;

  @Column({ type: 'text' })
  area: string;

  /** Focus areas: Kompetanseløft 2025, Demensplan, Leve hele livet … */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  tags: string[];

  /** Levels ascending. */
  @Column({ type: 'jsonb' })
  scale: StoredLevel[];

  /** Certificates (e.g. HLR) expire this many months after they are obtained. */
  @Column({ name: 'validity_months', type: 'integer', nullable: true })
  validityMonths: number | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Optimistic locking: bumped by every update. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** What the repository reads: the entity without its bookkeeping timestamps. */
export type CompetenceRow = Omit<CompetenceEntity, 'createdAt' | 'updatedAt'>;
