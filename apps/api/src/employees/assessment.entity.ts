import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum AssessmentSource {
  FORMAL = 'FORMAL',
  INFORMAL = 'INFORMAL',
  SELF_DECLARED = 'SELF_DECLARED',
  LEADER_ASSESSED = 'LEADER_ASSESSED',
}

/**
 * Employee × competence → level. Append-only (a trigger refuses rewrites); the only later
 * change is a leader's confirmation of a self-declared level. FORMAL rows carry the
 * qualification that documents them.
 */
@Entity('assessment')
export class AssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'region_id', type: 'uuid' })
  regionId: string;

  @Column({ name: 'employee_id', type: 'uuid' })
  employeeId: string;

  @Column({ name: 'competence_id', type: 'uuid' })
  competenceId: string;

  @Column({ type: 'integer' })
  level: number;

  @Column({ type: 'text' })
  source: AssessmentSource;

  @Column({ type: 'text', default: '' })
  evidence: string;

  @Column({ name: 'qualification_id', type: 'uuid', nullable: true })
  qualificationId: string | null;

  /** ISO date. */
  @Column({ name: 'assessed_on', type: 'date' })
  assessedOn: string;

  /** ISO date, the last day it counts; null = no expiry. */
  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil: string | null;

  @Column({ name: 'assessed_by', type: 'uuid', nullable: true })
  assessedBy: string | null;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Column({ name: 'confirmed_by', type: 'uuid', nullable: true })
  confirmedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
