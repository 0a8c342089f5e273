import path from 'node:path';
import { openSqliteStorage } from '../../cloudfunctions/lib/adapters/sqlite';
import { upcomingVisitDays } from '@domain/visits/days';
import { benchResident, devLogin } from '../benchUsers';
import { seededDataDir, startBenchHost } from '../hostProcess';
import { contentionFigures, type ContentionFigures } from './figures';
import { verifyFromStorage } from './invariants';
import type { ContentionPlan } from './plan';
import { CADRE, publishSlots, runWorkload, type VisitCaller } from './workload';

const COMMUNITY = 'c-dongmen';

/** `visit` over the host's HTTP API, each user with the session of its own dev login. */
function httpCaller(url: string, tokens: Map<string, string>): VisitCaller {
  let counter = 0;
  return async (userId, action, data) => {
    const response = await fetch(`${url}/api/visit`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.get(userId)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ action, data, requestId: `bench-contention-${(counter += 1)}` }),
    });
    return response.json();
  };
}

/**
 * A contention run on SQLite the way production runs it there: the host in its own process, the
 * clients over HTTP. better-sqlite3 is synchronous, so the host serves each request's storage work
 * without interleaving; what is under test is the whole path (sessions, handlers, services,
 * transactions) under 200 connections. The invariants are read from the database file afterwards.
 */
export async function contentionOnHost(plan: ContentionPlan): Promise<ContentionFigures> {
  const residents = Array.from({ length: plan.clients * plan.residentsPerClient }, (_, i) => `u-contention-${i}`);
  const data = await seededDataDir(async (storage, now) => {
    for (const id of residents) await storage.users.createIfAbsent(benchResident(id, COMMUNITY, now));
  });
  try {
    const host = await startBenchHost(data.dataDir);
    let log;
    let slots;
    let seconds;
    try {
      const tokens = new Map<string, string>();
      const users = [CADRE, ...residents];
      // Signed in 50 at a time: a thousand sign-ins one by one would take longer than the run.
      for (let i = 0; i < users.length; i += 50) {
        const batch = users.slice(i, i + 50);
        const batchTokens = await Promise.all(batch.map((id) => devLogin(host.url, id)));
        batch.forEach((id, j) => tokens.set(id, batchTokens[j]));
      }
      const call = httpCaller(host.url, tokens);
      // Booking closes the day before: start from the visit days after tomorrow.
      const dates = upcomingVisitDays(Date.now() + 2 * 86_400_000, plan.visitDays);
      slots = await publishSlots(call, COMMUNITY, dates, plan);
      const started = performance.now();
      log = await runWorkload(call, residents, slots, plan);
      seconds = (performance.now() - started) / 1_000;
    } finally {
      await host.stop();
    }
    const storage = openSqliteStorage(path.join(data.dataDir, 'minqing.sqlite'));
    try {
      const verdict = await verifyFromStorage(
        storage,
        slots.map((s) => s.id),
        log.attempts,
      );
      return contentionFigures(log, verdict, seconds);
    } finally {
      await storage.close();
    }
  } finally {
    data.remove();
  }
}
