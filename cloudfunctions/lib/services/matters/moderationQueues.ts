import {
  moderationQueues as queues,
  type ModerationQueueKey,
  type QueueKind,
  type QueueTarget,
} from '@domain/matters/moderationQueues';
import type { CursorPosition } from '@domain/pagination';
import type { Deps } from '../../deps';
import { bodyPreview, type QueueAuthor } from '@domain/matters/queueAuthor';
import type { AuthorTally, CommentRecord, MatterRecord } from '../../ports/matters';
import type { Page } from '../../ports/storage';
import type { ActionContext } from '../../service';
import { requireUser } from '../requireUser';
import { cursorOrThrow, nextCursorOf } from './browse';
import { peopleOf, photosFor, toCommentView, toSummary, usersById, type UsersById } from './present';
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

/** What the pages need besides their records: names, the comments' matters, the authors' tallies. */
interface Lookups {
  users: UsersById;
  mattersById: Map<string, MatterRecord>;
  tallies: Map<string, AuthorTally>;
}

/** Who must be named, which matters titled and whose record counted on these pages: read once for all of them. */
async function lookupsFor(deps: Deps, pages: RawPage[]): Promise<Lookups> {
  const matterIds = new Set<string>();
  const people: string[] = [];
  const authors = new Set<string>();
  for (const raw of pages) {
    if (raw.target === 'matter')
      for (const m of raw.page.items) {
        people.push(...peopleOf(m));
        authors.add(m.authorId);
      }
    else
      for (const c of raw.page.items) {
        people.push(c.authorId);
        matterIds.add(c.matterId);
      }
  }
  const [users, matters, tallies] = await Promise.all([
    usersById(deps, people),
    matterIds.size > 0 ? deps.storage.matters.findByIds([...matterIds]) : Promise.resolve([]),
    authors.size > 0 ? deps.storage.matters.tallyByAuthors([...authors]) : Promise.resolve([]),
  ]);
  return {
    users,
    mattersById: new Map(matters.map((m) => [m.id, m])),
    tallies: new Map(tallies.map((t) => [t.authorId, t])),
  };
}

/** The author as the committee weighs a matter: where they live, a vouched phone, their other matters. */
function authorContextOf(matter: MatterRecord, { users, tallies }: Lookups): QueueAuthor {
  if (matter.onBehalf?.staffId === matter.authorId) {
    // 红色代办 for a resident without an account: the staff member is not the one to weigh; the
    // resident has no record here, only the place the matter names.
    const { communityId, compoundId, building } = matter;
    return { communityId, compoundId, building, phoneVerified: false, otherMatters: 0, rejectedMatters: 0 };
  }
  const author = users.get(matter.authorId);
  const tally = tallies.get(matter.authorId);
  return {
    communityId: author?.communityId ?? null,
    compoundId: author?.compoundId ?? null,
    building: author?.building ?? '',
    phoneVerified: Boolean(author?.phoneVerifiedAt),
    otherMatters: Math.max(0, (tally?.raised ?? 1) - 1),
    rejectedMatters: Math.max(0, (tally?.rejected ?? 0) - (matter.state === 'rejected' ? 1 : 0)),
  };
}

function present(deps: Deps, viewer: Viewer, raw: RawPage, lookups: Lookups) {
  const { users, mattersById } = lookups;
  if (raw.target === 'matter') {
    return {
      matters: raw.page.items.map((m) => ({
        ...toSummary(deps, viewer, users, m),
        needsReview: m.needsReview,
        flagCount: m.flagCount,
        ...bodyPreview(m.body),
        photos: photosFor(deps, viewer, m),
        authorContext: authorContextOf(m, lookups),
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
  return present(deps, viewerOf(user), raw, await lookupsFor(deps, [raw]));
}

/** The first page of each of the four queues in one call: what 说事审核 shows when it opens. */
export async function moderationQueues(
  { caller, deps }: ActionContext,
  input: { communityId?: string; limit: number },
) {
  const user = requireUser(caller);
  const communityId = communityFor(user, input.communityId);
  const pages = await Promise.all(queues.map((q) => readPage(deps, communityId, q.kind, q.target, null, input.limit)));
  const lookups = await lookupsFor(deps, pages);
  const viewer = viewerOf(user);
  return Object.fromEntries(queues.map((q, i) => [q.key, present(deps, viewer, pages[i], lookups)])) as Record<
    ModerationQueueKey,
    ReturnType<typeof present>
  >;
}
