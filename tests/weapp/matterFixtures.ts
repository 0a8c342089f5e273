/**
 * 居民说事 answers for the weapp tests, made by the server's own presenters
 * (cloudfunctions/lib/services/matters/present.ts) from stored records, so anonymity, `mine`,
 * photo urls and timeline labels come out exactly as the consultation function sends them.
 */
import type { Deps } from '../../cloudfunctions/lib/deps';
import type { CommentRecord, MatterRecord, TimelineRecord } from '../../cloudfunctions/lib/ports/matters';
import type { ConsultationRecord } from '../../cloudfunctions/lib/ports/consultations';
import {
  toCommentView,
  toDetail,
  toSummary,
  type DetailParts,
} from '../../cloudfunctions/lib/services/matters/present';
import { encodeCursor } from '@domain/pagination';
import type { MatterViewer } from '@domain/matters/visibility';
import type { CommentThread, MatterDetail, MatterSummary } from '@domain/matters/views';
import type { SelfView } from '@domain/users';
import type { DemoData } from './fixtures';
import { aComment, aConsultation, aMatter, anEntry } from '../support/builders/matters';

/** The demo seed's "now" (2026-11-27 10:00 in Shanghai). */
export const NOW = Date.UTC(2026, 10, 27, 2, 0);
const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** Just the ports the presenters read: the clock and file urls. */
const presentDeps = {
  clock: { now: () => NOW },
  files: { urlFor: (fileId: string) => `https://files.test/${fileId}`, isUploadedBy: async () => true },
} as unknown as Deps;

export function viewerOf(user: SelfView): MatterViewer {
  return { userId: user.id, role: user.role, communityIds: user.communityIds };
}

/** A matter of 东门社区 as storage holds it; tests change what they are about. */
export function matterRecord(changes: Partial<MatterRecord> & Pick<MatterRecord, 'id' | 'title'>): MatterRecord {
  const createdAt = changes.createdAt ?? NOW - 2 * DAY;
  return aMatter({
    communityId: 'c-dongmen',
    authorId: 'u-resident-li',
    body: '',
    category: 'other',
    gridId: 'g-dongmen-2',
    compoundId: 'p-gulou',
    updatedAt: createdAt,
    lastActivityAt: createdAt,
    ...changes,
    createdAt,
  });
}

export function summaryOf(data: DemoData, viewer: SelfView, matter: MatterRecord): MatterSummary {
  return toSummary(presentDeps, viewerOf(viewer), data.users, matter);
}

export function detailOf(
  data: DemoData,
  viewer: SelfView,
  matter: MatterRecord,
  parts: Partial<DetailParts> & { comments?: { items: CommentThread[]; nextCursor: string | null } } = {},
): MatterDetail & { comments: { items: CommentThread[]; nextCursor: string | null } } {
  const { comments = { items: [], nextCursor: null }, ...detailParts } = parts;
  const detail = toDetail(presentDeps, viewerOf(viewer), data.users, matter, {
    timeline: [],
    consultation: null,
    relation: { supported: false, following: false },
    ...detailParts,
  });
  // `matter.detail` brings the first page of comments with it.
  return { ...detail, comments };
}

/** `consultation.list` / `comments` page: the cursor names the last item, as the server's does. */
export function pageOf<T extends { id: string }>(
  items: T[],
  more: boolean,
  at = NOW,
): { items: T[]; nextCursor: string | null } {
  const last = items[items.length - 1];
  return { items, nextCursor: more && last ? encodeCursor({ at, id: last.id }) : null };
}

export function timelineEntry(
  matterId: string,
  changes: Pick<TimelineRecord, 'id' | 'transition' | 'fromState' | 'toState' | 'at'> & Partial<TimelineRecord>,
): TimelineRecord {
  return anEntry({ matterId, actorId: null, actorRole: 'committee', ...changes });
}

export function consultationRecord(
  matterId: string,
  changes: Partial<ConsultationRecord> & Pick<ConsultationRecord, 'id'>,
): ConsultationRecord {
  return aConsultation({
    matterId,
    communityId: 'c-dongmen',
    scheduledAt: NOW + DAY,
    place: '',
    agenda: '',
    invitedResidentIds: [],
    departments: [],
    cadreIds: [],
    actions: [],
    createdAt: NOW - DAY,
    updatedAt: NOW - DAY,
    ...changes,
  });
}

export function commentRecord(
  matterId: string,
  changes: Partial<CommentRecord> & Pick<CommentRecord, 'id' | 'authorId' | 'body'>,
): CommentRecord {
  return aComment({ matterId, communityId: 'c-dongmen', createdAt: NOW - HOUR, ...changes });
}

/** A top-level comment with its replies, as `matter.comments` pages them. */
export function threadOf(
  data: DemoData,
  viewer: SelfView,
  comment: CommentRecord,
  replies: CommentRecord[] = [],
  matter: MatterRecord = aMatter({ id: comment.matterId, authorId: 'u-resident-li' }),
): CommentThread {
  const view = (c: CommentRecord) => toCommentView(viewerOf(viewer), data.users, c, matter);
  return { ...view(comment), replies: replies.map(view) };
}

export { DAY, HOUR };
