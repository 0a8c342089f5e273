import Taro from '@tarojs/taro';
import { shanghaiWallClockToMs } from '@domain/time';
import { committeeBackend } from './committeeBackend';

export { $, click, text } from './dom';

/** The next visit day after the test clock's 2026-11-27, and the one after it. */
export const VISIT_DAY = '2026-12-05';
export const NEXT_VISIT_DAY = '2026-12-15';

export const station = { start: '09:00', end: '11:00', mode: 'station', place: '东门社区红帆驿站', capacity: 2 };
export const home = { start: '14:00', end: '16:00', mode: 'home', place: '', capacity: 3 };

/**
 * The real server behind the 民意5来听 page tests: one SQLite database shared by the demo users
 * (刘建国 the cadre of 东门 and 西门, 张桂兰 and 李明 of 东门, 陈秀英 of 东门's committee), and
 * helpers that act through the `visit` function outside the page.
 */
export async function cadreBackend() {
  const server = await committeeBackend();

  function visit<T = Record<string, unknown>>(userId: string, action: string, data: unknown): Promise<T> {
    return server.seeded.act<T>('visit', userId, action, data);
  }

  type Slot = { id: string; start: string; end: string };
  async function publish(slots: object[], date = VISIT_DAY, communityId = 'c-dongmen'): Promise<Slot[]> {
    return (await visit<{ slots: Slot[] }>('u-cadre-liu', 'publishSlots', { communityId, date, slots })).slots;
  }

  type Booking = { id: string; state: string };
  async function book(userId: string, slotId: string, topic: string, address = '') {
    const phone = userId === 'u-resident-zhang' ? '13805371234' : '13905372345';
    return (await visit<{ booking: Booking }>(userId, 'book', { slotId, topic, address, phone })).booking;
  }

  /** The morning of the visit day: attendance, walk-ins and records are for the day itself. */
  function toVisitDay(time = '09:00') {
    server.deps.clock.advance(shanghaiWallClockToMs(VISIT_DAY, time) - server.deps.clock.now());
  }

  return { ...server, visit, publish, book, toVisitDay };
}

/** The page's clock agrees with the server's; the page is opened with these query parameters. */
export function openAt(now: number, path: string, params: Record<string, string> = {}) {
  jest.spyOn(Date, 'now').mockReturnValue(now);
  (Taro.getCurrentInstance as jest.Mock).mockReturnValue({ router: { path, params }, page: {} });
}

export { typeInto } from './dom';
