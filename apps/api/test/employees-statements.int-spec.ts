import { as, DEMO, gql } from './support/api-client';
import { closeDb } from './support/database';
import {
  addAssessments,
  addQualifications,
  CompetenceRef,
  daysFrom,
  demoUnit,
  makeCompetence,
  makeEmployees,
  todayInNorway,
  uniqueToken,
  UnitRef,
} from './support/factories';

const LIST = `query ($unitId: ID!) {
  employees(filter: { unitId: $unitId }, first: 500) {
    edges { node { fullName unit { name } competences { level competence { name } } qualifications { title } } }
  }
}`;

interface ListData {
  employees: {
    edges: Array<{
      node: {
        fullName: string;
        unit: { name: string };
        competences: Array<{ level: number | null; competence: { name: string } }>;
        qualifications: Array<{ title: string }>;
      };
    }>;
  };
}

afterAll(closeDb);

/** `size` employees, each with three assessments and a certificate, in a few statements. */
async function staff(unit: UnitRef, size: number, competences: CompetenceRef[]): Promise<string> {
  const token = uniqueToken();
  const employees = await makeEmployees(
    unit,
    Array.from({ length: size }, (_, index) => ({
      familyName: token,
      givenName: `Ansatt${index}`,
    })),
  );
  const today = todayInNorway();
  await addAssessments(
    employees.flatMap((employee, index) =>
      competences.map((competence, n) => ({
        employeeId: employee.id,
        competenceId: competence.id,
        level: (index + n) % 5,
        source: n === 0 ? ('LEADER_ASSESSED' as const) : ('INFORMAL' as const),
        assessedOn: daysFrom(today, -n - 1),
      })),
    ),
  );
  await addQualifications(
    employees.map((employee) => employee.id),
    {
      title: 'HLR-kurs',
      competenceId: competences[0].id,
      level: 3,
      obtainedOn: daysFrom(today, -30),
    },
  );
  return token;
}

async function list(unit: UnitRef) {
  const result = await gql<ListData>(LIST, { unitId: unit.id }, await as(DEMO.hrGjovik));
  expect(result.errors).toBeUndefined();
  return {
    edges: result.data?.employees.edges ?? [],
    statements: result.extensions?.sqlStatements,
  };
}

describe('the employee list with competences', () => {
  it('costs the same small number of SQL statements for 50 employees as for 500', async () => {
    const competences = [await makeCompetence(), await makeCompetence(), await makeCompetence()];
    // two departments of a Gjøvik nursing home, filled by this test
    const small = await demoUnit('Korttidsavdeling');
    const large = await demoUnit('Langtidsavdeling');
    const smallToken = await staff(small, 50, competences);
    const largeToken = await staff(large, 500, competences);

    const fifty = await list(small);
    const fiveHundred = await list(large);

    // the nested fields really were resolved for every employee on the page
    const mine = (edges: ListData['employees']['edges'], token: string) =>
      edges.filter((edge) => edge.node.fullName.endsWith(token)).map((edge) => edge.node);
    expect(mine(fifty.edges, smallToken)).toHaveLength(50);
    expect(fiveHundred.edges).toHaveLength(500);
    const largeOnPage = mine(fiveHundred.edges, largeToken);
    expect(largeOnPage.length).toBeGreaterThan(0);
    for (const node of [...mine(fifty.edges, smallToken), ...largeOnPage]) {
      expect(node.unit.name).toMatch(/^(Korttidsavdeling|Langtidsavdeling)$/);
      expect(node.competences).toHaveLength(3);
      expect(node.competences.every((status) => status.competence.name.length > 0)).toBe(true);
      expect(node.qualifications).toEqual([{ title: 'HLR-kurs' }]);
    }

    expect(typeof fifty.statements).toBe('number');
    expect(fiveHundred.statements).toBe(fifty.statements);
    // sign-in check, the page with its count, the audit entry, then one batch each for
    // units, assessments, competences and qualifications
    expect(fifty.statements).toBeLessThanOrEqual(8);
  });
});
