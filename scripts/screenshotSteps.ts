import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, openPhone } from '../tests/e2e/support/browser';
import { startHostProcess } from '../tests/e2e/support/hostProcess';
import { routes, routeUrl } from '@domain/routes';

/** Where the screenshot scripts save their PNGs: .tmp/screenshots, or SCREENSHOT_DIR. */
export const screenshotDir = path.resolve(
  process.env.SCREENSHOT_DIR ?? path.join(__dirname, '..', '.tmp', 'screenshots'),
);

/** Lets the page settle, then saves it as `<name>.png`. */
export async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
  console.log(`saved ${name}.png`);
}

/** Signs in as a demo user through the dev login page and waits for the home page. */
export async function signIn(page: Page, userId: string): Promise<void> {
  await page.goto(`/#${routeUrl(routes.devLogin)}`);
  await page.click(`#identity-${userId}`);
  await page.waitForSelector('#home-greeting');
}

/**
 * Runs `scenes` on a phone-sized page of the h5 app served by a fresh local host, then closes
 * both; a failure is printed and ends the process with 1.
 */
export function runScreenshots(scenes: (page: Page) => Promise<void>): void {
  const run = async () => {
    mkdirSync(screenshotDir, { recursive: true });
    const host = await startHostProcess();
    const browser = await launchBrowser();
    try {
      await scenes(await openPhone(browser, host.url));
    } finally {
      await browser.close();
      await host.stop();
    }
  };
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
