import { demoUsers } from '../seed';
import type { DemoActors } from './actors';
import type { DemoCalendar } from './calendar';

interface InboxPage {
  items: { id: string; createdAt: number; read: boolean }[];
  nextCursor: string | null;
}

/**
 * People read their news: what reached each demo user before the day before yesterday is read,
 * the last two days' stays unread, so the 我的 badge shows a handful, not a month's worth.
 */
export async function readOldNews(actors: DemoActors, calendar: DemoCalendar): Promise<void> {
  const readBefore = calendar.at(-2, '00:00');
  for (const user of demoUsers.filter((u) => u.communityIds.length > 0)) {
    const old = await oldUnreadIds(actors, user.id, readBefore);
    actors.at(readBefore);
    for (let i = 0; i < old.length; i += 50) {
      await actors.act(user.id, 'notification', 'markRead', { ids: old.slice(i, i + 50) });
    }
  }
}

async function oldUnreadIds(actors: DemoActors, userId: string, before: number): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page: InboxPage = await actors.act<InboxPage>(userId, 'notification', 'inbox', {
      limit: 50,
      ...(cursor ? { cursor } : {}),
    });
    ids.push(...page.items.filter((item) => !item.read && item.createdAt < before).map((item) => item.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}
