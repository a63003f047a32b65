import { can, type Capability, type CurrentUser } from './access';

export type NavigationKey =
  | 'home'
  | 'employees'
  | 'catalogue'
  | 'gaps'
  | 'requirements'
  | 'plans'
  | 'evaluation'
  | 'kostra'
  | 'import'
  | 'administration'
  | 'auditLog';

export interface NavigationItem {
  key: NavigationKey;
  to: string;
  /** Marks the link current only on exactly this address (the home page). */
  end: boolean;
}

export interface MenuEntry extends NavigationItem {
  capability: Capability | null;
  /** Left out for users who reach the page through another entry (it is part of that one). */
  unless?: Capability;
}

/** The main menu, each entry with the capability its page's route requires (router.spec checks). */
export const MENU_ENTRIES: readonly MenuEntry[] = [
  { key: 'home', to: '/', end: true, capability: null },
  { key: 'employees', to: '/ansatte', end: false, capability: 'employees' },
  { key: 'catalogue', to: '/katalog', end: false, capability: 'catalogue' },
  { key: 'gaps', to: '/gap', end: false, capability: 'gaps' },
  { key: 'requirements', to: '/krav', end: false, capability: 'requirements' },
  { key: 'plans', to: '/planer', end: false, capability: 'plans' },
  { key: 'evaluation', to: '/evaluering', end: false, capability: 'evaluation' },
  { key: 'kostra', to: '/kostra', end: false, capability: 'kostra' },
  { key: 'import', to: '/import', end: false, capability: 'import' },
  { key: 'administration', to: '/admin', end: false, capability: 'administration' },
  // HR reads their municipality's log; the administrator finds it under Administrasjon.
  {
    key: 'auditLog',
    to: '/admin/logg',
    end: false,
    capability: 'auditLog',
    unless: 'administration',
  },
];

/** The main menu for this user: only what their roles may use. */
export function navigationItems(user: CurrentUser | null | undefined): NavigationItem[] {
  return MENU_ENTRIES.filter(
    (item) =>
      (item.capability === null || can(user, item.capability)) &&
      !(item.unless && can(user, item.unless)),
  ).map(({ key, to, end }) => ({ key, to, end }));
}
