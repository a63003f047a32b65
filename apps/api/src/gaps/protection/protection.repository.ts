import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AtomRows } from '@kp/domain';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { col, maybeOne, rows, type RowSchema, type RowOf } from '../../database/sql';
import {
  AtomRowSchemas,
  type AtomSettings,
  type AtomStatement,
  choiceAtomsSql,
  competenceAtomsSql,
  cycleAtomsSql,
  expiryAtomsSql,
  staffAtomsSql,
  teachingAtomsSql,
} from './atoms.sql';

const PeopleVersion = z.object({ version: col.text });
const Secret = z.object({ secret: z.instanceof(Buffer) });

/** The SQL of protected figures: the atoms of a region, its secret and its people version. */
@Injectable()
export class ProtectionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Goes up with every committed change to the people the atoms are made of. */
  async peopleVersion(regionId: string): Promise<string> {
    const row = await maybeOne(
      this.db,
      PeopleVersion,
      `SELECT people_version::text AS version FROM region_data_version WHERE region_id = $1`,
      [regionId],
    );
    return row?.version ?? '0';
  }

  /** The key of the region's draws. Read here only, and never returned to a caller. */
  async secret(regionId: string): Promise<Buffer> {
    const row = await maybeOne(
      this.db,
      Secret,
      `SELECT protection_secret AS secret FROM region WHERE id = $1`,
      [regionId],
    );
    if (!row) throw new Error(`Region ${regionId} not found`);
    return row.secret;
  }

  /** Every family's atom rows: one statement each, one after the other (the pool is shared). */
  async atomRows(settings: AtomSettings): Promise<AtomRows> {
    const run = <S extends RowSchema>(schema: S, statement: AtomStatement): Promise<RowOf<S>[]> =>
      rows(this.db, schema, statement.sql, statement.values);
    return {
      staff: await run(AtomRowSchemas.staff, staffAtomsSql(settings)),
      competences: await run(AtomRowSchemas.competences, competenceAtomsSql(settings)),
      cycles: await run(AtomRowSchemas.cycles, cycleAtomsSql(settings)),
      choices: await run(AtomRowSchemas.choices, choiceAtomsSql(settings)),
      teaching: await run(AtomRowSchemas.teaching, teachingAtomsSql(settings)),
      expiry: await run(AtomRowSchemas.expiry, expiryAtomsSql(settings)),
    };
  }
}
