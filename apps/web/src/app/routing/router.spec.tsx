import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isValidElement, type ReactElement } from 'react';
import type { RouteObject } from 'react-router';
import { RequireAppraisalAccess } from '@web/features/appraisals';
import { MENU_ENTRIES, RequireAccess } from '@web/features/auth';
import en from '../i18n/en.json';
import nb from '../i18n/nb.json';
import { NOT_IN_NAVIGATION, PUBLIC_ROUTES, routes } from './router';

// What the policy table and its probes are for the API, this is for the web: a new page
// that forgets its access rule, its menu entry or a message fails here, not in review.

interface Page {
  path: string;
  /** The access rules around the page, outermost first ('capability:gaps', 'appraisals:records'). */
  rules: string[];
}

function ruleOf(element: unknown): string | null {
  if (!isValidElement(element)) return null;
  const props = (element as ReactElement<Record<string, string>>).props;
  if (element.type === RequireAccess) return `capability:${props.capability}`;
  if (element.type === RequireAppraisalAccess) return `appraisals:${props.access}`;
  return null;
}

function pages(tree: readonly RouteObject[], rules: string[] = []): Page[] {
  return tree.flatMap((route) => {
    const rule = ruleOf(route.element);
    const inner = rule ? [...rules, rule] : rules;
    if (route.children) return pages(route.children, inner);
    return [{ path: route.index ? '' : (route.path ?? '').replace(/^\//, ''), rules: inner }];
  });
}

const PAGES = pages(routes);
const byPath = new Map(PAGES.map((page) => [page.path, page]));

describe('routes', () => {
  it('are found at all (the walk reads the real route tree)', () => {
    expect(PAGES.length).toBeGreaterThan(20);
    expect(byPath.get('gap')?.rules).toEqual(['capability:gaps']);
    expect(byPath.get('katalog/ny')?.rules).toEqual([
      'capability:catalogue',
      'capability:editCatalogue',
    ]);
  });

  it('each have an access rule, or are listed as public', () => {
    const unguarded = PAGES.filter((page) => page.rules.length === 0).map((page) => page.path);
    expect(unguarded.sort()).toEqual([...PUBLIC_ROUTES].sort());
  });

  it('are each a menu entry, under one, or listed with how users get there', () => {
    const entries = [
      ...MENU_ENTRIES.map((entry) => entry.to.replace(/^\//, '')),
      ...Object.keys(NOT_IN_NAVIGATION),
    ];
    const reachable = (path: string) =>
      entries.some((entry) => path === entry || (entry !== '' && path.startsWith(`${entry}/`)));
    expect(PAGES.map((page) => page.path).filter((path) => !reachable(path))).toEqual([]);
  });

  it('list no page in NOT_IN_NAVIGATION that does not exist', () => {
    expect(Object.keys(NOT_IN_NAVIGATION).filter((path) => !byPath.has(path))).toEqual([]);
  });
});

describe('the main menu', () => {
  it.each(MENU_ENTRIES.map((entry) => [entry.key, entry] as const))(
    '%s leads to a page whose access rule is the capability it is shown for',
    (key, entry) => {
      const page = byPath.get(entry.to.replace(/^\//, ''));
      expect(page).toBeDefined();
      const expected = entry.capability === null ? [] : [`capability:${entry.capability}`];
      expect({ key, rules: page?.rules }).toEqual({ key, rules: expected });
    },
  );

  it('has a label in both languages for every entry', () => {
    const missing = MENU_ENTRIES.map((entry) => `nav.${entry.key}`).filter(
      (key) => lookup(nb, key) === undefined || lookup(en, key) === undefined,
    );
    expect(missing).toEqual([]);
  });
});

type Messages = { [key: string]: string | Messages };

function lookup(messages: Messages, key: string): string | Messages | undefined {
  return key
    .split('.')
    .reduce<string | Messages | undefined>(
      (node, part) => (node && typeof node === 'object' ? node[part] : undefined),
      messages,
    );
}

/** A key i18next would find: itself, or its plural forms (count). */
function hasMessage(messages: Messages, key: string): boolean {
  return ['', '_one', '_other'].some(
    (suffix) => typeof lookup(messages, key + suffix) === 'string',
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'gql' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name) ? [path] : [];
  });
}

const SOURCE = join(__dirname, '..', '..');
const USES = sourceFiles(SOURCE).flatMap((file) => {
  const text = readFileSync(file, 'utf8');
  const name = file.slice(SOURCE.length + 1);
  const literal = [...text.matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)].map((m) => m[1]);
  // `t(\`gaps.horizon.${horizon}\`)`: the part before the first placeholder must be a group.
  const prefixes = [...text.matchAll(/\bt\(\s*`([a-zA-Z][\w.-]*)\.\$\{/g)].map((m) => m[1]);
  return [
    ...literal.map((key) => ({ file: name, key, group: false })),
    ...prefixes.map((key) => ({ file: name, key, group: true })),
  ];
});

describe('messages used in the code', () => {
  it('are found at all (the scan reads the real sources)', () => {
    expect(USES.length).toBeGreaterThan(500);
    expect(USES).toContainEqual({
      file: join('features', 'gaps', 'components', 'gap-page.tsx'),
      key: 'gaps.title',
      group: false,
    });
  });

  it.each([
    ['bokmål', nb as Messages],
    ['English', en as Messages],
  ])('each exist in %s, page titles included', (_language, messages) => {
    const missing = USES.filter(({ key, group }) =>
      group ? typeof lookup(messages, key) !== 'object' : !hasMessage(messages, key),
    );
    expect(missing).toEqual([]);
  });
});
