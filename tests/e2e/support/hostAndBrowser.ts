import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPhone } from './browser';
import { startHostProcess, type HostProcess } from './hostProcess';

/** What a browser test file shares: its own host (own data dir), Chromium, and one phone-sized page. */
export interface HostAndBrowser {
  readonly host: HostProcess;
  readonly browser: Browser;
  readonly page: Page;
}

/**
 * Starts the local host and Chromium before the file's tests and stops them after; the getters
 * read them once started. Call at the top of a describe.
 */
export function useHostAndBrowser(): HostAndBrowser {
  let host: HostProcess | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    host = await startHostProcess();
    browser = await launchBrowser();
    page = await openPhone(browser, host.url);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (!value) throw new Error(`${what} is started in beforeAll`);
    return value;
  };
  return {
    get host() {
      return started(host, 'the host');
    },
    get browser() {
      return started(browser, 'the browser');
    },
    get page() {
      return started(page, 'the page');
    },
  };
}
