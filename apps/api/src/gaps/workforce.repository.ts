import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { col, rows } from '../database/sql';
import { SqlParams } from '../database/sql-params';
import { peopleSql, realkompetanseHoldingsSql } from './gap-engine.sql';
import { scopeCondition, type GapScope } from './gaps.repository';

const LeavingRow = z.object({
  /** competence id or profession code */
  key: col.text,
  /** null: unknown birth year (never counted as leaving). */
  leavingYear: col.int.nullable(),
  headcount: col.int,
  units: col.number,
});
export type LeavingRow = z.infer<typeof LeavingRow>;

const ExpiringRow = z.object({
  unitId: col.id,
  /** 'YYYY-MM' */
  month: z.string().regex(/^\d{4}-\d{2}$/),
  certificates: col.int,
});
export type ExpiringRow = z.infer<typeof ExpiringRow>;

const RequiredLevel = z.object({ competenceId: col.id, minLevel: col.int });

/** The SQL of the workforce views: the retirement wave and expiring certificates. */
@Injectable()
export class WorkforceRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** For each competence, the lowest level its requirements in the scope ask for. */
  async requiredLevels(
    scope: GapScope,
    options: { competenceIds: readonly string[] | null; criticalOnly: boolean },
  ): Promise<Array<{ competenceId: string; minLevel: number }>> {
    const p = new SqlParams();
    const where = [`r.region_id = ${p.add(scope.regionId, 'uuid')}`];
    const condition = scopeCondition(scope, p, 'r.municipality_id', 'u.path');
    if (condition) where.push(condition);
    if (options.competenceIds) {
      where.push(`r.competence_id = ANY(${p.add(options.competenceIds, 'uuid[]')})`);
    }
    if (options.criticalOnly) where.push(`r.priority = 'CRITICAL'`);
    return rows(
      this.db,
      RequiredLevel,
      `SELECT r.competence_id AS "competenceId", min(r.min_level)::int AS "minLevel"
       FROM requirement r JOIN unit u ON u.id = r.unit_id
       WHERE ${where.join(' AND ')}
       GROUP BY r.competence_id`,
      p.values,
    );
  }

  /**
   * Today's holders of each competence (at its level) by the year they reach `age`; those
   * already past it count in `year`. Unknown birth years come back with leavingYear null.
   */
  competenceLeaving(
    scope: GapScope,
    options: {
      today: string;
      year: number;
      age: number;
      levels: readonly { competenceId: string; minLevel: number }[];
    },
  ): Promise<LeavingRow[]> {
    const p = new SqlParams();
    const region = p.add(scope.regionId, 'uuid');
    const today = p.add(options.today, 'date');
    const people = peopleSql({
      regionId: region,
      condition: scopeCondition(scope, p, 'e.municipality_id', 'u.path'),
    });
    const competences = p.add(
      options.levels.map((l) => l.competenceId),
      'uuid[]',
    );
    const levels = p.add(
      options.levels.map((l) => l.minLevel),
      'int[]',
    );
    const holdings = realkompetanseHoldingsSql({
      regionId: region,
      asOf: today,
      people: 'people',
      competenceCondition: `a.competence_id = ANY(${competences})`,
    });
    return rows(
      this.db,
      LeavingRow,
      `WITH people AS (${people}), holdings AS (${holdings}),
       wanted AS (SELECT * FROM unnest(${competences}, ${levels}) AS w(competence_id, min_level)),
       holder AS (
         SELECT DISTINCT h.employee_id, w.competence_id
         FROM holdings h JOIN wanted w ON w.competence_id = h.competence_id AND h.level >= w.min_level
       )
       SELECT hd.competence_id::text AS key,
              greatest(${p.add(options.year, 'int')}, p.birth_year + ${p.add(options.age, 'int')}) AS "leavingYear",
              count(*)::int AS headcount, sum(round(p.fte * 100))::bigint::float8 AS units
       FROM holder hd JOIN people p ON p.id = hd.employee_id
       GROUP BY 1, 2`,
      p.values,
    );
  }

  /** Staff of each profession by the year they reach `age` (as competenceLeaving). */
  professionLeaving(
    scope: GapScope,
    options: { year: number; age: number; professionCodes: readonly string[] | null },
  ): Promise<LeavingRow[]> {
    const p = new SqlParams();
    const region = p.add(scope.regionId, 'uuid');
    const people = peopleSql({
      regionId: region,
      condition: scopeCondition(scope, p, 'e.municipality_id', 'u.path'),
    });
    const codes = options.professionCodes
      ? `AND p.profession_code = ANY(${p.add(options.professionCodes, 'text[]')})`
      : '';
    return rows(
      this.db,
      LeavingRow,
      `WITH people AS (${people})
       SELECT p.profession_code::text AS key,
              greatest(${p.add(options.year, 'int')}, p.birth_year + ${p.add(options.age, 'int')}) AS "leavingYear",
              count(*)::int AS headcount, sum(round(p.fte * 100))::bigint::float8 AS units
       FROM people p
       WHERE p.profession_code IS NOT NULL ${codes}
       GROUP BY 1, 2`,
      p.values,
    );
  }

  /**
   * Qualifications of current staff expiring from `from` to `to`, per unit (the person's own
   * unit) and month: exact, for callers who may see every person in the scope.
   */
  expiring(scope: GapScope, options: { from: string; to: string }): Promise<ExpiringRow[]> {
    const p = new SqlParams();
    const region = p.add(scope.regionId, 'uuid');
    const people = peopleSql({
      regionId: region,
      condition: scopeCondition(scope, p, 'e.municipality_id', 'u.path'),
    });
    return rows(
      this.db,
      ExpiringRow,
      `WITH people AS (${people})
       SELECT p.unit_id AS "unitId", to_char(q.expires_on, 'YYYY-MM') AS month,
              count(*)::int AS certificates
       FROM qualification q JOIN people p ON p.id = q.employee_id
       WHERE q.region_id = ${region} AND q.expires_on IS NOT NULL
         AND q.expires_on >= ${p.add(options.from, 'date')}
         AND q.expires_on <= ${p.add(options.to, 'date')}
       GROUP BY 1, 2`,
      p.values,
    );
  }
}
