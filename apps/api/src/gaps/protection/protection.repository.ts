import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AtomRows } from '@kp/domain';
import { DataSource } from 'typeorm';
import {
  type AtomSettings,
  type AtomStatement,
  choiceAtomsSql,
  competenceAtomsSql,
  cycleAtomsSql,
  expiryAtomsSql,
  staffAtomsSql,
  teachingAtomsSql,
} from './atoms.sql';

/** The SQL of protected figures: the atoms of a region, its secret and its people version. */
@Injectable()
export class ProtectionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Goes up with every committed change to the people the atoms are made of. */
  async peopleVersion(regionId: string): Promise<string> {
    const [row] = await this.db.query(
      `SELECT people_version::text AS version FROM region_data_version WHERE region_id = $1`,
      [regionId],
    );
    return row?.version ?? '0';
  }

  /** The key of the region's draws. Read here only, and never returned to a caller. */
  async secret(regionId: string): Promise<Buffer> {
    const [row] = await this.db.query(
      `SELECT protection_secret AS secret FROM region WHERE id = $1`,
      [regionId],
    );
    if (!row) throw new Error(`Region ${regionId} not found`);
    return row.secret as Buffer;
  }

  /** Every family's atom rows: one statement each, one after the other (the pool is shared). */
  async atomRows(settings: AtomSettings): Promise<AtomRows> {
    const run = async <T>(statement: AtomStatement): Promise<T[]> =>
      this.db.query(statement.sql, statement.values);
    return {
      staff: await run(staffAtomsSql(settings)),
      competences: await run(competenceAtomsSql(settings)),
      cycles: await run(cycleAtomsSql(settings)),
      choices: await run(choiceAtomsSql(settings)),
      teaching: await run(teachingAtomsSql(settings)),
      expiry: await run(expiryAtomsSql(settings)),
    };
  }
}
