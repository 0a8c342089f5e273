import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser, openPhone } from '../tests/e2e/support/browser';
import { startHostProcess } from '../tests/e2e/support/hostProcess';
import { signInAs } from '../tests/e2e/support/session';

const root = path.resolve(__dirname, '..');
export interface FirstLoad {
  /** The JavaScript files requested, as paths under the web root, in request order. */
  files: string[];
  gzipBytes: number;
}

/**
 * The JavaScript a signed-in resident's phone requests before the home page shows, measured in
 * Chromium (375x812) on the local host: signed in once, then `/` opened in a fresh context with
 * the session cookie and an empty cache, counting every script request until the greeting is on
 * screen. Each file counts at its gzip size (level 9, as the host serves it to a browser without
 * brotli) read from the built web root.
 */
export async function measureH5FirstLoad(webRoot = path.join(root, 'dist', 'h5')): Promise<FirstLoad> {
  const host = await startHostProcess();
  const browser = await launchBrowser();
  try {
    const signIn = await openPhone(browser, host.url);
    await signInAs(signIn, 'u-resident-li');
    const page = await openPhone(browser, host.url, await signIn.context().storageState());
    const files: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') files.push(new URL(request.url()).pathname);
    });
    await page.goto('/');
    await page.locator('#home-greeting:visible').first().waitFor();
    const shown = [...files];
    const gzipBytes = shown.reduce(
      (sum, file) => sum + gzipSync(readFileSync(path.join(webRoot, file)), { level: 9 }).length,
      0,
    );
    return { files: shown, gzipBytes };
  } finally {
    await browser.close();
    await host.stop();
  }
}

/** `npx tsx bench/h5FirstLoad.ts [webRoot]`: the files and their total, without the whole bench. */
if (require.main === module) {
  measureH5FirstLoad(process.argv[2] ? path.resolve(process.argv[2]) : undefined)
    .then(({ files, gzipBytes }) => {
      for (const file of files) console.log(file);
      console.log(`h5 first load: ${files.length} JS files, ${gzipBytes} bytes gzip`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
