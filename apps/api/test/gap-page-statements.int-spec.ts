import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { as, DEMO, gql } from './support/api-client';
import { closeDb, db } from './support/database';

/**
 * What one load of the gap page (/gap, region scope, default filters) costs in SQL statements:
 * the requests the web sends on opening it (apps/web/src/features/gaps/components/gap-page.tsx
 * and its sections), with the web's own generated documents, summed over the responses'
 * `extensions.sqlStatements` (KP_EXPOSE_QUERY_COUNT). "Cold" is the first load after the
 * region's data changed (no reused engine results), "warm" a load right after it.
 */

const GENERATED = join(__dirname, '../../web/src/gql/graphql.ts');

/** The text of one generated document (apps/web/src/gql/graphql.ts), as the web sends it. */
function document(name: string): string {
  const source = readFileSync(GENERATED, 'utf8');
  const match = new RegExp(
    `export const ${name}Document = new TypedDocumentString\\(\`([^\`]*)\``,
  ).exec(source);
  if (!match) throw new Error(`No generated document ${name} in the web app`);
  return match[1];
}

const HORIZONS = ['NOW', 'ONE_YEAR', 'THREE_YEARS'];

/** The page's requests: the shell (me, municipalities) and the seven sections' six queries. */
const PAGE: Array<{ name: string; variables: Record<string, unknown> }> = [
  { name: 'Me', variables: {} },
  { name: 'Municipalities', variables: {} },
  { name: 'GapAnalysis', variables: { filter: { horizons: HORIZONS }, breakdown: null } },
  { name: 'GapHeatmap', variables: { filter: { horizons: HORIZONS }, horizon: 'NOW' } },
  { name: 'MobilisationOptions', variables: { filter: { horizons: ['NOW'] } } },
  { name: 'StaffingGaps', variables: { filter: { horizons: HORIZONS } } },
  { name: 'RetirementWave', variables: { filter: {} } },
  { name: 'ExpiringCertificates', variables: { filter: { months: 12 } } },
];

async function pageLoad(headers: { headers: Record<string, string> }): Promise<number> {
  const results = await Promise.all(
    PAGE.map(({ name, variables }) => gql(document(name), variables, headers)),
  );
  let total = 0;
  for (const [index, result] of results.entries()) {
    expect({ request: PAGE[index].name, errors: result.errors }).toEqual({
      request: PAGE[index].name,
      errors: undefined,
    });
    total += result.extensions?.sqlStatements ?? Number.POSITIVE_INFINITY;
  }
  return total;
}

/** Raises the demo region's data version, as any committed change to a requirement does. */
async function touchRegionData(): Promise<void> {
  await db().query(
    `UPDATE requirement SET required = required
     WHERE id = (SELECT r.id FROM requirement r JOIN region g ON g.id = r.region_id
                 ORDER BY r.id LIMIT 1)`,
  );
}

afterAll(closeDb);

describe('one load of the gap page', () => {
  it('costs a bounded number of SQL statements, cold and warm', async () => {
    const headers = await as(DEMO.coordinator);
    // Other test files write to the same database at the same time, so a load may find the
    // region changed under it; the fewest of a few loads is what a quiet page costs.
    const cold: number[] = [];
    const warm: number[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      await touchRegionData();
      cold.push(await pageLoad(headers));
      warm.push(await pageLoad(headers));
    }
    // before issue 16.3: 45 warm (44 without `me`), 49 cold (55 by the count).
    // Cold is 35 alone; in a full parallel run it was 37 once: the page's requests race
    // for the first engine result after the change, and which one computes it varies.
    expect(Math.min(...warm)).toBeLessThanOrEqual(27);
    expect(Math.min(...cold)).toBeLessThanOrEqual(38);
  }, 120_000); // six page loads, three of them recomputing the engine, on a shared machine
});
