import { upcomingVisitDays } from '@domain/visits/days';
import type { BookingView, SlotView } from '@domain/visits/views';
import { seededBackend } from '../support/seededBackend';

export const station = { start: '09:00', end: '11:00', mode: 'station', place: '东门社区红帆驿站', capacity: 2 };
export const home = { start: '14:00', end: '16:00', mode: 'home', place: '', capacity: 3 };

/**
 * The real server behind the 民意5来听 page tests: one in-memory SQLite database with the demo seed,
 * shared by several demo users, so the cadre can publish slots and other residents can book before
 * a page renders as one of them. The test clock starts 2026-11-27 10:00 Shanghai.
 */
export async function visitsBackend() {
  const { storage, deps, as, act: actOn } = await seededBackend();
  /** The next visit day after the test clock's today: 2026-12-05. */
  const visitDay = upcomingVisitDays(deps.clock.now(), 1)[0];

  /** Calls a `visit` action as a demo user outside the page; fails the test if refused. */
  function act<T = Record<string, unknown>>(userId: string, action: string, data: unknown): Promise<T> {
    return actOn<T>('visit', userId, action, data);
  }

  /** 刘建国 publishes slots for 东门社区 on the next visit day. */
  async function publish(slots: object[], date = visitDay): Promise<SlotView[]> {
    const result = await act<{ slots: SlotView[] }>('u-cadre-liu', 'publishSlots', {
      communityId: 'c-dongmen',
      date,
      slots,
    });
    return result.slots;
  }

  /** A resident books a slot outside the page. */
  async function book(userId: string, slotId: string, extra: Record<string, unknown> = {}) {
    return act<{ booking: BookingView; status: string }>(userId, 'book', {
      slotId,
      topic: '楼道灯坏了想当面说',
      address: '',
      phone: '13905372345',
      ...extra,
    });
  }

  /** Moves the server's clock to a Shanghai wall-clock time (and the page's with it, see `followClock`). */
  function setTime(ms: number) {
    deps.clock.advance(ms - deps.clock.now());
  }

  return { storage, deps, as, act, publish, book, visitDay, setTime };
}

/** The page reads Date.now() for the cut-offs: let it read the test clock. */
export function followClock(deps: { clock: { now(): number } }) {
  return jest.spyOn(Date, 'now').mockImplementation(() => deps.clock.now());
}
