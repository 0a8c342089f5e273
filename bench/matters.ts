import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openSqliteStorage } from '../cloudfunctions/lib/adapters/sqlite';
import { silentLogger } from '../cloudfunctions/lib/adapters/system/logger';
import type { MatterRecord } from '../cloudfunctions/lib/ports/matters';
import { startHost } from '../host/app';
import { hostConfigFromEnv } from '../host/config';
import { seedDemoData } from '../host/seed';
import { matterCategories } from '@domain/matters/categories';
import { aMatter } from '../tests/support/builders/matters';
import { storeRaisedMatter } from './benchMatters';
import { benchResident, devLogin } from './benchUsers';
import { percentile, round } from './stats';

const MATTERS = 10_000;
const COMMENTS = 100_000;
const RESIDENTS = 200;
const SAMPLES = 300;
const COMMUNITY = 'c-dongmen';

const words = ['停车', '噪音', '电梯', '垃圾', '路灯', '绿化', '漏水', '充电桩', '健身器材', '楼道', '物业费', '井盖'];

/**
 * 居民说事 at scale: one community with 10,000 matters and 100,000 comments in SQLite, then
 * list / detail / raise latencies through the local host's HTTP API (one client, after warm-up).
 */
export async function matterLatency(): Promise<Record<string, number>> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mq-bench-matters-'));
  try {
    const seeded = await seedBenchData(dataDir);
    const host = await startHost(
      { ...hostConfigFromEnv({ MINQING_DEMO_LIFE: 'off' }), port: 0, dataDir, devMode: true },
      { logger: silentLogger },
    );
    try {
      return { ...seeded, ...(await measure(host.url)) };
    } finally {
      await host.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function seedBenchData(dataDir: string): Promise<Record<string, number>> {
  const storage = openSqliteStorage(path.join(dataDir, 'minqing.sqlite'));
  const started = Date.now();
  const now = Date.now();
  await seedDemoData(storage, now);
  for (let i = 0; i < RESIDENTS; i += 1)
    await storage.users.createIfAbsent(benchResident(`u-bench-${i}`, COMMUNITY, now));
  for (let i = 0; i < MATTERS; i += 1) {
    const matter = benchMatter(i, now);
    await storeRaisedMatter(storage, matter, `bt${i}`);
  }
  for (let i = 0; i < COMMENTS; i += 1) {
    const matterIndex = (i * 7919) % MATTERS;
    await storage.comments.create({
      id: `bc${i}`,
      matterId: `bm${matterIndex}`,
      communityId: COMMUNITY,
      authorId: `u-bench-${i % RESIDENTS}`,
      parentId: null,
      body: `第${i}条评论：赞成尽快解决`,
      official: i % 50 === 0,
      state: 'visible',
      flagCount: 0,
      createdAt: now - MATTERS * 60_000 + i * 1000,
    });
  }
  await storage.close();
  return {
    'matter.seedMatters': MATTERS,
    'matter.seedComments': COMMENTS,
    'matter.seedSeconds': round((Date.now() - started) / 1000, 1),
  };
}

function benchMatter(i: number, now: number): MatterRecord {
  // All older than today: the bench residents still have their 5 matters a day to raise.
  const createdAt = now - 2 * 86_400_000 - (MATTERS - i) * 60_000;
  const states = ['open', 'open', 'consulting', 'resolved', 'closed', 'escalated'] as const;
  return aMatter({
    id: `bm${i}`,
    communityId: COMMUNITY,
    authorId: `u-bench-${i % RESIDENTS}`,
    anonymous: i % 10 === 0,
    title: `${words[i % words.length]}问题第${i}号：${words[(i * 7) % words.length]}需要处理`,
    body: '这是用于性能测试的说事内容，描述了小区里需要解决的问题。',
    category: matterCategories[i % matterCategories.length],
    state: states[i % states.length],
    supportCount: (i * 37) % 200,
    pinned: i === MATTERS - 1,
    createdAt,
    updatedAt: createdAt,
    lastActivityAt: createdAt + ((i * 13) % 1000) * 1000,
  });
}

async function measure(url: string): Promise<Record<string, number>> {
  const tokens = await Promise.all(Array.from({ length: RESIDENTS }, (_, i) => devLogin(url, `u-bench-${i}`)));
  const post = async (token: string, body: unknown) => {
    const started = performance.now();
    const response = await fetch(`${url}/api/matter`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const envelope = (await response.json()) as { ok: boolean; code?: string };
    if (!envelope.ok) throw new Error(`bench call failed: ${JSON.stringify(envelope)}`);
    return performance.now() - started;
  };
  const sorts = ['newest', 'supported', 'active'] as const;
  const list = await samples((i) =>
    post(tokens[i % RESIDENTS], {
      action: 'list',
      data: {
        tab: i % 4 === 0 ? 'all' : 'active',
        sort: sorts[i % 3],
        ...(i % 5 === 0 ? { q: words[i % words.length] } : {}),
      },
    }),
  );
  const detail = await samples((i) =>
    post(tokens[i % RESIDENTS], { action: 'detail', data: { matterId: `bm${(i * 31) % MATTERS}` } }),
  );
  const comments = await samples((i) =>
    post(tokens[i % RESIDENTS], { action: 'comments', data: { matterId: `bm${(i * 31) % MATTERS}` } }),
  );
  // Five matters a day per resident: each sample is another resident's first matters.
  const create = await samples((i) =>
    post(tokens[i % RESIDENTS], {
      action: 'raise',
      data: { title: `性能测试说事${i}号`, body: '用于测量提交说事的耗时，内容足够长。', category: 'other' },
      requestId: `bench-raise-${i}-${Date.now().toString(36)}`,
    }),
  );
  return {
    'matter.listP50Ms': round(percentile(list, 50)),
    'matter.listP95Ms': round(percentile(list, 95)),
    'matter.detailP50Ms': round(percentile(detail, 50)),
    'matter.detailP95Ms': round(percentile(detail, 95)),
    'matter.commentsP95Ms': round(percentile(comments, 95)),
    'matter.createP50Ms': round(percentile(create, 50)),
    'matter.createP95Ms': round(percentile(create, 95)),
  };
}

async function samples(once: (i: number) => Promise<number>): Promise<number[]> {
  for (let i = 0; i < 20; i += 1) await once(SAMPLES + i);
  const result: number[] = [];
  for (let i = 0; i < SAMPLES; i += 1) result.push(await once(i));
  return result;
}
