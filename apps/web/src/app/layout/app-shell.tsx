import { useEffect, useRef, type MouseEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { navigationItems, useMe, UserMenu } from '@web/features/auth';
import { appraisalMenuTarget } from '@web/features/appraisals';
import { MeasureActionProvider } from '@web/features/plans';
import { LanguageSwitcher } from './language-switcher';

const MAIN_ID = 'main-content';

/** Header, navigation, main area and footer around every page. */
export function AppShell() {
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
  useFocusOnNavigation(mainRef);
  // Until the session is known the menu shows only what everyone may use.
  const me = useMe().data;
  const items = navigationItems(me);
  // The appraisal feature decides its own entry: progress for leaders and HR, figures for the rest.
  const appraisalsTarget = appraisalMenuTarget(me);

  // Focus the main area instead of following the #fragment, so the address stays clean.
  const skipToContent = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    mainRef.current?.focus();
    mainRef.current?.scrollIntoView();
  };

  return (
    <>
      <a className="skip-link" href={`#${MAIN_ID}`} onClick={skipToContent}>
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="site-header__brand">
            <span className="site-header__name">{t('app.name')}</span>
            <span className="site-header__tagline">{t('app.tagline')}</span>
          </Link>
          <div className="site-header__tools">
            <UserMenu />
            <LanguageSwitcher />
          </div>
          <nav aria-label={t('nav.label')} className="site-nav">
            <ul>
              {items.map((item) => (
                <li key={item.key}>
                  <NavLink to={item.to} end={item.end}>
                    {t(`nav.${item.key}`)}
                  </NavLink>
                </li>
              ))}
              {appraisalsTarget ? (
                <li>
                  <NavLink to={appraisalsTarget}>{t('appraisals.menu')}</NavLink>
                </li>
              ) : null}
            </ul>
          </nav>
        </div>
      </header>
      <main id={MAIN_ID} ref={mainRef} tabIndex={-1} className="site-main">
        {/* The gap views' "Lag tiltak" links come from the plans feature. */}
        <MeasureActionProvider>
          <Outlet />
        </MeasureActionProvider>
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
      <ScrollRestoration />
    </>
  );
}

/**
 * After a client-side navigation, focus goes to the new page's heading (or
 * the main area), as a full page load would reset it; a screen reader then
 * reads where the user has arrived. The first render keeps the browser's focus.
 */
function useFocusOnNavigation(mainRef: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const main = mainRef.current;
    const heading = main?.querySelector<HTMLElement>('h1');
    (heading ?? main)?.focus();
  }, [pathname, mainRef]);
}
