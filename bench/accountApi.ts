import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { silentLogger } from '../cloudfunctions/lib/adapters/system/logger';
import { startHost } from '../host/app';
import { hostConfigFromEnv } from '../host/config';
import { percentile, round } from './stats';

const WARMUP = 50;
const SAMPLES = 500;

/**
 * Latency of account actions through the local host's HTTP API (HTTP + session + handler +
 * SQLite), one request at a time, after a warm-up.
 */
export async function accountApiLatency(): Promise<Record<string, number>> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mq-bench-'));
  const host = await startHost(
    { ...hostConfigFromEnv({ MINQING_DEMO_LIFE: 'off' }), port: 0, dataDir, devMode: true },
    { logger: silentLogger },
  );
  try {
    const login = await fetch(`${host.url}/api/dev/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: 'u-resident-li' }),
    });
    const { data } = (await login.json()) as { data: { token: string } };
    const call = async (body: unknown) => {
      const started = performance.now();
      const response = await fetch(`${host.url}/api/account`, {
        method: 'POST',
        headers: { authorization: `Bearer ${data.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`bench call failed: ${response.status} ${await response.text()}`);
      await response.arrayBuffer();
      return performance.now() - started;
    };
    const me = await measure(() => call({ action: 'me' }));
    let n = 0;
    const update = await measure(() =>
      call({
        action: 'updateProfile',
        data: { name: '李明', communityId: 'c-dongmen', building: `8号楼${(n += 1) % 30}单元` },
        requestId: `bench-${Date.now().toString(36)}-${n}`,
      }),
    );
    return {
      'account.meP50Ms': round(percentile(me, 50)),
      'account.meP95Ms': round(percentile(me, 95)),
      'account.updateProfileP50Ms': round(percentile(update, 50)),
      'account.updateProfileP95Ms': round(percentile(update, 95)),
    };
  } finally {
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function measure(once: () => Promise<number>): Promise<number[]> {
  for (let i = 0; i < WARMUP; i += 1) await once();
  const samples: number[] = [];
  for (let i = 0; i < SAMPLES; i += 1) samples.push(await once());
  return samples;
}
