import { isEscalationOverdue } from '@domain/matters/overdue';
import { raisedOnBehalfLine } from '@domain/matters/onBehalf';
import { onBehalfLine } from '@domain/onBehalf';
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

/** The people a matter's card names: its author and, when raised for them, the cadre or staff member. */
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

/**
 * The author as the matter shows them. A 红色代办 matter of a resident without an account is
 * stored with the staff member as its author; it shows the resident named in the record (as any
 * resident's name shows, hidden when anonymous), never the staff member as if it were their own.
 */
function matterAuthorView(users: UsersById, matter: MatterRecord, hidden: boolean): AuthorView {
  const onBehalf = matter.onBehalf;
  if (hidden || !onBehalf || onBehalf.staffId !== matter.authorId) return authorView(users, matter.authorId, hidden);
  return { id: matter.authorId, name: onBehalf.residentName || '居民', role: 'resident' };
}

/** The staff who act for residents (红色代办): they read how a resident agreed. */
const proxyRoles: ReadonlySet<string> = new Set(['committee', 'cadre', 'gridWorker']);

/**
 * Who raised it for the resident, in the words every reader sees; how the resident agreed only
 * for staff of the community and the resident's side (the resident, the family member named).
 */
function raisedByView(viewer: MatterViewer, users: UsersById, matter: MatterRecord): MatterSummary['raisedBy'] {
  if (!matter.raisedById) return null;
  const onBehalf = matter.onBehalf;
  if (!onBehalf) {
    const name = users.get(matter.raisedById)?.name || '';
    return { name, line: raisedOnBehalfLine(name), consent: '' };
  }
  const staffOfCommunity = proxyRoles.has(viewer.role) && viewer.communityIds.includes(matter.communityId);
  const residentSide = viewer.userId === matter.authorId || viewer.userId === onBehalf.familyId;
  return {
    name: onBehalf.staffName,
    line: onBehalfLine(onBehalf.staffName),
    consent: staffOfCommunity || residentSide ? onBehalf.consent : '',
  };
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
    author: matterAuthorView(users, matter, !canSeeAuthor(viewer, matter)),
    raisedBy: raisedByView(viewer, users, matter),
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
