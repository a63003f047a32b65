import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { col, execute, maybeOne, rows } from '../database/sql';
import { notErased } from '../employees/people.sql';
import { peopleSql, realkompetanseHoldingsSql } from '../gaps/gap-engine.sql';
import { SqlParams } from '../database/sql-params';
import { todayInNorway } from '../requirements/horizons';

/**
 * Demo requirements for every demo unit, so the region shows well-covered areas, critical
 * gaps (spesialsykepleiere, demens) and surplus to mobilise. Looked up by competence name and
 * unit service type, so it copes with whatever catalogue and units the other seeds made (a
 * name it cannot find is skipped). The amounts are set from the staff the seeds created:
 * "covered" asks for what is there, "gap" for clearly more, "surplus" for less. Everything
 * follows from the data and the plan below, so the result is the same on every machine.
 */

type Mode = 'COVERED' | 'GAP' | 'SURPLUS' | 'GROWTH';
type Horizon = 'NOW' | 'ONE_YEAR' | 'THREE_YEARS';
type Priority = 'CRITICAL' | 'IMPORTANT' | 'DESIRABLE';
type RationaleKind = 'LAW' | 'NATIONAL_GUIDELINE' | 'LOCAL_GOAL';

interface Plan {
  competence: string;
  minLevel: number;
  priority: Priority;
  horizon: Horizon;
  rationaleKind: RationaleKind;
  rationale: string;
  reference: string;
  /** Cycled over the units of the service type, so some units have a gap and others spare. */
  modes: Mode[];
  measure?: 'HEADCOUNT' | 'FTE';
}

const KVALITETSFORSKRIFT =
  'Forskrift om ledelse og kvalitetsforbedring i helse- og omsorgstjenesten § 8';
const LEGEMIDDELFORSKRIFT = 'Forskrift om legemiddelhåndtering (FOR-2008-04-03-320) § 4';
const SMITTEVERNFORSKRIFT = 'Forskrift om smittevern i helse- og omsorgstjenesten § 2-2';
const KOMPETANSELOFT = 'Kompetanseløft 2025 (Helse- og omsorgsdepartementet)';
const DEMENSPLAN = 'Demensplan 2025 og Nasjonal faglig retningslinje om demens';

/** One requirement set per service type; the nursing-home set is the regional baseline. */
const PLANS: Record<string, Plan[]> = {
  sykehjem: [
    {
      competence: 'Hjerte-lungeredning (HLR)',
      minLevel: 2,
      priority: 'CRITICAL',
      horizon: 'NOW',
      rationaleKind: 'NATIONAL_GUIDELINE',
      rationale: 'Alle på vakt skal kunne starte livreddende førstehjelp.',
      reference: 'Norsk gjenopplivingsråd, retningslinjer for HLR',
      modes: ['COVERED', 'SURPLUS', 'COVERED'],
    },
    {
      competence: 'Legemiddelhåndtering – kurs og test',
      minLevel: 2,
      priority: 'CRITICAL',
      horizon: 'NOW',
      rationaleKind: 'LAW',
      rationale: 'Den som deler ut legemidler, skal ha dokumentert opplæring.',
      reference: LEGEMIDDELFORSKRIFT,
      modes: ['SURPLUS', 'COVERED', 'SURPLUS'],
    },
    {
      competence: 'Videreutdanning i demensomsorg',
      minLevel: 3,
      priority: 'CRITICAL',
      horizon: 'NOW',
      rationaleKind: 'NATIONAL_GUIDELINE',
      rationale: 'Spesialkompetanse i demens på hver vakt i sykehjemmet.',
      reference: DEMENSPLAN,
      modes: ['GAP', 'GAP', 'SURPLUS', 'GAP'],
    },
    {
      competence: 'Videreutdanning i geriatri',
      minLevel: 3,
      priority: 'CRITICAL',
      horizon: 'ONE_YEAR',
      rationaleKind: 'LOCAL_GOAL',
      rationale: 'Flere spesialsykepleiere i geriatri for å ta imot sykere pasienter.',
      reference: KOMPETANSELOFT,
      modes: ['GAP'],
    },
    {
      competence: 'Demensomsorgens ABC',
      minLevel: 2,
      priority: 'IMPORTANT',
      horizon: 'NOW',
      rationaleKind: 'NATIONAL_GUIDELINE',
      rationale: 'Felles grunnkompetanse i demensomsorg for alle ansatte.',
      reference: DEMENSPLAN,
      modes: ['COVERED', 'SURPLUS'],
    },
    {
      competence: 'Palliasjon – grunnleggende kompetanse',
      minLevel: 2,
      priority: 'IMPORTANT',
      horizon: 'NOW',
      rationaleKind: 'NATIONAL_GUIDELINE',
      rationale: 'God lindring i livets siste fase.',
      reference: 'Nasjonalt handlingsprogram for palliasjon i kreftomsorgen',
      modes: ['COVERED'],
    },
    {
      competence: 'Videreutdanning i palliasjon',
      minLevel: 3,
      priority: 'IMPORTANT',
      horizon: 'THREE_YEARS',
      rationaleKind: 'LOCAL_GOAL',
      rationale: 'Ressurssykepleier i palliasjon i hvert sykehjem.',
      reference: KOMPETANSELOFT,
      modes: ['GROWTH'],
    },
    {
      competence: 'Basale smittevernrutiner',
      minLevel: 2,
      priority: 'CRITICAL',
      horizon: 'NOW',
      rationaleKind: 'LAW',
      rationale: 'Alle skal følge basale smittevernrutiner.',
      reference: SMITTEVERNFORSKRIFT,
      modes: ['SURPLUS', 'COVERED'],
    },
    {
      competence: 'Forflytningsteknikk',
      minLevel: 2,
      priority: 'IMPORTANT',
      horizon: 'NOW',
      rationaleKind: 'LOCAL_GOAL',
      rationale: 'Færre belastningsskader hos ansatte og trygg forflytning for beboerne.',
      reference: 'Lokal HMS-plan',
      modes: ['COVERED', 'GAP'],
    },
    {
      competence: 'Velferdsteknologiens ABC',
      minLevel: 1,
      priority: 'DESIRABLE',
      horizon: 'ONE_YEAR',
      rationaleKind: 'LOCAL_GOAL',
      rationale: 'Sensorer og digitalt tilsyn tas i bruk i alle sykehjem.',
      reference: KOMPETANSELOFT,
      modes: ['GROWTH'],
    },
    {
      competence: 'Bachelor i sykepleie',
      minLevel: 3,
      priority: 'CRITICAL',
      horizon: 'NOW',
      rationaleKind: 'LAW',
      rationale: 'Forsvarlig bemanning med sykepleiere døgnet rundt.',
      reference: KVALITETSFORSKRIFT,
      modes: ['COVERED', 'GAP'],
      measure: 'FTE',
    },
  ],
  hjemmetjeneste: [
    {
      competence: 'Hjerte-lungeredning (HLR)',
      minLevel: 2,
      priority: 'CRITICAL',
      horizon: 'NOW',
      rationaleKind: 'NATIONAL_GUIDELINE',
      rationale: 'Alle som reiser alene hjem til brukere, skal kunne starte HLR.',
      reference: 'Norsk gjenopplivingsråd, retningslinjer for HLR',
      modes: ['COVERED'],
    },
    {
      competence: 'Legemiddelhåndtering – kurs og test',
      minLevel: 2,
      priority: 'CRITICAL',
      horizon: 'NOW',
      rationaleKind: 'LAW',
      rationale: 'Den som deler ut legemidler, skal ha dokumentert opplæring.',
      reference: LEGEMIDDELFORSKRIFT,
      modes: ['COVERED', 'SURPLUS'],
    },
    {
      competence: 'Tidlig oppdagelse av forverret tilstand (NEWS2)',
      minLevel: 2,
      priority: 'CRITICAL',
      horizon: 'NOW',
      rationaleKind: 'NATIONAL_GUIDELINE',
      rationale: 'Forverring skal oppdages tidlig hjemme hos brukeren.',
      reference: 'Pasientsikkerhetsprogrammet: Tidlig oppdagelse av forverret tilstand',
      modes: ['GAP'],
    },
    {
      competence: 'Hverdagsrehabilitering',
      minLevel: 2,
      priority: 'IMPORTANT',
      horizon: 'ONE_YEAR',
      rationaleKind: 'LOCAL_GOAL',
      rationale: 'Hverdagsrehabilitering tilbys alle nye brukere.',
      reference: 'Leve hele livet',
      modes: ['GAP', 'COVERED'],
    },
    {
      competence: 'Elektronisk medisineringsstøtte',
      minLevel: 2,
      priority: 'IMPORTANT',
      horizon: 'ONE_YEAR',
      rationaleKind: 'LOCAL_GOAL',
      rationale: 'Medisindispensere tas i bruk i hele hjemmetjenesten.',
      reference: KOMPETANSELOFT,
      modes: ['GROWTH'],
    },
    {
      competence: 'Trygghetsalarm og digitalt tilsyn',
      minLevel: 2,
      priority: 'DESIRABLE',
      horizon: 'NOW',
      rationaleKind: 'LOCAL_GOAL',
      rationale: 'Respons på alarmer og digitalt tilsyn hele døgnet.',
      reference: 'Lokal plan for velferdsteknologi',
      modes: ['SURPLUS'],
    },
    {
      competence: 'Demensomsorgens ABC',
      minLevel: 2,
      priority: 'IMPORTANT',
      horizon: 'NOW',
      rationaleKind: 'NATIONAL_GUIDELINE',
      rationale: 'De fleste med demens bor hjemme.',
      reference: DEMENSPLAN,
      modes: ['COVERED', 'GAP'],
    },
    {
      competence: 'Bachelor i sykepleie',
      minLevel: 3,
      priority: 'CRITICAL',
      horizon: 'NOW',
      rationaleKind: 'LAW',
      rationale: 'Sykepleiefaglig vurdering i alle vaktlag.',
      reference: KVALITETSFORSKRIFT,
      modes: ['COVERED'],
      measure: 'FTE',
    },
  ],
  'psykisk-helse-rus': [
    {
      competence: 'Selvmordsforebygging (VIVAT)',
      minLevel: 2,
      priority: 'CRITICAL',
      horizon: 'NOW',
      rationaleKind: 'NATIONAL_GUIDELINE',
      rationale: 'Alle skal kunne avdekke selvmordsfare og handle.',
      reference: 'Nasjonale retningslinjer for forebygging av selvmord i psykisk helsevern',
      modes: ['GAP', 'COVERED'],
    },
    {
      competence: 'Motiverende intervju (MI)',
      minLevel: 2,
      priority: 'IMPORTANT',
      horizon: 'NOW',
      rationaleKind: 'LOCAL_GOAL',
      rationale: 'Felles metode i oppfølgingen av brukerne.',
      reference: 'Opptrappingsplan for psykisk helse (2023–2033)',
      modes: ['SURPLUS'],
    },
    {
      competence: 'Videreutdanning i psykisk helsearbeid',
      minLevel: 3,
      priority: 'CRITICAL',
      horizon: 'THREE_YEARS',
      rationaleKind: 'LOCAL_GOAL',
      rationale: 'Flere med videreutdanning når tjenesten bygges ut.',
      reference: 'Opptrappingsplan for psykisk helse (2023–2033)',
      modes: ['GROWTH'],
    },
    {
      competence: 'Recovery-orientert praksis',
      minLevel: 2,
      priority: 'IMPORTANT',
      horizon: 'ONE_YEAR',
      rationaleKind: 'NATIONAL_GUIDELINE',
      rationale: 'Tjenesten skal bygge på brukerens egne mål.',
      reference:
        'Nasjonal faglig retningslinje for utredning, behandling og oppfølging av personer med samtidig ruslidelse og psykisk lidelse',
      modes: ['COVERED'],
    },
  ],
  utviklingshemming: [
    {
      competence: 'Tvang og makt (helse- og omsorgstjenesteloven kapittel 9)',
      minLevel: 3,
      priority: 'CRITICAL',
      horizon: 'NOW',
      rationaleKind: 'LAW',
      rationale: 'Vedtak etter kapittel 9 krever kvalifisert personell.',
      reference: 'Helse- og omsorgstjenesteloven kapittel 9',
      modes: ['GAP', 'COVERED'],
    },
    {
      competence: 'Epilepsi og akutt anfallsbehandling',
      minLevel: 2,
      priority: 'CRITICAL',
      horizon: 'NOW',
      rationaleKind: 'NATIONAL_GUIDELINE',
      rationale: 'Mange brukere har epilepsi; alle må kunne gi akuttbehandling.',
      reference: 'Nasjonal faglig retningslinje for epilepsi',
      modes: ['COVERED'],
    },
    {
      competence: 'Alternativ og supplerende kommunikasjon (ASK)',
      minLevel: 2,
      priority: 'IMPORTANT',
      horizon: 'NOW',
      rationaleKind: 'LOCAL_GOAL',
      rationale: 'Brukerne skal bli forstått og kunne gjøre seg forstått.',
      reference: 'Lokal tjenesteplan',
      modes: ['SURPLUS'],
    },
    {
      competence: 'Vernepleierutdanning',
      minLevel: 3,
      priority: 'CRITICAL',
      horizon: 'NOW',
      rationaleKind: 'LAW',
      rationale: 'Vernepleierfaglig kompetanse i alle bofellesskap.',
      reference: KVALITETSFORSKRIFT,
      modes: ['GAP'],
      measure: 'FTE',
    },
  ],
  helsestasjon: [
    {
      competence: 'Master i helsesykepleie',
      minLevel: 3,
      priority: 'CRITICAL',
      horizon: 'NOW',
      rationaleKind: 'LAW',
      rationale: 'Helsestasjonsprogrammet skal gjennomføres av helsesykepleiere.',
      reference: 'Forskrift om helsestasjons- og skolehelsetjenesten',
      modes: ['COVERED', 'SURPLUS'],
    },
    {
      competence: 'Avdekking av vold og overgrep mot barn',
      minLevel: 2,
      priority: 'CRITICAL',
      horizon: 'NOW',
      rationaleKind: 'NATIONAL_GUIDELINE',
      rationale: 'Vold og overgrep skal avdekkes tidlig.',
      reference: 'Nasjonal faglig retningslinje for helsestasjons- og skolehelsetjenesten',
      modes: ['GAP'],
    },
    {
      competence: 'Helsestasjonsprogrammet',
      minLevel: 3,
      priority: 'IMPORTANT',
      horizon: 'NOW',
      rationaleKind: 'NATIONAL_GUIDELINE',
      rationale: 'Alle konsultasjoner i programmet skal kunne gjennomføres.',
      reference: 'Nasjonal faglig retningslinje for helsestasjons- og skolehelsetjenesten',
      modes: ['COVERED'],
    },
  ],
};

/** Department-level needs on top of the unit's: the dementia ward asks for more. */
const DEPARTMENT_PLANS: Record<string, Plan[]> = {
  'Skjermet enhet for personer med demens': [
    {
      competence: 'Håndtering av utfordrende atferd ved demens',
      minLevel: 3,
      priority: 'CRITICAL',
      horizon: 'NOW',
      rationaleKind: 'NATIONAL_GUIDELINE',
      rationale: 'Skjermet enhet trenger personale som kan forebygge og møte uro.',
      reference: DEMENSPLAN,
      modes: ['GAP'],
    },
    {
      competence: 'Personsentrert omsorg (VIPS)',
      minLevel: 2,
      priority: 'IMPORTANT',
      horizon: 'NOW',
      rationaleKind: 'NATIONAL_GUIDELINE',
      rationale: 'VIPS-modellen brukes i alle fagmøter.',
      reference: DEMENSPLAN,
      modes: ['SURPLUS'],
    },
  ],
};

/** Staffing needs per service type: profession and how much more (or less) than today. */
const STAFFING: Record<string, Array<{ code: string; factor: number; priority: Priority }>> = {
  sykehjem: [
    { code: '2223', factor: 1.15, priority: 'CRITICAL' },
    { code: '5321', factor: 1, priority: 'IMPORTANT' },
  ],
  hjemmetjeneste: [
    { code: '2223', factor: 1.1, priority: 'CRITICAL' },
    { code: '5321', factor: 1, priority: 'IMPORTANT' },
  ],
  'psykisk-helse-rus': [{ code: '2221', factor: 1.1, priority: 'IMPORTANT' }],
  utviklingshemming: [{ code: '2224', factor: 1.2, priority: 'CRITICAL' }],
  helsestasjon: [{ code: '2221', factor: 1, priority: 'CRITICAL' }],
};

const DemoUnitRow = z.object({
  id: col.id,
  regionId: col.id,
  municipalityId: col.id,
  name: col.text,
  kind: col.text,
  serviceType: col.text.nullable(),
});

const HolderCount = z.object({
  unitId: col.id,
  competenceId: col.id,
  level: col.int,
  people: col.int,
  /** stillingsprosent summed */
  percent: col.number,
});
type HolderCount = z.infer<typeof HolderCount>;

const NamedId = z.object({ id: col.id, name: col.text });
const ProfessionFte = z.object({ unitId: col.id, code: col.text, fte: col.number });
const IdRow = z.object({ id: col.id });

/** How many hold each competence at each level today, by every unit on their path. */
async function holderCounts(
  manager: EntityManager,
  regionId: string,
  today: string,
): Promise<HolderCount[]> {
  const p = new SqlParams();
  const region = p.add(regionId, 'uuid');
  const asOf = p.add(today, 'date');
  return rows(
    manager,
    HolderCount,
    `WITH people AS (${peopleSql({ regionId: region })}),
     holdings AS (${realkompetanseHoldingsSql({ regionId: region, asOf, people: 'people' })}),
     best AS (SELECT employee_id, competence_id, max(level) AS level FROM holdings GROUP BY 1, 2)
     SELECT anc AS "unitId", b.competence_id AS "competenceId", b.level,
            count(*)::int AS people, sum(p.fte)::float8 AS percent
     FROM best b JOIN people p ON p.id = b.employee_id CROSS JOIN LATERAL unnest(p.path) AS anc
     GROUP BY 1, 2, 3`,
    p.values,
  );
}

function amountFor(mode: Mode, held: number): number {
  switch (mode) {
    case 'COVERED':
      return Math.max(1, held);
    case 'SURPLUS':
      return Math.max(1, Math.floor(held * 0.6));
    case 'GAP':
      return held + Math.max(2, Math.ceil(held * 0.5));
    case 'GROWTH':
      return held + Math.max(2, Math.ceil(held * 0.3));
  }
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

export async function seedDemoRequirements(
  manager: EntityManager,
  regionId: string,
  today: string = todayInNorway(),
): Promise<{ requirements: number; staffing: number }> {
  const units = await rows(
    manager,
    DemoUnitRow,
    `SELECT u.id, u.region_id AS "regionId", u.municipality_id AS "municipalityId", u.name,
            u.kind, u.service_type AS "serviceType"
     FROM unit u JOIN municipality m ON m.id = u.municipality_id
     WHERE u.region_id = $1 AND u.kind IN ('UNIT', 'DEPARTMENT')
     ORDER BY m.number, array_length(u.path, 1), u.name`,
    [regionId],
  );
  const competences = await rows(
    manager,
    NamedId,
    `SELECT id, lower(name) AS name FROM competence WHERE region_id = $1 AND active`,
    [regionId],
  );
  const competenceId = new Map(competences.map((c) => [c.name, c.id]));
  const counts = new Map<string, HolderCount[]>();
  for (const c of await holderCounts(manager, regionId, today)) {
    const key = `${c.unitId}|${c.competenceId}`;
    counts.set(key, [...(counts.get(key) ?? []), c]);
  }
  const held = (unitId: string, competence: string, minLevel: number) => {
    let people = 0;
    let percent = 0;
    for (const c of counts.get(`${unitId}|${competence}`) ?? []) {
      if (c.level >= minLevel) {
        people += c.people;
        percent += c.percent;
      }
    }
    return { people, fte: percent / 100 };
  };
  const professionFte = await rows(
    manager,
    ProfessionFte,
    `SELECT anc AS "unitId", e.profession_code AS code, sum(e.fte)::float8 / 100 AS fte
     FROM employee e JOIN unit u ON u.id = e.unit_id CROSS JOIN LATERAL unnest(u.path) AS anc
     WHERE e.region_id = $1 AND e.active AND ${notErased('e')} AND e.profession_code IS NOT NULL
     GROUP BY 1, 2`,
    [regionId],
  );

  const planned: unknown[][] = [];
  // The first unit of a service type carries the regional baseline; the others are copies of
  // it (template_id), set to their own amounts as a leader would after copying.
  const baselineKey = new Map<string, number>();
  const indexByType = new Map<string, number>();
  for (const unit of units) {
    const plans =
      unit.kind === 'UNIT' ? PLANS[unit.serviceType ?? ''] : DEPARTMENT_PLANS[unit.name];
    if (!plans) continue;
    const typeKey = unit.kind === 'UNIT' ? (unit.serviceType ?? '') : unit.name;
    const index = indexByType.get(typeKey) ?? 0;
    indexByType.set(typeKey, index + 1);
    for (const plan of plans) {
      const id = competenceId.get(plan.competence.toLowerCase());
      if (!id) continue;
      const mode = plan.modes[index % plan.modes.length];
      const have = held(unit.id, id, plan.minLevel);
      const measure = plan.measure ?? 'HEADCOUNT';
      const required =
        measure === 'FTE'
          ? Math.max(
              1,
              round2(
                mode === 'GAP'
                  ? have.fte * 1.3 + 1
                  : mode === 'SURPLUS'
                    ? have.fte * 0.7
                    : have.fte,
              ),
            )
          : amountFor(mode, have.people);
      const key = `${typeKey}|${plan.competence}|${plan.minLevel}|${measure}|${plan.horizon}`;
      const templateRow = baselineKey.get(key);
      if (templateRow === undefined) baselineKey.set(key, planned.length);
      planned.push([
        unit.id,
        unit.municipalityId,
        id,
        plan.minLevel,
        required,
        measure,
        plan.horizon,
        plan.priority,
        plan.rationaleKind,
        plan.rationale,
        plan.reference,
        templateRow ?? null,
      ]);
    }
  }

  // Insert baselines first so copies can point at them.
  const ids: string[] = [];
  const insertOne = async (row: unknown[], templateId: string | null) => {
    const created = await maybeOne(
      manager,
      IdRow,
      `INSERT INTO requirement (region_id, unit_id, municipality_id, competence_id, min_level,
         required, measure, horizon, priority, rationale_kind, rationale, reference, template_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT DO NOTHING RETURNING id`,
      [regionId, ...row.slice(0, 11), templateId],
    );
    return created?.id;
  };
  for (let i = 0; i < planned.length; i += 1) {
    const template = planned[i][11] as number | null;
    ids[i] =
      (await insertOne(planned[i], template === null ? null : (ids[template] ?? null))) ?? '';
  }

  let staffing = 0;
  for (const unit of units) {
    if (unit.kind !== 'UNIT') continue;
    for (const plan of STAFFING[unit.serviceType ?? ''] ?? []) {
      const current = professionFte.find((p) => p.unitId === unit.id && p.code === plan.code);
      const requiredFte = Math.max(1, round2((current?.fte ?? 0) * plan.factor));
      await execute(
        manager,
        `INSERT INTO staffing_requirement (region_id, municipality_id, unit_id, profession_code,
           required_fte, horizon, priority, rationale_kind, rationale, reference)
         VALUES ($1, $2, $3, $4, $5, 'THREE_YEARS', $6, 'LOCAL_GOAL', $7, $8)
         ON CONFLICT DO NOTHING`,
        [
          regionId,
          unit.municipalityId,
          unit.id,
          plan.code,
          requiredFte,
          plan.priority,
          'Bemanningsplan for de neste tre årene.',
          'Kommunens bemanningsplan',
        ],
      );
      staffing += 1;
    }
  }
  // The gap engine's plans depend on table statistics; a freshly seeded database has none
  // until autovacuum comes by, so gather them now (rows of this transaction count).
  await execute(
    manager,
    'ANALYZE unit, employee, assessment, qualification, competence, requirement, staffing_requirement',
  );
  return { requirements: ids.filter(Boolean).length, staffing };
}
