import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';

/** Debian's Chromium (apt-get install chromium); Playwright's own download is not reachable. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Playwright gives each launch a fresh, empty profile directory of its own. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: run \`apt-get install -y chromium fonts-noto-cjk\``);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A phone: 375x812 (iPhone X class), touch, Chinese locale, Shanghai time; `storageState` to
 * start signed in (cookies of an earlier context) with an empty HTTP cache.
 */
export async function openPhone(
  browser: Browser,
  baseUrl: string,
  storageState?: BrowserContextOptions['storageState'],
): Promise<Page> {
  const context = await browser.newContext({
    storageState,
    viewport: { width: 375, height: 812 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    baseURL: baseUrl,
  });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  cspViolations.set(page, violations);
  return page;
}

const cspViolations = new WeakMap<Page, string[]>();

/** What Chromium reported as blocked by the host's Content-Security-Policy on this page so far. */
export function cspViolationsOf(page: Page): string[] {
  return cspViolations.get(page) ?? [];
}
