/**
 * The weapp build the harness runs (dist/weapp, or WEAPP_DIST_DIR): where it is, the check that it
 * was built, and a page's built json. Apart from the page opening so that tests reading only the
 * build output (appJson, packageBudget) need neither a DOM nor miniprogram-simulate.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The build under test; WEAPP_DIST_DIR points the tests at another build output. */
export const DIST_DIR = path.resolve(process.env.WEAPP_DIST_DIR ?? path.join(__dirname, '../../dist/weapp'));

/** The tests read the build output; they must say plainly how to make it. */
export function assertWeappBuilt(distDir = DIST_DIR): void {
  for (const file of ['app.js', 'app.json', 'runtime.js', 'base.wxml']) {
    if (!fs.existsSync(path.join(distDir, file))) {
      throw new Error(`${path.join(distDir, file)} is missing: run npm run build:weapp first`);
    }
  }
}

/** A page's built `index.json` (its window settings, e.g. `enablePullDownRefresh`). */
export function pageJson(route: string, distDir = DIST_DIR): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(distDir, `${route}.json`), 'utf8')) as Record<string, unknown>;
}

/**
 * A page's styles as WeChat loads them: its built `index.wxss` with each `@import` put in its
 * place (styles shared by several subpackages' pages are split out into `sub-common/`).
 */
export function pageStyles(route: string, distDir = DIST_DIR): string {
  return stylesWithImports(path.join(distDir, `${route}.wxss`));
}

function stylesWithImports(file: string): string {
  const css = fs.readFileSync(file, 'utf8');
  return css.replace(/@import\s+"([^"]+)";/g, (_line, imported: string) =>
    stylesWithImports(path.resolve(path.dirname(file), imported)),
  );
}
