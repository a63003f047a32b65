import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** fast, midlertidig, vikar */
export enum EmploymentType {
  PERMANENT = 'PERMANENT',
  TEMPORARY = 'TEMPORARY',
  SUBSTITUTE = 'SUBSTITUTE',
}

/** numeric arrives from PostgreSQL as text so no precision is lost; stillingsprosent fits a double. */
const numericToNumber = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

@Entity('employee')
export class EmployeeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'region_id', type: 'uuid' })
  regionId: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId: string;

  /** From the HR system; unique within the municipality. */
  @Column({ name: 'employee_number', type: 'text' })
  employeeNumber: string;

  @Column({ name: 'given_name', type: 'text' })
  givenName: string;

  @Column({ name: 'family_name', type: 'text' })
  familyName: string;

  @Column({ name: 'position_title', type: 'text', default: '' })
  positionTitle: string;

  /** STYRK-08, four digits. */
  @Column({ name: 'profession_code', type: 'char', length: 4, nullable: true })
  professionCode: string | null;

  /** Stillingsprosent, 0–100. */
  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: numericToNumber })
  fte: number;

  @Column({ name: 'employment_type', type: 'text' })
  employmentType: EmploymentType;

  /** For retirement projections; never a national identity number. */
  @Column({ name: 'birth_year', type: 'integer', nullable: true })
  birthYear: number | null;

  /** ISO date. */
  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Erased on request (GDPR): such rows are never shown. */
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  /** Optimistic locking: bumped by every update. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** What the repository reads: the entity without bookkeeping (erased rows are never read). */
export type EmployeeRow = Omit<EmployeeEntity, 'createdAt' | 'updatedAt' | 'erasedAt'>;
