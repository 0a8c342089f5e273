import type { MatterPatch, MatterRecord, TimelineRecord } from '../../ports/matters';
import type { CloudbaseCommand, StoredDocument } from './database';

/**
 * A matter as stored: `_id` is the matter id. `timelineOutbox` holds timeline entries written in
 * the same single-document update as the state change they record, until they are copied into the
 * timeline collection: there is no transaction across two collections, so this is what keeps a
 * crash between the two writes from losing a public timeline entry (see `timeline()`).
 */
export type MatterDocument = Omit<MatterRecord, 'id'> & { _id: string; timelineOutbox: TimelineRecord[] };

/** A timeline entry as stored: `_id` is the entry id, so copying it twice cannot duplicate it. */
export type TimelineDocument = Omit<TimelineRecord, 'id'> & { _id: string };

export function toMatterDocument(matter: MatterRecord, timelineOutbox: TimelineRecord[]): MatterDocument {
  const { id, ...fields } = matter;
  return { _id: id, ...fields, timelineOutbox };
}

/**
 * The timeline entries still in the outbox of each matter record this adapter made, so a
 * timeline asked for with the record just read needs no second read of the matter document.
 */
const outboxOfRecord = new WeakMap<MatterRecord, TimelineRecord[]>();

/** The outbox the record was read with, if this adapter made the record. */
export function timelineOutboxOf(record: MatterRecord | undefined): TimelineRecord[] | undefined {
  return record ? outboxOfRecord.get(record) : undefined;
}

export function toMatterRecord(stored: StoredDocument): MatterRecord {
  const record = matterRecordOf(stored as unknown as MatterDocument);
  outboxOfRecord.set(record, (stored as unknown as MatterDocument).timelineOutbox ?? []);
  return record;
}

function matterRecordOf(document: MatterDocument): MatterRecord {
  return {
    id: document._id,
    communityId: document.communityId,
    authorId: document.authorId,
    // Documents written before on-behalf raising have no such field: raised by their author.
    raisedById: document.raisedById ?? null,
    anonymous: document.anonymous,
    title: document.title,
    body: document.body,
    category: document.category,
    gridId: document.gridId,
    compoundId: document.compoundId,
    building: document.building ?? '',
    photos: document.photos,
    state: document.state,
    stateBeforeHidden: document.stateBeforeHidden,
    needsReview: document.needsReview,
    rejectionReason: document.rejectionReason,
    supportCount: document.supportCount,
    commentCount: document.commentCount,
    followerCount: document.followerCount,
    flagCount: document.flagCount,
    pinned: document.pinned,
    mergedIntoId: document.mergedIntoId,
    resolvedAt: document.resolvedAt,
    rating: document.rating,
    escalation: document.escalation,
    createdAt: document.createdAt,
    updatedAt: document.updatedAt,
    lastActivityAt: document.lastActivityAt,
  };
}

export function toTimelineDocument(entry: TimelineRecord): TimelineDocument {
  const { id, ...fields } = entry;
  return { _id: id, ...fields };
}

export function toTimelineRecord(stored: StoredDocument): TimelineRecord {
  const document = stored as unknown as TimelineDocument;
  return {
    id: document._id,
    matterId: document.matterId,
    at: document.at,
    transition: document.transition,
    fromState: document.fromState,
    toState: document.toState,
    actorId: document.actorId,
    actorRole: document.actorRole,
    note: document.note,
  };
}

/**
 * The update for a patch. Objects and arrays go through `_.set()` whole: given a plain object, the
 * update serializer writes one dotted `$set` path per leaf, which fails on a field that is null now
 * (`rating.score` inside `rating: null`), keeps keys the new value no longer has, and drops `{}`.
 * Undefined fields are left out: a partial patch changes only what it names.
 */
export function patchChanges(command: CloudbaseCommand, patch: MatterPatch): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(patch) as [string, unknown][]) {
    if (value === undefined) continue;
    changes[field] = typeof value === 'object' && value !== null ? command.set(value) : value;
  }
  return changes;
}
