import type { MatterPatch, MatterRecord, TimelineRecord } from '../../ports/matters';
import { withFamily } from '../../ports/onBehalf';
import type { CloudbaseCommand, StoredDocument } from './database';

/**
 * A matter as stored: `_id` is the matter id. `timeline` holds its public timeline: each entry is
 * pushed in the same single-document update as the state change it records, so a change is never
 * stored without its entry, and reading the matter reads its timeline (docs/adr/0004).
 */
export type MatterDocument = Omit<MatterRecord, 'id'> & { _id: string; timeline: TimelineRecord[] };

export function toMatterDocument(matter: MatterRecord, timeline: TimelineRecord[]): MatterDocument {
  const { id, ...fields } = matter;
  return { _id: id, ...fields, timeline };
}

/**
 * The timeline each matter record this adapter made was read with, so a timeline asked for with
 * the record just read needs no second read of the matter document.
 */
const timelineOfRecord = new WeakMap<MatterRecord, TimelineRecord[]>();

/** The timeline the record was read with, if this adapter made the record. */
export function timelineReadWith(record: MatterRecord | undefined): TimelineRecord[] | undefined {
  return record ? timelineOfRecord.get(record) : undefined;
}

/** Oldest first; entries of one millisecond by id. */
export function inTimelineOrder(entries: readonly TimelineRecord[]): TimelineRecord[] {
  return [...entries].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function toMatterRecord(stored: StoredDocument): MatterRecord {
  const document = stored as unknown as MatterDocument;
  const record = matterRecordOf(document);
  timelineOfRecord.set(record, inTimelineOrder(document.timeline ?? []));
  return record;
}

function matterRecordOf(document: MatterDocument): MatterRecord {
  return {
    id: document._id,
    communityId: document.communityId,
    authorId: document.authorId,
    // Documents written before on-behalf raising have no such field: raised by their author.
    raisedById: document.raisedById ?? null,
    // Only a matter raised through 红色代办 has one; older documents lack the field.
    onBehalf: document.onBehalf ? withFamily(document.onBehalf) : null,
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
