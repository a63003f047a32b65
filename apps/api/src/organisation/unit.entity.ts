import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum UnitKind {
  SERVICE_AREA = 'SERVICE_AREA',
  UNIT = 'UNIT',
  DEPARTMENT = 'DEPARTMENT',
}

@Entity('unit')
export class UnitEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'region_id', type: 'uuid' })
  regionId: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  /** Ids from the root down to and including this unit. */
  @Column({ type: 'uuid', array: true })
  path: string[];

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: UnitKind;

  /** sykehjem, hjemmetjeneste … (free text, used by templates and demo data). */
  @Column({ name: 'service_type', type: 'text', nullable: true })
  serviceType: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
