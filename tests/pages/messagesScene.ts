import { followClock, station, visitsBackend } from './visitsBackend';

/** The next three visit days after the test clock's 2026-11-27. */
export const DAYS = ['2026-12-05', '2026-12-15', '2026-12-25'];

export type MessagesServer = Awaited<ReturnType<typeof visitsBackend>>;

/** The visits backend on the test clock, with calls to `notification` and 李明's bookings. */
export async function setup() {
  const server = await visitsBackend();
  followClock(server.deps);
  let requests = 0;
  /** Calls a `notification` action as a user, outside the page. */
  async function notification<T>(userId: string, action: string, data: unknown = {}): Promise<T> {
    requests += 1;
    const requestId = `notice-${String(requests).padStart(6, '0')}`;
    const envelope = await server.as(userId)('notification', { action, data, requestId });
    if (!envelope.ok) throw new Error(`${action} refused: ${envelope.code} ${envelope.message}`);
    return envelope.data as T;
  }
  /** 李明 books the 09:00 station slot of a visit day: the server tells him 预约成功. */
  async function liBooks(date: string, topic: string) {
    const [slot] = await server.publish([station], date);
    return (await server.book('u-resident-li', slot.id, { topic })).booking;
  }
  const unread = async (userId: string) => (await notification<{ unread: number }>(userId, 'unreadCount')).unread;
  return { ...server, notification, liBooks, unread };
}
