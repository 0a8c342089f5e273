import type { Page } from 'playwright-core';
import { routes, routeUrl } from '@domain/routes';

/** Signs in on the dev-login page as a seeded demo user and waits for the home page. */
export async function signInAs(page: Page, userId: string): Promise<void> {
  await page.goto(`/#${routeUrl(routes.devLogin)}`);
  await page.click(`#identity-${userId}`);
  await page.waitForSelector('#home-greeting');
}

/** The text of the visible element (pages stay mounted in h5, so hidden copies exist). */
export function visible(page: Page, selector: string) {
  return page.locator(`${selector}:visible`).first();
}
