import { openSqliteStorage } from '../../cloudfunctions/lib/adapters/sqlite';
import { createHandler } from '../../cloudfunctions/lib/handler';
import { servicesByFunction } from '../../cloudfunctions/lib/services';
import { functionNames, type FunctionName } from '@domain/contract';
import { demoOpenid, seedDemoData } from '../../host/seed';
import { contextFor, testDeps } from '../support/testDeps';
import type { Backend } from './render';

// The local content checker delivers image verdicts with setImmediate, which jest's jsdom
// environment does not provide; Node's own is the one it gets in the host.
if (typeof globalThis.setImmediate === 'undefined') {
  Object.assign(globalThis, { setImmediate: require('node:timers').setImmediate });
}

/**
 * The real server behind the 说事 page tests: one in-memory SQLite database with the demo seed,
 * shared by several demo users, so residents and the committee can set the scene before a page
 * renders as one of them.
 */
export async function mattersBackend() {
  const storage = openSqliteStorage(':memory:');
  const deps = testDeps(storage);
  await seedDemoData(storage, deps.clock.now());
  const handlers = new Map(functionNames.map((fn) => [fn, createHandler(fn, servicesByFunction[fn] as never, deps)]));
  const as =
    (userId: string): Backend =>
    (fn, event) =>
      handlers.get(fn as FunctionName)!(event, contextFor(demoOpenid(userId)));
  let requests = 0;

  /** Calls a consultation action as a demo user outside the page; fails the test if refused. */
  async function act<T = Record<string, unknown>>(userId: string, action: string, data: unknown): Promise<T> {
    requests += 1;
    const requestId = `scene-${String(requests).padStart(6, '0')}`;
    const envelope = await as(userId)('matter', { action, data, requestId });
    if (!envelope.ok) throw new Error(`${action} as ${userId} refused: ${envelope.code} ${envelope.message}`);
    return envelope.data as T;
  }

  /** A resident raises a matter (it waits for review); returns its id. */
  async function raise(userId: string, title: string, extra: Record<string, unknown> = {}): Promise<string> {
    const body = `${title}，希望居委会帮忙协调解决一下。`;
    const { matter } = await act<{ matter: { id: string } }>(userId, 'raise', {
      title,
      body,
      category: 'parking',
      ...extra,
    });
    return matter.id;
  }

  /** A resident raises a matter and the committee of 东门社区 publishes it. */
  async function publish(userId: string, title: string, extra: Record<string, unknown> = {}): Promise<string> {
    const id = await raise(userId, title, extra);
    await act('u-committee-chen', 'moderate', { targetType: 'matter', targetIds: [id], decision: 'approve' });
    return id;
  }

  /** Calls a visit action as a demo user outside the page; fails the test if refused. */
  async function visit<T = Record<string, any>>(userId: string, action: string, data: unknown): Promise<T> {
    requests += 1;
    const envelope = await as(userId)('visit', {
      action,
      data,
      requestId: `scene-${String(requests).padStart(6, '0')}`,
    });
    if (!envelope.ok) throw new Error(`${action} as ${userId} refused: ${envelope.code} ${envelope.message}`);
    return envelope.data as T;
  }

  /**
   * 刘建国 visits 张桂兰 on 12月5日 and turns the visit into a matter for her (anonymous or not);
   * the committee of 东门社区 publishes it unless asked not to. Returns its id.
   */
  async function raiseFromVisit(title: string, anonymous: boolean, publish = true): Promise<string> {
    const { slots } = await visit('u-cadre-liu', 'publishSlots', {
      communityId: 'c-dongmen',
      date: '2026-12-05',
      slots: [{ start: '09:00', end: '11:00', mode: 'station', place: '东门社区红帆驿站', capacity: 2 }],
    });
    const { booking } = await visit('u-resident-zhang', 'book', {
      slotId: slots[0].id,
      topic: '楼道灯坏了想当面说',
      phone: '13805371234',
    });
    deps.clock.advance(8 * 86_400_000); // the visit day: a visit is recorded once it happened
    const { record } = await visit('u-cadre-liu', 'recordVisit', {
      bookingId: booking.id,
      heard: '3号楼楼道灯坏了一个月，老人晚上不敢下楼',
    });
    const { matterId } = await visit('u-cadre-liu', 'openMatter', {
      recordId: record.id,
      title,
      category: 'facilities',
      anonymous,
    });
    if (publish) {
      await act('u-committee-chen', 'moderate', { targetType: 'matter', targetIds: [matterId], decision: 'approve' });
    }
    return matterId as string;
  }

  return { storage, deps, as, act, raise, publish, raiseFromVisit };
}

/** Lets the local content checker deliver its (asynchronous) image verdicts. */
export const flushImmediates = () => new Promise((resolve) => setImmediate(resolve));
