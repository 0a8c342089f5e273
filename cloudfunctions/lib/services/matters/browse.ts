import { AppError } from '@domain/errors';
import type { MatterCategory } from '@domain/matters/categories';
import { titleSearchTerms } from '@domain/matters/similarity';
import type { MatterState } from '@domain/matters/states';
import { isCommitteeOf } from '@domain/matters/visibility';
import { decodeCursor, encodeCursor, type CursorPosition } from '@domain/pagination';
import type { Deps } from '../../deps';
import type { MatterRecord, MatterRelation, MatterSort } from '../../ports/matters';
import type { Page, UserRecord } from '../../ports/storage';
import type { ActionContext } from '../../service';
import { requireUser } from '../requireUser';
import { peopleOf, toCommentView, toDetail, toSummary, usersById, type UsersById } from './present';
import { communityFor, viewerOf, visibleMatter } from './viewer';

/** The list's tabs, in the words residents use: in progress, solved, ended otherwise, all. */
const statesByTab: Record<'active' | 'resolved' | 'ended' | 'all', readonly MatterState[]> = {
  active: ['open', 'consulting', 'escalated'],
  resolved: ['resolved', 'closed'],
  ended: ['closed_unresolved', 'referred'],
  all: ['open', 'consulting', 'escalated', 'resolved', 'closed', 'closed_unresolved', 'referred'],
};

export function cursorOrThrow(cursor: string | undefined): CursorPosition | null {
  if (cursor === undefined) return null;
  const position = decodeCursor(cursor);
  if (!position) throw new AppError('BAD_INPUT', '分页参数无效', [{ path: 'cursor', message: '分页参数无效' }]);
  return position;
}

export function nextCursorOf<T>(page: Page<T>): string | null {
  return page.next ? encodeCursor(page.next) : null;
}

export interface ListInput {
  communityId?: string;
  tab: keyof typeof statesByTab;
  category?: MatterCategory;
  sort: MatterSort;
  q?: string;
  cursor?: string;
  limit: number;
}

/** How many pinned matters lead a list's first page. */
const PINNED_SHOWN = 10;

/** Pinned matters lead the first page of a list; then the chosen order. */
export async function list({ caller, deps }: ActionContext, input: ListInput) {
  const user = requireUser(caller);
  const communityId = communityFor(user, input.communityId);
  const after = cursorOrThrow(input.cursor);
  const base = {
    communityId,
    states: statesByTab[input.tab],
    category: input.category,
    sort: input.sort,
    terms: input.q ? titleSearchTerms(input.q) : [],
    limit: input.limit,
  };
  if (after !== null) {
    const page = await deps.storage.matters.list({ ...base, pinned: false, after });
    return summaries(deps, user, page.items, nextCursorOf(page));
  }
  const first = await deps.storage.matters.listFirstPage(base, PINNED_SHOWN);
  return summaries(deps, user, [...first.pinned, ...first.others.items], nextCursorOf(first.others));
}

async function summaries(deps: Deps, user: UserRecord, matters: MatterRecord[], nextCursor: string | null) {
  const users = await usersById(deps, matters.flatMap(peopleOf));
  const viewer = viewerOf(user);
  return { items: matters.map((m) => toSummary(deps, viewer, users, m)), nextCursor };
}

/** Comments shown per page: the detail's first page and each further `comments` page alike. */
export const COMMENTS_FIRST_PAGE = 20;

/**
 * A matter as its page opens: the detail, the timeline, the consultation and the first page of
 * comments in one call, their people named by one read.
 */
export async function detail({ caller, deps }: ActionContext, input: { matterId: string }) {
  const user = requireUser(caller);
  const matter = await visibleMatter(deps, caller, input.matterId);
  const [timeline, relation, threads] = await Promise.all([
    deps.storage.matters.timeline(matter.id, matter),
    deps.storage.matters.relationOf(matter.id, user.id),
    commentThreads(deps, user, matter, null, COMMENTS_FIRST_PAGE),
  ]);
  // A consultation is stored after the convene entry of the timeline: without one, there is none.
  const convened = timeline.some((entry) => entry.transition === 'convene');
  const consultation = convened ? await deps.storage.consultations.findByMatter(matter.id) : null;
  const users = await usersById(deps, [...peopleOf(matter), ...(consultation?.cadreIds ?? []), ...threads.people]);
  const viewer = viewerOf(user);
  return {
    ...toDetail(deps, viewer, users, matter, { timeline, consultation, relation }),
    comments: threads.present(users),
  };
}

/**
 * One page of a matter's comment threads, as the viewer may see them (others see neither
 * comments waiting for review nor hidden ones' text), and whose names they need.
 */
async function commentThreads(
  deps: Deps,
  user: UserRecord,
  matter: MatterRecord,
  after: CursorPosition | null,
  limit: number,
) {
  const page = await deps.storage.comments.listThreads(matter.id, after, limit);
  const viewer = viewerOf(user);
  const committee = isCommitteeOf(viewer, matter.communityId);
  const shown = (c: { state: string; authorId: string }) =>
    committee || c.state === 'visible' || c.authorId === user.id;
  const threads = page.items.filter(shown).map((t) => ({ ...t, replies: t.replies.filter(shown) }));
  return {
    people: threads.flatMap((t) => [t.authorId, ...t.replies.map((r) => r.authorId)]),
    present: (users: UsersById) => ({
      items: threads.map((t) => ({
        ...toCommentView(viewer, users, t, matter),
        replies: t.replies.map((r) => toCommentView(viewer, users, r, matter)),
      })),
      nextCursor: nextCursorOf(page),
    }),
  };
}

/** The next page of comments (the first comes with the detail), or all of them again after writing one. */
export async function comments(
  { caller, deps }: ActionContext,
  input: { matterId: string; cursor?: string; limit: number },
) {
  const user = requireUser(caller);
  const matter = await visibleMatter(deps, caller, input.matterId);
  const threads = await commentThreads(deps, user, matter, cursorOrThrow(input.cursor), input.limit);
  return threads.present(await usersById(deps, threads.people));
}

export async function mine(
  { caller, deps }: ActionContext,
  input: { relation: MatterRelation; cursor?: string; limit: number },
) {
  const user = requireUser(caller);
  const page = await deps.storage.matters.listByUser(user.id, input.relation, cursorOrThrow(input.cursor), input.limit);
  return summaries(deps, user, page.items, nextCursorOf(page));
}
