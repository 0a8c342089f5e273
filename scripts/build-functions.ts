import { build, type BuildOptions } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { functionNames } from '@domain/contract';
import { deferUnusedAtColdStart } from './deferredModules';
import { cutUnreachableSdkParts } from './sdkCuts';
import { onlyNeededZodLocales } from './zodLocalesPlugin';
import { zodAsNamespace } from './zodNamespaceImports';

/**
 * Bundles each cloud function into one CommonJS file for CloudBase (each deployed function
 * sees only its own folder): dist/cloudfunctions/<fn>/{index.js,package.json,config.json}.
 */
const root = path.resolve(__dirname, '..');
const outRoot = path.join(root, 'dist', 'cloudfunctions');

/** Code that must never reach a deployed function: the embedded database and the local host. */
const forbiddenInputs = [/better-sqlite3/, /^host\//, /adapters\/sqlite\//];

/** How every function is bundled (and what tests bundle the same way). */
export const functionBundleOptions = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  // Packages' ES module builds first: esbuild can drop what is unused only from those (bson's
  // ESM build is half its CommonJS one in the bundle). CommonJS where there is no ESM build.
  mainFields: ['module', 'main'],
  minify: true,
  sourcemap: false,
  metafile: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [zodAsNamespace, onlyNeededZodLocales, cutUnreachableSdkParts, deferUnusedAtColdStart],
} satisfies BuildOptions;

export interface BuiltFunction {
  fn: string;
  /** index.js: what a cold start loads (the deferred files beside it load at first use). */
  bytes: number;
  /** Every module the bundle carries (esbuild's metafile inputs), for tests of what is cut. */
  inputs: string[];
}

/** `into` is dist/cloudfunctions unless a test builds elsewhere. */
export async function buildFunction(fn: string, into: string = outRoot): Promise<BuiltFunction> {
  const outDir = path.join(into, fn);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const outfile = path.join(outDir, 'index.js');
  const result = await build({
    entryPoints: [path.join(root, 'cloudfunctions', fn, 'index.ts')],
    outfile,
    ...functionBundleOptions,
  });
  const leaked = Object.keys(result.metafile.inputs).filter((input) => forbiddenInputs.some((re) => re.test(input)));
  if (leaked.length > 0) throw new Error(`${fn} bundles local-only code: ${leaked.join(', ')}`);
  writeFileSync(
    path.join(outDir, 'package.json'),
    `${JSON.stringify({ name: fn, version: '1.0.0', private: true, main: 'index.js', dependencies: {} }, null, 2)}\n`,
  );
  const config = path.join(root, 'cloudfunctions', fn, 'config.json');
  if (existsSync(config)) copyFileSync(config, path.join(outDir, 'config.json'));
  return {
    fn,
    bytes: statSync(outfile).size,
    inputs: Object.keys(result.metafile.inputs),
  };
}

/**
 * Functions run only by timer triggers, not called by the app: not in the contract. None today:
 * the `notification` function serves the app and carries the timer.
 */
export const timerFunctions: string[] = [];

async function main(): Promise<void> {
  for (const fn of [...functionNames, ...timerFunctions]) {
    const { bytes } = await buildFunction(fn);
    console.log(`built dist/cloudfunctions/${fn}/index.js (${(bytes / 1024).toFixed(0)} KB)`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
