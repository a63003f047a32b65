// What the app shell and other features need from the auth feature.
export { NoAccessPage } from './components/no-access-page';
export { RequireAccess } from './components/require-access';
export { SignInPage } from './components/sign-in-page';
export { UserMenu } from './components/user-menu';
export { authKeys, PUBLIC_QUERY_ROOTS } from './hooks/auth-keys';
export { useMe } from './hooks/use-me';
export {
  can,
  canAddUnitsIn,
  hasAnyRole,
  hrMunicipalityIds,
  isHrFor,
  personalDataScope,
  type Capability,
  type CurrentUser,
  type PersonalDataScope,
} from './utils/access';
export {
  MENU_ENTRIES,
  navigationItems,
  type MenuEntry,
  type NavigationItem,
  type NavigationKey,
} from './utils/navigation';
export { SIGN_IN_ROUTE, signInPath } from './utils/sign-in-paths';
