import { isEscalationOverdue } from '@domain/matters/overdue';
import { meetingHeld } from '@domain/matters/conclusion';
import { canReopen } from '@domain/matters/reopen';
import { canSeeAuthor, isCommitteeOf, type MatterViewer, type VisibleMatter } from '@domain/matters/visibility';
import { transitionTable, type MatterTransition } from '@domain/matters/transitions';
import type {
  AuthorView,
  CommentView,
  ConsultationView,
  MatterDetail,
  MatterSummary,
  PhotoView,
  TimelineEntryView,
} from '@domain/matters/views';
import { shanghaiDateOf } from '@domain/time';
import type { Deps } from '../../deps';
import type { CommentRecord, EscalationRecord, MatterRecord, PhotoRecord, TimelineRecord } from '../../ports/matters';
import type { ConsultationRecord } from '../../ports/consultations';
import type { UserRecord } from '../../ports/storage';

export type UsersById = Map<string, UserRecord>;

/** The people a matter's card names: its author and, when raised for them, the cadre. */
export function peopleOf(matter: MatterRecord): string[] {
  return matter.raisedById ? [matter.authorId, matter.raisedById] : [matter.authorId];
}

/** Loads the people a page of records names, in one query. */
export async function usersById(deps: Deps, ids: Iterable<string>): Promise<UsersById> {
  const users = await deps.storage.users.findByIds([...new Set(ids)]);
  return new Map(users.map((u) => [u.id, u]));
}

const ANONYMOUS: AuthorView = { id: null, name: '匿名居民', role: null };

export function authorView(users: UsersById, authorId: string, hidden: boolean): AuthorView {
  if (hidden) return ANONYMOUS;
  const user = users.get(authorId);
  return { id: authorId, name: user?.name || '居民', role: user?.role ?? null };
}

/** Others see only photos that passed the check; the author and the committee see all, with status. */
export function photosFor(deps: Deps, viewer: MatterViewer, matter: MatterRecord): PhotoView[] {
  const seesAll = viewer.userId === matter.authorId || isCommitteeOf(viewer, matter.communityId);
  return matter.photos
    .filter((p: PhotoRecord) => seesAll || p.status === 'passed')
    .map((p) => ({ fileId: p.fileId, url: deps.files.urlFor(p.fileId), status: p.status }));
}

export function toSummary(deps: Deps, viewer: MatterViewer, users: UsersById, matter: MatterRecord): MatterSummary {
  const cover = matter.photos.find((p) => p.status === 'passed');
  return {
    id: matter.id,
    communityId: matter.communityId,
    title: matter.title,
    category: matter.category,
    state: matter.state,
    author: authorView(users, matter.authorId, !canSeeAuthor(viewer, matter)),
    raisedBy: matter.raisedById ? { name: users.get(matter.raisedById)?.name || '' } : null,
    anonymous: matter.anonymous,
    supportCount: matter.supportCount,
    commentCount: matter.commentCount,
    pinned: matter.pinned,
    coverUrl: cover ? deps.files.urlFor(cover.fileId) : null,
    createdAt: matter.createdAt,
    lastActivityAt: matter.lastActivityAt,
  };
}

export function timelineView(entry: TimelineRecord): TimelineEntryView {
  const rule = transitionTable[entry.transition as MatterTransition];
  return {
    id: entry.id,
    at: entry.at,
    transition: entry.transition,
    label: rule?.label ?? (entry.transition === 'raise' ? '提出说事' : entry.transition),
    fromState: entry.fromState,
    toState: entry.toState,
    actorRole: entry.actorRole,
    note: entry.note,
  };
}

export function consultationView(c: ConsultationRecord, users: UsersById, now: number): ConsultationView {
  return {
    id: c.id,
    matterId: c.matterId,
    scheduledAt: c.scheduledAt,
    held: meetingHeld(c.scheduledAt, now),
    place: c.place,
    agenda: c.agenda,
    invitedResidentCount: c.invitedResidentIds.length,
    departments: c.departments,
    cadreNames: c.cadreIds.map((id) => users.get(id)?.name || '民情书记'),
    minutes: c.minutes,
    actions: c.actions,
    outcome: c.outcome,
    updatedAt: c.updatedAt,
  };
}

export interface DetailParts {
  timeline: TimelineRecord[];
  consultation: ConsultationRecord | null;
  relation: { supported: boolean; following: boolean };
}

export function toDetail(
  deps: Deps,
  viewer: MatterViewer,
  users: UsersById,
  matter: MatterRecord,
  parts: DetailParts,
): MatterDetail {
  const now = deps.clock.now();
  const isAuthor = viewer.userId === matter.authorId;
  const escalation = matter.escalation;
  return {
    ...toSummary(deps, viewer, users, matter),
    body: matter.body,
    photos: photosFor(deps, viewer, matter),
    gridId: matter.gridId,
    compoundId: matter.compoundId,
    building: isAuthor || isCommitteeOf(viewer, matter.communityId) ? matter.building : '',
    followerCount: matter.followerCount,
    mergedIntoId: matter.mergedIntoId,
    rejectionReason: isAuthor || isCommitteeOf(viewer, matter.communityId) ? matter.rejectionReason : '',
    resolvedAt: matter.resolvedAt,
    rating: matter.rating,
    escalation: escalation ? escalationView(escalation, now) : null,
    consultation: parts.consultation ? consultationView(parts.consultation, users, now) : null,
    timeline: parts.timeline.map(timelineView),
    mine: {
      isAuthor,
      supported: parts.relation.supported,
      following: parts.relation.following,
      canReopen:
        isAuthor && matter.state === 'resolved' && matter.resolvedAt !== null && canReopen(matter.resolvedAt, now),
      canRate: isAuthor && matter.state === 'resolved' && matter.rating === null,
    },
  };
}

/**
 * An anonymous author stays anonymous in the talk under their matter too: their own comments are
 * signed 匿名居民 for residents and cadres (the committee still sees who wrote them).
 */
export function toCommentView(
  viewer: MatterViewer,
  users: UsersById,
  comment: CommentRecord,
  matter: VisibleMatter,
): CommentView {
  const byAnonymousAuthor = comment.authorId === matter.authorId && !canSeeAuthor(viewer, matter);
  return {
    id: comment.id,
    matterId: comment.matterId,
    parentId: comment.parentId,
    author: authorView(users, comment.authorId, byAnonymousAuthor),
    body: comment.state === 'hidden' && !isCommitteeOf(viewer, comment.communityId) ? '该评论已被隐藏' : comment.body,
    official: comment.official,
    state: comment.state,
    createdAt: comment.createdAt,
  };
}

/** A case's escalation is late from its due time on; the committee's own note from the day after. */
function escalationView(escalation: EscalationRecord, now: number): MatterDetail['escalation'] {
  const dueAt = escalation.dueAt ?? null;
  const overdue =
    dueAt === null ? isEscalationOverdue(escalation, shanghaiDateOf(now)) : !escalation.respondedAt && now >= dueAt;
  return { ...escalation, dueAt, overdue };
}
