import type { Page } from 'playwright-core';
import { baseUrl } from './browser';

export const DEMO_PASSWORD = 'reks-demo-2026';

export const DEMO_USERS = {
  admin: 'admin@reks.demo',
  coordinator: 'koordinator@reks.demo',
  board: 'styre@reks.demo',
  hrGjovik: 'hr.gjovik@reks.demo',
  hrOstreToten: 'hr.ostretoten@reks.demo',
  leaderHomeCareGjovik: 'leder.hjemmetjeneste.gjovik@reks.demo',
  leaderNursingHomeOstreToten: 'leder.sykehjem.ostretoten@reks.demo',
} as const;

/** Signs in through the form, as a person would, and waits for the header to show it. */
export async function signIn(page: Page, email: string, path = '/logg-inn'): Promise<void> {
  await page.goto(`${baseUrl()}${path}`);
  await fillSignInForm(page, email, DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Logg ut' }).waitFor();
}

export async function fillSignInForm(page: Page, email: string, password: string): Promise<void> {
  const main = page.getByRole('main');
  await main.getByLabel('E-postadresse').fill(email);
  await main.getByLabel('Passord').fill(password);
  await main.getByRole('button', { name: 'Logg inn' }).click();
}

/** The main menu's link texts, in order. */
export async function menuItems(page: Page): Promise<string[]> {
  const menu = page.getByRole('navigation', { name: 'Hovedmeny' });
  return (await menu.getByRole('link').allTextContents()).map((text) => text.trim());
}
