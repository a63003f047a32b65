import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFields, type ImportKind } from '@kp/domain';

// docs/imports.md describes the columns the import reads; the definitions in @kp/domain are
// the source. This keeps the two from drifting apart (the page and the templates are built
// from the definitions themselves).

const DOCS = readFileSync(join(__dirname, '../../../../docs/imports.md'), 'utf8');

/** The rows of the first column table after a heading: cells trimmed, header row left out. */
function tableAfter(heading: string): string[][] {
  const section = DOCS.slice(DOCS.indexOf(`\n${heading}\n`));
  const start = section.indexOf('\n| header (template)');
  const lines = section.slice(start + 1).split('\n');
  const rows: string[][] = [];
  for (const line of lines.slice(2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}

describe.each<[ImportKind, string]>([
  ['employees', '## Employees'],
  ['qualifications', '## Qualifications'],
])('docs/imports.md lists the %s columns the parser reads', (kind, heading) => {
  it('one row per column, in order, with the same header, requirement, aliases and content', () => {
    expect(tableAfter(heading)).toEqual(
      importFields(kind).map((spec) => [
        spec.label,
        `\`${spec.field}\``,
        spec.required ? 'yes' : 'no',
        spec.aliases.filter((alias) => alias !== spec.label).join(', ') || '–',
        spec.description,
      ]),
    );
  });
});
