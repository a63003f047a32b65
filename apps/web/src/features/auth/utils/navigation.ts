import { can, type Capability, type CurrentUser } from './access';

export type NavigationKey = 'home' | 'employees' | 'catalogue' | 'import';

export interface NavigationItem {
  key: NavigationKey;
  to: string;
  /** Marks the link current only on exactly this address (the home page). */
  end: boolean;
}

const ITEMS: ReadonlyArray<NavigationItem & { capability: Capability | null }> = [
  { key: 'home', to: '/', end: true, capability: null },
  { key: 'employees', to: '/ansatte', end: false, capability: 'employees' },
  { key: 'catalogue', to: '/katalog', end: false, capability: 'catalogue' },
  { key: 'import', to: '/import', end: false, capability: 'import' },
];

/** The main menu for this user: only what their roles may use. */
export function navigationItems(user: CurrentUser | null | undefined): NavigationItem[] {
  return ITEMS.filter((item) => item.capability === null || can(user, item.capability)).map(
    ({ key, to, end }) => ({ key, to, end }),
  );
}
