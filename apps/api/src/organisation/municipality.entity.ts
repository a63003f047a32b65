import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('municipality')
export class MunicipalityEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'region_id', type: 'uuid' })
  regionId: string;

  /** Kommunenummer, e.g. 3407. */
  @Column({ type: 'char', length: 4 })
  number: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'kostra_group', type: 'text', nullable: true })
  kostraGroup: string | null;
}
