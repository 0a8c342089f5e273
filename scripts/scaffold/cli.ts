import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { applyChanges, type FileChange } from './repoFiles';
import { ScaffoldError } from './sourceText';

export const repoRoot = path.resolve(__dirname, '..', '..');

/** `--name value` and `--flag` options after the positional arguments. */
export function parseOptions(argv: string[]): { positional: string[]; options: Map<string, string | true> } {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (!arg.startsWith('--')) positional.push(arg);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) options.set(arg.slice(2), argv[(i += 1)]);
    else options.set(arg.slice(2), true);
  }
  return { positional, options };
}

/** Writes the plan, formats what it wrote, and lists it; a refusal is one Chinese line and exit 1. */
export function runPlan(plan: () => FileChange[], nextSteps: string[]): void {
  let changes: FileChange[];
  try {
    changes = plan();
  } catch (error) {
    if (!(error instanceof ScaffoldError)) throw error;
    console.error(`未生成：${error.message}`);
    process.exit(1);
  }
  applyChanges(repoRoot, changes);
  const prettier = path.join(repoRoot, 'node_modules', '.bin', 'prettier');
  spawnSync(prettier, ['--write', ...changes.map((c) => c.path)], { cwd: repoRoot, stdio: 'ignore' });
  for (const change of changes) console.log(`${change.before === null ? '新建' : '修改'} ${change.path}`);
  console.log(['', '接下来：', ...nextSteps.map((step, i) => `${i + 1}. ${step}`)].join('\n'));
}
