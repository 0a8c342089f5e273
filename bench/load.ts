import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { upcomingVisitDays } from '@domain/visits/days';
import { devLogin } from './benchUsers';
import { seededDataDir, startBenchHost } from './hostProcess';
import { runClients, type LoadLog } from './load/clients';
import { COMMUNITY, loadResident, seedLoadData } from './load/loadData';
import { topSelfTime } from './load/profileTop';
import { median, percentile, round } from './stats';
import { readFileSync } from 'node:fs';

const CLIENTS = 50;
const SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const root = path.resolve(__dirname, '..');

export interface LoadRun {
  rps: number;
  p95Ms: number;
  /** Host CPU (user + system) per answered request. */
  cpuMsPerRequest: number;
  errors: number;
  refusals: number;
  log: LoadLog;
}

/** The cadre publishes ten roomy slots on each of the next two bookable visit days. */
async function publishSlots(url: string): Promise<{ slots: string[]; dates: string[] }> {
  const cadre = await devLogin(url, 'u-cadre-liu');
  const dates = upcomingVisitDays(Date.now() + 2 * 86_400_000, 2);
  const slots: string[] = [];
  for (const date of dates) {
    const response = await fetch(`${url}/api/visit`, {
      method: 'POST',
      headers: { authorization: `Bearer ${cadre}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        action: 'publishSlots',
        requestId: `load-publish-${date}`,
        data: {
          communityId: COMMUNITY,
          date,
          slots: Array.from({ length: 10 }, (_, i) => ({
            start: `${String(8 + i).padStart(2, '0')}:00`,
            end: `${String(9 + i).padStart(2, '0')}:00`,
            mode: 'station',
            place: '红帆驿站',
            capacity: 10,
          })),
        },
      }),
    });
    const envelope = (await response.json()) as { ok: boolean; data: { slots: { id: string }[] } };
    if (!envelope.ok) throw new Error(`publishSlots refused: ${JSON.stringify(envelope)}`);
    slots.push(...envelope.data.slots.map((s) => s.id));
  }
  return { slots, dates };
}

/**
 * 50 residents at once against the host in its own process (SQLite, demo data plus a community in
 * use), each sending its next request as soon as the last is answered, for SECONDS seconds.
 * With `profileDir`, the host runs under --cpu-prof and writes its profile there on exit.
 */
export async function loadRun(profileDir?: string): Promise<LoadRun> {
  const data = await seededDataDir((storage, now) => seedLoadData(storage, now, CLIENTS));
  try {
    const host = await startBenchHost(data.dataDir, profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []);
    try {
      const { slots, dates } = await publishSlots(host.url);
      const tokens = await Promise.all(Array.from({ length: CLIENTS }, (_, i) => devLogin(host.url, loadResident(i))));
      const started = performance.now();
      const cpuBefore = host.cpuSeconds();
      const log = await runClients(host.url, tokens, slots, dates, started + SECONDS * 1_000);
      const cpuSeconds = host.cpuSeconds() - cpuBefore;
      const seconds = (performance.now() - started) / 1_000;
      return {
        rps: round(log.latencies.length / seconds, 1),
        p95Ms: round(percentile(log.latencies, 95), 1),
        cpuMsPerRequest: round((cpuSeconds * 1_000) / log.latencies.length, 2),
        errors: log.errors.length,
        refusals: log.refusals,
        log,
      };
    } finally {
      await host.stop();
    }
  } finally {
    data.remove();
  }
}

/** `npm run bench`'s figures: one 30-second run. */
export async function loadBench(): Promise<Record<string, number>> {
  const run = await loadRun();
  if (run.errors > 0) console.error('host.mixed errors, first ones:', run.log.errors.slice(0, 5));
  return {
    'host.mixed.clients': CLIENTS,
    'host.mixed.seconds': SECONDS,
    'host.mixed.rps': run.rps,
    'host.mixed.p95Ms': run.p95Ms,
    'host.mixed.cpuMsPerRequest': run.cpuMsPerRequest,
    'host.mixed.errors': run.errors,
    'host.mixed.refusals': run.refusals,
  };
}

/**
 * `npx tsx bench/load.ts [--runs N] [--profile]`: N runs and their medians; with --profile, the
 * host's top self-time functions under the load (profiles in .tmp/profiles).
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 1;
  const profileDir = args.includes('--profile') ? path.join(root, '.tmp', 'profiles', String(Date.now())) : undefined;
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const results: LoadRun[] = [];
  for (let i = 0; i < runs; i += 1) {
    const run = await loadRun(profileDir);
    results.push(run);
    console.log(
      `run ${i + 1}: ${run.rps} rps, p95 ${run.p95Ms} ms, host CPU ${run.cpuMsPerRequest} ms/request, ${run.errors} errors, ${run.refusals} refusals`,
      JSON.stringify(run.log.byAction),
    );
    if (run.errors > 0) console.log(run.log.errors.slice(0, 5));
  }
  console.log(
    `median of ${runs}: ${median(results.map((r) => r.rps))} rps, p95 ${median(results.map((r) => r.p95Ms))} ms, ` +
      `host CPU ${median(results.map((r) => r.cpuMsPerRequest))} ms/request`,
  );
  if (profileDir) {
    for (const file of readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile'))) {
      const { totalMs, functions, files } = topSelfTime(
        JSON.parse(readFileSync(path.join(profileDir, file), 'utf8')),
        25,
      );
      console.log(
        `\n${file}: ${totalMs.toFixed(0)} ms sampled\n${functions.join('\n')}\n\nby file:\n${files.join('\n')}`,
      );
    }
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
