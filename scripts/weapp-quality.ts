import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * WeChat's code-quality check ("代码质量") on the built weapp, offline: miniprogram-ci's own
 * `checkCodeQuality` (the devtools' check), plus the same rules measured directly from the files,
 * because miniprogram-ci is lenient in ways that hide problems:
 *   - a check that throws is reported as PASSED (it only logs the error);
 *   - "JS/WXML/WXSS compression" only reads project.config.json settings, not the files;
 *   - lazyCodeLoading passes for any truthy value, not just "requiredComponents";
 *   - the image rule sums all images and audio (< 200 KB in total), it does not look per file.
 * A required rule passes only if both agree. Exit code 1 when one fails.
 *
 * Run: npx tsx scripts/weapp-quality.ts [distDir]
 */

const root = path.resolve(__dirname, '..');
const KB = 1024;
const MAIN_PACKAGE_LIMIT = 1.5 * KB * KB;
const IMAGE_LIMIT = 200 * KB;
const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.gif', '.svg', '.webp'];
/** Minified JS has long lines; a readable build has ~40 bytes per line. Small files say nothing. */
const MINIFIED_BYTES_PER_LINE = 200;
const MINIFIED_MIN_FILE_BYTES = 2 * KB;

export interface WeappSizes {
  mainPackageBytes: number;
  totalBytes: number;
  /** Bytes per subpackage root as written in app.json, e.g. `packages/admin`. */
  subpackages: Record<string, number>;
}

interface AppJson {
  subPackages?: Array<{ root: string }>;
  subpackages?: Array<{ root: string }>;
  lazyCodeLoading?: unknown;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

function subpackageRoots(distDir: string): string[] {
  const app = readJson<AppJson>(path.join(distDir, 'app.json'));
  // WeChat accepts both spellings.
  return [...(app.subPackages ?? []), ...(app.subpackages ?? [])].map((pkg) => pkg.root.replace(/^\/|\/$/g, ''));
}

/**
 * Sizes of the build as files on disk: the main package is every file outside the subpackage
 * roots of app.json. (WeChat's own figure counts only the file types it uploads, so it can be
 * a little smaller, e.g. without vendors.js.LICENSE.txt.)
 */
export function measureWeapp(distDir: string): WeappSizes {
  const roots = subpackageRoots(distDir);
  const subpackages: Record<string, number> = Object.fromEntries(roots.map((pkgRoot) => [pkgRoot, 0]));
  let mainPackageBytes = 0;
  let totalBytes = 0;
  for (const file of filesUnder(distDir)) {
    const bytes = statSync(file).size;
    const relative = path.relative(distDir, file).split(path.sep).join('/');
    const owner = roots.find((pkgRoot) => relative.startsWith(`${pkgRoot}/`));
    totalBytes += bytes;
    if (owner) subpackages[owner] += bytes;
    else mainPackageBytes += bytes;
  }
  return { mainPackageBytes, totalBytes, subpackages };
}

// ---------------------------------------------------------------------------------------------
// The rules, measured directly
// ---------------------------------------------------------------------------------------------

interface DirectResult {
  ok: boolean;
  detail: string;
}

type RuleName =
  | 'PACKAGE_SIZE_LIMIT'
  | 'JS_COMPRESS_OPEN'
  | 'WXML_COMPRESS_OPEN'
  | 'WXSS_COMPRESS_OPEN'
  | 'LAZYCODE_LOADING_OPEN'
  | 'IMAGE_AND_AUDIO_LIMIT';

const REQUIRED_RULES: Record<RuleName, string> = {
  PACKAGE_SIZE_LIMIT: 'main package < 1.5 MB',
  JS_COMPRESS_OPEN: 'JS compression on',
  WXML_COMPRESS_OPEN: 'WXML compression on',
  WXSS_COMPRESS_OPEN: 'WXSS compression on',
  LAZYCODE_LOADING_OPEN: 'lazyCodeLoading: "requiredComponents"',
  IMAGE_AND_AUDIO_LIMIT: 'images <= 200 KB',
};

interface ProjectSettings {
  minified?: boolean;
  minifyWXML?: boolean;
  minifyWXSS?: boolean;
}

/** Both project.config.json files: the repo's (devtools on the repo) and the build's (ci, upload). */
function settingOn(distDir: string, key: keyof ProjectSettings): DirectResult {
  const files = [path.join(root, 'project.config.json'), path.join(distDir, 'project.config.json')];
  const off = files.filter(
    (file) => !existsSync(file) || readJson<{ setting?: ProjectSettings }>(file).setting?.[key] !== true,
  );
  return off.length === 0
    ? { ok: true, detail: `setting.${key} is true in both project.config.json` }
    : { ok: false, detail: `setting.${key} not true in ${off.map((f) => path.relative(root, f)).join(', ')}` };
}

function formatKb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

/** The upload setting alone is not enough: Taro must have minified the JS it wrote. */
function jsMinified(distDir: string): DirectResult {
  const setting = settingOn(distDir, 'minified');
  const readable = filesUnder(distDir)
    .filter((file) => file.endsWith('.js') && statSync(file).size >= MINIFIED_MIN_FILE_BYTES)
    .filter((file) => {
      const code = readFileSync(file, 'utf8');
      return code.length / code.split('\n').length < MINIFIED_BYTES_PER_LINE;
    })
    .map((file) => path.relative(distDir, file));
  if (readable.length > 0) {
    return { ok: false, detail: `not minified (a dev build?): ${readable.join(', ')}` };
  }
  return { ok: setting.ok, detail: setting.ok ? `build JS minified; ${setting.detail}` : setting.detail };
}

function lazyCodeLoading(distDir: string): DirectResult {
  const value = readJson<AppJson>(path.join(distDir, 'app.json')).lazyCodeLoading;
  return { ok: value === 'requiredComponents', detail: `app.json lazyCodeLoading = ${JSON.stringify(value)}` };
}

function imagesSmall(distDir: string): DirectResult {
  const images = filesUnder(distDir).filter((file) => IMAGE_EXTENSIONS.includes(path.extname(file).toLowerCase()));
  const large = images.filter((file) => statSync(file).size > IMAGE_LIMIT);
  const total = images.reduce((sum, file) => sum + statSync(file).size, 0);
  const largest = Math.max(0, ...images.map((file) => statSync(file).size));
  return large.length === 0
    ? { ok: true, detail: `${images.length} images, largest ${formatKb(largest)}, all ${formatKb(total)}` }
    : {
        ok: false,
        detail: `over 200 KB: ${large.map((f) => `${path.relative(distDir, f)} (${formatKb(statSync(f).size)})`).join(', ')}`,
      };
}

function directChecks(distDir: string, sizes: WeappSizes): Record<RuleName, DirectResult> {
  return {
    PACKAGE_SIZE_LIMIT: {
      ok: sizes.mainPackageBytes < MAIN_PACKAGE_LIMIT,
      detail: `main package ${formatKb(sizes.mainPackageBytes)} of ${formatKb(MAIN_PACKAGE_LIMIT)}`,
    },
    JS_COMPRESS_OPEN: jsMinified(distDir),
    WXML_COMPRESS_OPEN: settingOn(distDir, 'minifyWXML'),
    WXSS_COMPRESS_OPEN: settingOn(distDir, 'minifyWXSS'),
    LAZYCODE_LOADING_OPEN: lazyCodeLoading(distDir),
    IMAGE_AND_AUDIO_LIMIT: imagesSmall(distDir),
  };
}

// ---------------------------------------------------------------------------------------------
// miniprogram-ci
// ---------------------------------------------------------------------------------------------

interface CiCheckItem {
  name: string;
  success: boolean;
  text?: string;
  detail?: unknown;
}

interface MiniprogramCi {
  Project: new (options: {
    appid: string;
    type: 'miniProgram';
    projectPath: string;
    privateKeyPath: string;
  }) => unknown;
  checkCodeQuality(project: unknown): Promise<CiCheckItem[]>;
}

interface CiOutcome {
  items: CiCheckItem[];
  /** What ci logged with console.error: a check that threw, which ci then reports as passed. */
  errors: string[];
  /** Set when ci could not run at all. */
  failure?: string;
}

function projectAppid(): string {
  return readJson<{ appid?: string }>(path.join(root, 'project.config.json')).appid ?? 'touristappid';
}

/** ci wants a private key file even for this local check; it never reads it for checks. */
function withPlaceholderKey<T>(run: (keyPath: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(tmpdir(), 'mq-ci-key-'));
  const keyPath = path.join(dir, 'private.placeholder.key');
  writeFileSync(keyPath, '-----BEGIN RSA PRIVATE KEY-----\nplaceholder\n-----END RSA PRIVATE KEY-----\n');
  return run(keyPath).finally(() => rmSync(dir, { recursive: true, force: true }));
}

/** Runs ci with its console captured: its errors matter (see above), its chatter does not. */
async function runCi(distDir: string, appid: string): Promise<CiOutcome> {
  const errors: string[] = [];
  const original = { log: console.log, error: console.error };
  console.log = () => undefined;
  console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
  try {
    const ci = require('miniprogram-ci') as MiniprogramCi;
    const items = await withPlaceholderKey((privateKeyPath) =>
      ci.checkCodeQuality(new ci.Project({ appid, type: 'miniProgram', projectPath: distDir, privateKeyPath })),
    );
    return { items, errors };
  } catch (error) {
    return { items: [], errors, failure: error instanceof Error ? error.message : String(error) };
  } finally {
    Object.assign(console, original);
  }
}

// ---------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------

function verdict(ok: boolean | undefined): string {
  if (ok === undefined) return 'n/a ';
  return ok ? 'pass' : 'FAIL';
}

function printSizes(sizes: WeappSizes, ci: CiOutcome): void {
  const ciSizes = ci.items.find((item) => item.name === 'PACKAGE_SIZE_LIMIT')?.detail as
    | Record<string, number>
    | undefined;
  const rows: Array<[string, number]> = [
    ['main package', sizes.mainPackageBytes],
    ...Object.entries(sizes.subpackages),
    ['total', sizes.totalBytes],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log('\nSizes (files on disk):');
  for (const [label, bytes] of rows) console.log(`  ${label.padEnd(width)}  ${bytes} B (${formatKb(bytes)})`);
  if (ciSizes) {
    const counted = Object.entries(ciSizes).map(([pkg, bytes]) => `${pkg === '__APP__' ? 'main' : pkg} ${bytes} B`);
    console.log(`  WeChat counts (uploaded file types only): ${counted.join(', ')}`);
  }
}

function printOtherCiChecks(ci: CiOutcome): void {
  const others = ci.items.filter((item) => !(item.name in REQUIRED_RULES));
  if (others.length === 0) return;
  console.log('\nOther miniprogram-ci checks (advice, not required):');
  for (const item of others) {
    const detail = item.detail === undefined ? '' : ` ${JSON.stringify(item.detail)}`;
    console.log(`  ${verdict(item.success)}  ${item.name}${detail}`);
  }
}

/** Prints the report and returns whether every required rule passed. */
export async function checkWeappQuality(distDir: string): Promise<boolean> {
  if (!existsSync(path.join(distDir, 'app.json'))) {
    console.error(`${distDir}/app.json is missing: run npm run build:weapp first`);
    return false;
  }
  const appid = projectAppid();
  const sizes = measureWeapp(distDir);
  const direct = directChecks(distDir, sizes);
  const ci = await runCi(distDir, appid);

  console.log(
    `WeChat code quality: ${path.relative(root, distDir) || distDir} (miniprogram-ci checkCodeQuality, appid ${appid})`,
  );
  if (ci.failure) console.log(`  miniprogram-ci could not run (${ci.failure}): the direct measurements decide alone.`);
  if (ci.errors.length > 0) {
    console.log(
      `  miniprogram-ci logged errors, so its "pass" results are not trusted:\n    ${ci.errors.join('\n    ')}`,
    );
  }
  console.log(`\n  result  ci    direct  rule`);
  let allOk = true;
  for (const [name, label] of Object.entries(REQUIRED_RULES) as Array<[RuleName, string]>) {
    const ciItem = ci.items.find((item) => item.name === name);
    const ciOk = ci.failure ? undefined : ciItem !== undefined && ciItem.success && ci.errors.length === 0;
    const ok = direct[name].ok && ciOk !== false;
    allOk &&= ok;
    console.log(
      `  ${verdict(ok)}    ${verdict(ciOk)}  ${verdict(direct[name].ok)}    ${label}: ${direct[name].detail}`,
    );
  }
  printSizes(sizes, ci);
  printOtherCiChecks(ci);
  console.log(`\n${allOk ? 'All required checks passed.' : 'Required checks FAILED.'}`);
  return allOk;
}

if (require.main === module) {
  const distDir = path.resolve(process.argv[2] ?? path.join(root, 'dist', 'weapp'));
  checkWeappQuality(distDir)
    // ci's file analyser leaves a chokidar watcher open: exit explicitly or the process never ends.
    .then((ok) => process.exit(ok ? 0 : 1))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
