import { seededBackend } from '../support/seededBackend';

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
  const server = await seededBackend();
  const { storage, deps, as } = server;

  /** Calls a `matter` action as a demo user outside the page; fails the test if refused. */
  function act<T = Record<string, unknown>>(userId: string, action: string, data: unknown): Promise<T> {
    return server.act<T>('matter', userId, action, data);
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
    // The next one is raised a moment later, as it would be: a matter's id derives from its request
    // id, so two raised in the same millisecond would list newest-first in no particular order.
    deps.clock.advance(1);
    return matter.id;
  }

  /** A resident raises a matter and the committee of 东门社区 publishes it. */
  async function publish(userId: string, title: string, extra: Record<string, unknown> = {}): Promise<string> {
    const id = await raise(userId, title, extra);
    await act('u-committee-chen', 'moderate', { targetType: 'matter', targetIds: [id], decision: 'approve' });
    return id;
  }

  /** Calls a `visit` action as a demo user outside the page; fails the test if refused. */
  function visit<T = Record<string, any>>(userId: string, action: string, data: unknown): Promise<T> {
    return server.act<T>('visit', userId, action, data);
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

  /** The resident as if WeChat had never vouched for their number (the demo seed verified it). */
  async function unverifyPhone(userId: string): Promise<void> {
    const user = (await storage.users.findById(userId))!;
    await storage.users.updateProfile(
      user.id,
      { ...user, communityId: user.communityId!, phone: '', phoneVerifiedAt: null },
      user.updatedAt,
    );
  }

  return { storage, deps, as, act, raise, publish, raiseFromVisit, unverifyPhone };
}

/** Lets the local content checker deliver its (asynchronous) image verdicts. */
export const flushImmediates = () => new Promise((resolve) => setImmediate(resolve));
