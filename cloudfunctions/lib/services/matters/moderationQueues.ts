import {
  moderationQueues as queues,
  type ModerationQueueKey,
  type QueueKind,
  type QueueTarget,
} from '@domain/matters/moderationQueues';
import type { CursorPosition } from '@domain/pagination';
import type { Deps } from '../../deps';
import type { CommentRecord, MatterRecord } from '../../ports/matters';
import type { Page } from '../../ports/storage';
import type { ActionContext } from '../../service';
import { requireUser } from '../requireUser';
import { cursorOrThrow, nextCursorOf } from './browse';
import { peopleOf, toCommentView, toSummary, usersById, type UsersById } from './present';
import type { MatterViewer as Viewer } from '@domain/matters/visibility';
import { communityFor, viewerOf } from './viewer';

/** One page of one queue as read, before names are put to it. */
type RawPage = { target: 'matter'; page: Page<MatterRecord> } | { target: 'comment'; page: Page<CommentRecord> };

function readPage(
  deps: Deps,
  communityId: string,
  kind: QueueKind,
  target: QueueTarget,
  after: CursorPosition | null,
  limit: number,
): Promise<RawPage> {
  return target === 'matter'
    ? deps.storage.matters.moderationQueue(communityId, kind, after, limit).then((page) => ({ target, page }))
    : deps.storage.comments.moderationQueue(communityId, kind, after, limit).then((page) => ({ target, page }));
}

/** Who must be named and which matters titled on these pages: read once for all of them. */
async function namesAndMatters(deps: Deps, pages: RawPage[]) {
  const matterIds = new Set<string>();
  const people: string[] = [];
  for (const raw of pages) {
    if (raw.target === 'matter') people.push(...raw.page.items.flatMap(peopleOf));
    else
      for (const c of raw.page.items) {
        people.push(c.authorId);
        matterIds.add(c.matterId);
      }
  }
  const [users, matters] = await Promise.all([
    usersById(deps, people),
    matterIds.size > 0 ? deps.storage.matters.findByIds([...matterIds]) : Promise.resolve([]),
  ]);
  return { users, mattersById: new Map(matters.map((m) => [m.id, m])) };
}

function present(deps: Deps, viewer: Viewer, raw: RawPage, users: UsersById, mattersById: Map<string, MatterRecord>) {
  if (raw.target === 'matter') {
    return {
      matters: raw.page.items.map((m) => ({
        ...toSummary(deps, viewer, users, m),
        needsReview: m.needsReview,
        flagCount: m.flagCount,
      })),
      comments: [],
      nextCursor: nextCursorOf(raw.page),
    };
  }
  return {
    matters: [],
    comments: raw.page.items.map((c) => ({
      // The committee sees every author; a comment whose matter is gone is shown as not anonymous.
      ...toCommentView(viewer, users, c, mattersById.get(c.matterId) ?? { ...c, anonymous: false, state: 'open' }),
      flagCount: c.flagCount,
      matterTitle: mattersById.get(c.matterId)?.title ?? '',
    })),
    nextCursor: nextCursorOf(raw.page),
  };
}

/** The next page of one queue (the page's 加载更多). */
export async function moderationQueue(
  { caller, deps }: ActionContext,
  input: { communityId?: string; kind: QueueKind; target: QueueTarget; cursor?: string; limit: number },
) {
  const user = requireUser(caller);
  const communityId = communityFor(user, input.communityId);
  const raw = await readPage(deps, communityId, input.kind, input.target, cursorOrThrow(input.cursor), input.limit);
  const { users, mattersById } = await namesAndMatters(deps, [raw]);
  return present(deps, viewerOf(user), raw, users, mattersById);
}

/** The first page of each of the four queues in one call: what 说事审核 shows when it opens. */
export async function moderationQueues(
  { caller, deps }: ActionContext,
  input: { communityId?: string; limit: number },
) {
  const user = requireUser(caller);
  const communityId = communityFor(user, input.communityId);
  const pages = await Promise.all(queues.map((q) => readPage(deps, communityId, q.kind, q.target, null, input.limit)));
  const { users, mattersById } = await namesAndMatters(deps, pages);
  const viewer = viewerOf(user);
  return Object.fromEntries(
    queues.map((q, i) => [q.key, present(deps, viewer, pages[i], users, mattersById)]),
  ) as Record<ModerationQueueKey, ReturnType<typeof present>>;
}
