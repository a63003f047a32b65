import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';

/**
 * Every repository method that reads or writes personal data takes a `Scope` (auth/scope.ts),
 * so a new query cannot forget the caller's scope. This reads the source: a public method (or
 * exported function) of a file that runs SQL is "personal" when the SQL it can reach (its
 * own text, the private methods and fragments it calls, in its file or imported ones) names
 * a personal table. Such a method must have a parameter of type `Scope`, or be listed below
 * with the reason it may look wider.
 */

const SOURCE_ROOT = resolve(__dirname, '..');

/** Tables holding data about employees (DESIGN.md: personal data). */
const PERSONAL_TABLES = [
  'employee',
  'assessment',
  'qualification',
  'appraisal',
  'appraisal_action',
  'appraisal_amendment',
  'appraisal_competence',
  'development_item',
  'measure_participant',
  'teaching_directory_entry',
  'import_run_employee',
  'import_run_assessment',
  'import_run_qualification',
];
const PERSONAL_SQL = new RegExp(
  `\\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\\s+(?:ONLY\\s+)?(?:${PERSONAL_TABLES.join('|')})\\b`,
  'i',
);

/**
 * Counts per unit (or per unit and competence, year, month …) that the aggregate engines
 * protect before anyone sees them (docs/suppression.md): they read the whole region by
 * design, so that what is hidden can be decided with every figure in view; no row they
 * return names a person.
 */
const AGGREGATE = 'counts per unit for protected aggregates; no row names a person';

/** Methods that reach personal tables without a caller's scope, and why that is right. */
const WIDER_BY_DESIGN: Record<string, string> = {
  'generate/generate-region.ts#generateRegion':
    'the test-data generator (npm run generate, never the API) copies whole municipalities of a region',
  'generate/generate-region.ts#cloneQuery':
    'the test-data generator: one COPY statement of the copy above',
  'kostra/kostra.repository.ts#staff':
    "the service's own KOSTRA figure: staff counted by profession for a municipality; only the share leaves, hidden below the region's smallest group",
  'employees/employees.repository.ts#employeeNumberTaken':
    'employee numbers are unique per municipality; answers only yes or no',
  'competences/competences.repository.ts#levelsInUse':
    'which levels of a scale are in use, so the catalogue cannot drop one; no person',
  'audit/audit.repository.ts#placesOf':
    'the audit log files each entry under the unit of the person it names; ids come from an operation already held to its scope',
  'imports/import-runs.repository.ts#forgetExpired':
    'retention: deletes expired before-images in every region; reads nothing',
  'gaps/gaps.repository.ts#requirementGaps': AGGREGATE,
  'gaps/protection/protection.repository.ts#atomRows': AGGREGATE,
  'gaps/staffing-gaps.repository.ts#staffingRows': AGGREGATE,
  'gaps/workforce.repository.ts#competenceLeaving': AGGREGATE,
  'gaps/workforce.repository.ts#professionLeaving': AGGREGATE,
  'gaps/workforce.repository.ts#expiring': AGGREGATE,
  'appraisals/appraisal-statistics.repository.ts#breakdownCounts': AGGREGATE,
  'appraisals/appraisal-statistics.repository.ts#wishCounts': AGGREGATE,
  'appraisals/appraisal-statistics.repository.ts#wayCounts': AGGREGATE,
  'appraisals/appraisal-statistics.repository.ts#teachingCounts': AGGREGATE,
  'participation/participation.repository.ts#signUpCounts':
    'participants per municipality and status of one measure, no names; rounded for readers without personal-data access (docs/participation.md)',
  'plans/plans.repository.ts#participantRows':
    'how many participant rows a measure has (before it may be deleted); a number, no person',
  'participation/funding-report.repository.ts#measures':
    'participant counts per measure for the funding report, no names; rounded for readers without personal-data access',
  'participation/funding-report.repository.ts#gapsOn': AGGREGATE,
  'participation/participation.repository.ts#takenPlaces':
    'places held per municipality of the measure being signed up for, to check places and shares; no names',
  'evaluation/measure-region.ts#measureRegion':
    'the monthly measurement: counts per unit for the whole region, kept as figures (rounded for readers who may not see the people)',
  'evaluation/evaluation.repository.ts#firstStaffPeriod':
    'the first month anyone in the region started, for the history rebuild; no person',
};

/** Runs a statement through database/sql.ts (not a fragment that only builds text). */
const EXECUTES = /\b(?:rows|one|maybeOne|execute)\s*\(/;

/** Folders whose SQL runs without a person behind it (demo seed, command line, migrations). */
const SYSTEM_FOLDERS = ['seed/', 'database/migrations/'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

const parsed = new Map<string, ts.SourceFile>();
function parse(file: string): ts.SourceFile {
  let source = parsed.get(file);
  if (!source) {
    source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    parsed.set(file, source);
  }
  return source;
}

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [`${base}.ts`, join(base, 'index.ts')]) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/** Top-level functions and constants of a file, and where its imported names come from. */
function topLevel(file: string): {
  local: Map<string, ts.Node>;
  imported: Map<string, { file: string; name: string }>;
} {
  const local = new Map<string, ts.Node>();
  const imported = new Map<string, { file: string; name: string }>();
  for (const statement of parse(file).statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name) {
      local.set(statement.name.text, statement);
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name)) local.set(declaration.name.text, declaration);
      }
    } else if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const target = resolveImport(file, statement.moduleSpecifier.text);
      const bindings = statement.importClause?.namedBindings;
      if (target && bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) {
          imported.set(element.name.text, {
            file: target,
            name: (element.propertyName ?? element.name).text,
          });
        }
      }
    }
  }
  return { local, imported };
}

/** The text of a node and of everything it names that could hold SQL, followed through files. */
function reachableText(
  node: ts.Node,
  file: string,
  members: Map<string, ts.Node>,
  seen = new Set<ts.Node>(),
): string {
  if (seen.has(node)) return '';
  seen.add(node);
  const { local, imported } = topLevel(file);
  let text = node.getText();
  const visit = (child: ts.Node): void => {
    if (ts.isIdentifier(child)) {
      const name = child.text;
      const parent = child.parent;
      const isThisMember =
        ts.isPropertyAccessExpression(parent) &&
        parent.name === child &&
        parent.expression.kind === ts.SyntaxKind.ThisKeyword;
      const member = isThisMember ? members.get(name) : undefined;
      if (member) text += reachableText(member, file, members, seen);
      const own = local.get(name);
      if (own && !isThisMember) text += reachableText(own, file, new Map(), seen);
      const from = imported.get(name);
      if (from) {
        const target = topLevel(from.file).local.get(from.name);
        if (target) text += reachableText(target, from.file, new Map(), seen);
      }
    }
    ts.forEachChild(child, visit);
  };
  ts.forEachChild(node, visit);
  return text;
}

function isPublic(member: ts.ClassElement): boolean {
  const modifiers = ts.canHaveModifiers(member) ? (ts.getModifiers(member) ?? []) : [];
  return !modifiers.some(
    (m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword,
  );
}

/** Has a parameter of type Scope, and uses it (a `_scope` nobody reads protects nothing). */
function takesScope(node: ts.FunctionLikeDeclaration): boolean {
  const parameter = node.parameters.find((p) => p.type?.getText() === 'Scope');
  if (!parameter || !ts.isIdentifier(parameter.name) || !node.body) return false;
  return new RegExp(`\\b${parameter.name.text}\\b`).test(node.body.getText());
}

interface Finding {
  key: string;
  takesScope: boolean;
}

/** Public methods and exported functions that run SQL reaching a personal table. */
function personalDataMethods(root: string): Finding[] {
  const findings: Finding[] = [];
  for (const file of sourceFiles(root)) {
    const relative = file.slice(root.length + 1);
    if (SYSTEM_FOLDERS.some((folder) => relative.startsWith(folder))) continue;
    const source = parse(file);
    if (!/from '(?:\.\.?\/)+(?:database\/)?sql'/.test(source.text)) continue;
    for (const statement of source.statements) {
      if (ts.isClassDeclaration(statement)) {
        const members = new Map<string, ts.Node>();
        for (const member of statement.members) {
          if (ts.isMethodDeclaration(member) && ts.isIdentifier(member.name))
            members.set(member.name.text, member);
        }
        for (const member of statement.members) {
          if (!ts.isMethodDeclaration(member) || !ts.isIdentifier(member.name)) continue;
          if (!isPublic(member)) continue;
          const text = reachableText(member, file, members);
          if (!PERSONAL_SQL.test(text) || !EXECUTES.test(text)) continue;
          findings.push({
            key: `${relative}#${member.name.text}`,
            takesScope: takesScope(member),
          });
        }
      } else if (
        ts.isFunctionDeclaration(statement) &&
        statement.name &&
        ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) &&
        PERSONAL_SQL.test(reachableText(statement, file, new Map())) &&
        EXECUTES.test(reachableText(statement, file, new Map()))
      ) {
        findings.push({
          key: `${relative}#${statement.name.text}`,
          takesScope: takesScope(statement),
        });
      }
    }
  }
  return findings;
}

describe('personal data is read and written only within a Scope', () => {
  const findings = personalDataMethods(SOURCE_ROOT);

  it('catches a new method that forgets the scope, or takes one and ignores it', () => {
    const root = mkdtempSync(join(tmpdir(), 'kp-scope-scan-'));
    mkdirSync(join(root, 'feature'));
    writeFileSync(
      join(root, 'feature', 'people.sql.ts'),
      `export function staffSql(): string { return 'SELECT id FROM employee e'; }`,
    );
    writeFileSync(
      join(root, 'feature', 'feature.repository.ts'),
      `import { rows } from '../database/sql';
       import { staffSql } from './people.sql';
       export class FeatureRepository {
         forgets(id: string) { return rows(this.db, Row, staffSql() + ' WHERE id = $1', [id]); }
         ignores(scope: Scope, id: string) { return rows(this.db, Row, this.sql(), [id]); }
         holds(scope: Scope, p: SqlParams) { return rows(this.db, Row, this.sql() + scope.where(p, C), p.values); }
         units(regionId: string) { return rows(this.db, Row, 'SELECT id FROM unit', [regionId]); }
         private sql() { return 'UPDATE assessment SET level = 1'; }
       }`,
    );
    try {
      expect(personalDataMethods(root)).toEqual([
        { key: 'feature/feature.repository.ts#forgets', takesScope: false },
        { key: 'feature/feature.repository.ts#ignores', takesScope: false },
        { key: 'feature/feature.repository.ts#holds', takesScope: true },
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('finds the repositories (the scan itself works)', () => {
    expect(findings.map((f) => f.key)).toEqual(
      expect.arrayContaining([
        'employees/employees.repository.ts#list',
        'employees/employees.repository.ts#findInScope',
        'appraisals/appraisals.repository.ts#findInScope',
      ]),
    );
  });

  it('every method on personal data takes a Scope, or says why it looks wider', () => {
    const missing = findings
      .filter((f) => !f.takesScope && !(f.key in WIDER_BY_DESIGN))
      .map((f) => f.key);
    expect(missing).toEqual([]);
  });

  it('every exception is still needed', () => {
    const unscoped = new Set(findings.filter((f) => !f.takesScope).map((f) => f.key));
    expect(Object.keys(WIDER_BY_DESIGN).filter((key) => !unscoped.has(key))).toEqual([]);
  });
});
