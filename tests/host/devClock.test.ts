import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startHost, type RunningHost } from '../../host/app';
import { hostConfigFromEnv } from '../../host/config';
import { silentLogger } from '../../cloudfunctions/lib/adapters/system/logger';
import { shanghaiWallClockToMs } from '@domain/time';

async function post(host: RunningHost, route: string, body: unknown, token?: string) {
  const response = await fetch(`${host.url}${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { ok: boolean; code?: string; data: any } };
}

async function hostIn(devMode: boolean): Promise<RunningHost> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mq-clock-'));
  return startHost(
    {
      ...hostConfigFromEnv({ MINQING_DEMO_LIFE: 'off' }),
      port: 0,
      dataDir,
      devMode,
      webRoot: path.join(dataDir, 'no-web'),
    },
    { logger: silentLogger },
  );
}

describe('the dev host’s settable clock', () => {
  it('moves the services’ time in dev mode (a visit day for attendance), and back to the real time', async () => {
    const host = await hostIn(true);
    try {
      const visitDay = shanghaiWallClockToMs('2030-01-05', '09:30');
      const set = await post(host, '/api/dev/clock', { at: visitDay });
      expect(set.body).toMatchObject({ ok: true });
      expect(Math.abs(set.body.data.now - visitDay)).toBeLessThan(5_000);
      const token = (await post(host, '/api/dev/login', { userId: 'u-resident-li' })).body.data.token as string;
      const days = await post(host, '/api/visit', { action: 'days', requestId: 'req-days-0001', data: {} }, token);
      expect(days.body.data.days[0].date).toBe('2030-01-05');
      expect((await post(host, '/api/dev/clock', { at: 'tomorrow' })).body).toMatchObject({ code: 'BAD_INPUT' });
      const back = await post(host, '/api/dev/clock', { at: null });
      expect(Math.abs(back.body.data.now - Date.now())).toBeLessThan(5_000);
    } finally {
      await host.close();
    }
  });

  it('does not exist in production mode', async () => {
    const host = await hostIn(false);
    try {
      const answer = await post(host, '/api/dev/clock', { at: Date.now() + 86_400_000 });
      expect(answer.body.ok).toBe(false);
    } finally {
      await host.close();
    }
  });
});
