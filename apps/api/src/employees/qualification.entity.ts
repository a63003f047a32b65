import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum QualificationKind {
  EDUCATION = 'EDUCATION',
  CERTIFICATE = 'CERTIFICATE',
  COURSE = 'COURSE',
}

/** Formal competence: an education, certificate or course an employee holds. */
@Entity('qualification')
export class QualificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'region_id', type: 'uuid' })
  regionId: string;

  @Column({ name: 'employee_id', type: 'uuid' })
  employeeId: string;

  @Column({ type: 'text' })
  kind: QualificationKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  issuer: string | null;

  /** ISO date. */
  @Column({ name: 'obtained_on', type: 'date' })
  obtainedOn: string;

  /** ISO date, the last day it counts; null = no expiry. */
  @Column({ name: 'expires_on', type: 'date', nullable: true })
  expiresOn: string | null;

  /** Where it came from: an import file, a completed measure, a leader. */
  @Column({ name: 'source_ref', type: 'text', nullable: true })
  sourceRef: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
