import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, openPhone } from '../tests/e2e/support/browser';
import { startHostProcess } from '../tests/e2e/support/hostProcess';
import { routes, routeUrl } from '@domain/routes';
import { shanghaiWallClockToMs } from '@domain/time';

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
 * SCREENSHOT_AT=2026-12-05T19:00 (Shanghai wall time) sets the host's dev clock there first, so a
 * script can be tried on the day it would otherwise meet by chance (a visit day after booking
 * closed, the 31st). Answers the host's now: the scenes choose their dates from it.
 */
export async function setHostClockFromEnv(hostUrl: string): Promise<number> {
  const at = process.env.SCREENSHOT_AT;
  if (!at) return Date.now();
  const [date, time = '10:00'] = at.split('T');
  const response = await fetch(`${hostUrl}/api/dev/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ at: shanghaiWallClockToMs(date, time) }),
  });
  const answer = (await response.json()) as { ok: boolean; data?: { now: number } };
  if (!answer.ok || !answer.data) throw new Error(`SCREENSHOT_AT=${at}: the host did not take the clock`);
  console.log(`host clock set to ${at} (Shanghai)`);
  return answer.data.now;
}

/**
 * Runs `scenes` on a phone-sized page of the h5 app served by a fresh local host (with npm start's
 * living demo if `demoLife`), then closes both; a failure is printed and ends the process with 1.
 */
export function runScreenshots(scenes: (page: Page) => Promise<void>, options: { demoLife?: boolean } = {}): void {
  const run = async () => {
    mkdirSync(screenshotDir, { recursive: true });
    const host = await startHostProcess(options);
    await setHostClockFromEnv(host.url);
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
