import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * The functions with the most self time in a .cpuprofile (node --cpu-prof), and the same summed by
 * file: `npx tsx bench/load/profileTop.ts host.cpuprofile [rows] [function]` (with a function name: its callers).
 */
export function topSelfTime(profile: CpuProfile, rows: number) {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1_000));
  const total = [...selfMs.values()].reduce((sum, ms) => sum + ms, 0);
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const [id, ms] of selfMs) {
    const { functionName, url, lineNumber } = byNode.get(id)!.callFrame;
    const file = url
      .replace(/^file:\/\//, '')
      .replace(/.*node_modules\//, 'nm/')
      .replace(/.*wt-[a-z]+\//, '');
    const name = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    byFile.set(file || '(native)', (byFile.get(file || '(native)') ?? 0) + ms);
  }
  const top = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, rows)
      .map(([name, ms]) => `${((100 * ms) / total).toFixed(1).padStart(5)}%  ${ms.toFixed(0).padStart(7)} ms  ${name}`);
  return { totalMs: total, functions: top(byFunction), files: top(byFile) };
}

if (require.main === module) {
  const [file, rows = '30', callersOfName] = process.argv.slice(2);
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  if (callersOfName) {
    console.log(callersOf(profile, callersOfName).join('\n'));
    process.exit(0);
  }
  const { totalMs, functions, files } = topSelfTime(profile, Number(rows));
  console.log(`total ${totalMs.toFixed(0)} ms sampled\n\nby function (self time):\n${functions.join('\n')}`);
  console.log(`\nby file (self time):\n${files.join('\n')}`);
}

/** Who calls `name` (the parent frames of its samples), by self time: where per-request work comes from. */
export function callersOf(profile: CpuProfile, name: string, rows = 10): string[] {
  const parent = new Map<number, ProfileNode>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const ms = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byNode.get(id)!;
    if (node.callFrame.functionName !== name) return;
    const chain: string[] = [];
    for (let up = parent.get(id); up && chain.length < 3; up = parent.get(up.id)) {
      chain.push(
        `${up.callFrame.functionName || '(anonymous)'}@${up.callFrame.url.split('/').slice(-2).join('/')}:${up.callFrame.lineNumber + 1}`,
      );
    }
    const key = chain.join(' < ');
    ms.set(key, (ms.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1_000);
  });
  return [...ms.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, rows)
    .map(([chain, total]) => `${total.toFixed(0).padStart(6)} ms  ${chain}`);
}
