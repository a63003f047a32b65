import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('region')
export class RegionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  slug: string;

  /** k: aggregates over fewer employees than this are suppressed. */
  @Column({ name: 'min_group_size', type: 'integer', default: 5 })
  minGroupSize: number;

  @Column({ name: 'retirement_age', type: 'integer', default: 67 })
  retirementAge: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
