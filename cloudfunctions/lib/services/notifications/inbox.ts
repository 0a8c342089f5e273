import { kindStatus, notificationPage } from '@domain/notifications/kinds';
import type { InboxItem } from '@domain/notifications/views';
import type { InboxEntry } from '../../ports/notifications';
import type { ActionContext } from '../../service';
import { cursorOrThrow, nextCursorOf } from '../matters/browse';
import { requireUser } from '../requireUser';

function toItem(entry: InboxEntry): InboxItem {
  return {
    id: entry.id,
    kind: entry.kind,
    status: kindStatus[entry.kind],
    title: entry.title,
    text: entry.text,
    page: notificationPage({ type: entry.refType, id: entry.refId }),
    createdAt: entry.createdAt,
    read: entry.readAt !== null,
  };
}

export async function inbox(ctx: ActionContext, input: { cursor?: string; limit: number }) {
  const user = requireUser(ctx.caller);
  const page = await ctx.deps.storage.inbox.list(user.id, cursorOrThrow(input.cursor), input.limit);
  return {
    items: page.items.map(toItem),
    nextCursor: nextCursorOf(page),
    unread: await ctx.deps.storage.inbox.unreadCount(user.id),
  };
}

export async function unreadCount(ctx: ActionContext) {
  const user = requireUser(ctx.caller);
  return { unread: await ctx.deps.storage.inbox.unreadCount(user.id) };
}

/** Only the caller's own entries change: someone else's ids are ignored, not an error to probe with. */
export async function markRead(ctx: ActionContext, input: { ids: string[] }) {
  const user = requireUser(ctx.caller);
  await ctx.deps.storage.inbox.markRead(user.id, input.ids, ctx.deps.clock.now());
  return unreadCount(ctx);
}

export async function markAllRead(ctx: ActionContext) {
  const user = requireUser(ctx.caller);
  await ctx.deps.storage.inbox.markAllRead(user.id, ctx.deps.clock.now());
  return { unread: 0 };
}
