import {
  COMPUTED_KINDS,
  createRandom,
  endedPeriods,
  lastEndedPeriod,
  periodOf,
  addMonths,
  type IsoDate,
} from '@kp/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { col, execute, one, rows } from '../database/sql';
import { EvaluationRepository } from '../evaluation/evaluation.repository';
import { measureRegion } from '../evaluation/measure-region';
import { FOCUS_AREAS } from './demo-catalogue';

/** Months of history the demo shows (rebuilt from the dated data for computed indicators). */
export const DEMO_HISTORY_MONTHS = 24;

const IdRow = z.object({ id: col.id });
const Municipality = z.object({ id: col.id, name: col.text });

/** Entered indicators with a plausible level and month-to-month noise per municipality. */
const ENTERED = [
  {
    name: 'Brukerundersøkelse – samlet tilfredshet',
    unit: 'poeng',
    decimals: 1,
    direction: 'HIGHER_IS_BETTER',
    level: 4.4,
    noise: 0.2,
    // the last 8 months a little better: a shift the run chart finds
    lift: 0.25,
  },
  {
    name: 'Sykefravær',
    unit: '%',
    decimals: 1,
    direction: 'LOWER_IS_BETTER',
    level: 9.5,
    noise: 0.8,
    lift: -0.6,
  },
] as const;

/**
 * Evaluation for the demo: the default computed indicators and two coverage indicators (the
 * NEWS2 competence the regional course targets, and the focus area "Leve hele livet"), two
 * entered indicators with two years of values per municipality, history rebuilt from the
 * dated data, baselines (the first year of the history) for the region and each municipality,
 * and links from the indicators to the measures that target them.
 */
export async function seedDemoEvaluation(
  dataSource: DataSource,
  manager: EntityManager,
  regionId: string,
  today: IsoDate,
): Promise<void> {
  const repository = new EvaluationRepository(dataSource);
  const news2 = await rows(
    manager,
    IdRow,
    `SELECT id FROM competence WHERE region_id = $1 AND name LIKE '%NEWS2%' ORDER BY name LIMIT 1`,
    [regionId],
  );
  const coverage = [
    ...news2.map((c) => ({
      kind: 'COMPETENCE_COVERAGE' as const,
      competenceId: c.id,
      tag: null,
      subject: 'Tidlig oppdagelse av forverret tilstand (NEWS2)',
    })),
    {
      kind: 'FOCUS_AREA_COVERAGE' as const,
      competenceId: null,
      tag: FOCUS_AREAS.leveHeleLivet,
      subject: FOCUS_AREAS.leveHeleLivet,
    },
  ];
  for (const c of coverage) {
    const spec = COMPUTED_KINDS[c.kind];
    await repository.insertIndicator(
      manager,
      {
        regionId,
        name: spec.name(c.subject),
        description: '',
        source: 'COMPUTED',
        computedKind: c.kind,
        competenceId: c.competenceId,
        tag: c.tag,
        kostraCode: null,
        unit: spec.unit,
        decimals: spec.decimals,
        direction: spec.direction,
        target: 90,
      },
      null,
    );
  }

  const last = lastEndedPeriod(today);
  const first = periodOf(addMonths(`${last}-01`, -(DEMO_HISTORY_MONTHS - 1)));
  const periods = endedPeriods(first, today);
  await measureRegion(manager, repository, regionId, periods, 'REBUILT');

  const municipalities = await rows(
    manager,
    Municipality,
    `SELECT id, name FROM municipality WHERE region_id = $1 ORDER BY number`,
    [regionId],
  );
  const random = createRandom(20_26);
  for (const e of ENTERED) {
    const indicator = await one(
      manager,
      IdRow,
      `INSERT INTO indicator (region_id, name, source, unit, decimals, direction)
       VALUES ($1, $2, 'ENTERED', $3, $4, $5) RETURNING id`,
      [regionId, e.name, e.unit, e.decimals, e.direction],
    );
    const factor = 10 ** e.decimals;
    for (const m of municipalities) {
      const offset = (random.next() - 0.5) * e.noise;
      const values = periods.map((period, i) => {
        const lifted = i >= periods.length - 8 ? e.lift : 0;
        const value = e.level + offset + lifted + (random.next() - 0.5) * e.noise;
        return { period, value: Math.round(value * factor) / factor };
      });
      await execute(
        manager,
        `INSERT INTO measurement (region_id, indicator_id, scope_level, scope_id, municipality_id,
           period, measured_on, value, source)
         SELECT $1, $2, 'MUNICIPALITY', $3, $3, p, (p || '-01')::date + interval '1 month' - interval '1 day', v, 'ENTERED'
         FROM unnest($4::text[], $5::numeric[]) AS t(p, v)`,
        [regionId, indicator.id, m.id, values.map((v) => v.period), values.map((v) => v.value)],
      );
    }
  }

  // baselines: the first year of the history, for the region and each municipality
  const baselineTo = periods[Math.min(11, periods.length - 1)];
  await execute(
    manager,
    `INSERT INTO indicator_baseline (indicator_id, region_id, scope_level, scope_id,
       municipality_id, kind, from_period, to_period)
     SELECT i.id, i.region_id, s.level, s.id, s.municipality_id, 'PERIOD', $2, $3
     FROM indicator i CROSS JOIN (
       SELECT 'REGION' AS level, $1::uuid AS id, NULL::uuid AS municipality_id
       UNION ALL SELECT 'MUNICIPALITY', m.id, m.id FROM municipality m WHERE m.region_id = $1
     ) s
     WHERE i.region_id = $1`,
    [regionId, periods[0], baselineTo],
  );

  // links: coverage indicators to the measures that target their competences
  await execute(
    manager,
    `INSERT INTO indicator_measure (indicator_id, measure_id, region_id)
     SELECT DISTINCT i.id, t.measure_id, i.region_id
     FROM indicator i
     JOIN competence c ON c.region_id = i.region_id
       AND (c.id = i.competence_id OR (i.tag IS NOT NULL AND i.tag = ANY(c.tags)))
     JOIN measure_target t ON t.competence_id = c.id
     WHERE i.region_id = $1 AND i.source = 'COMPUTED'
       AND i.computed_kind IN ('COMPETENCE_COVERAGE', 'FOCUS_AREA_COVERAGE')
     UNION
     SELECT i.id, m.id, i.region_id
     FROM indicator i JOIN measure m ON m.region_id = i.region_id AND m.kind = 'CERTIFICATE_RENEWAL'
     WHERE i.region_id = $1 AND i.computed_kind = 'CERTIFICATES_EXPIRING'`,
    [regionId],
  );
}
