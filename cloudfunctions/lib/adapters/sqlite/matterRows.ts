import type { MatterCategory } from '@domain/matters/categories';
import type { MatterState } from '@domain/matters/states';
import type {
  EscalationRecord,
  MatterPatch,
  MatterRecord,
  PhotoRecord,
  RatingRecord,
  TimelineActor,
  TimelineRecord,
} from '../../ports/matters';
import { withFamily, type OnBehalfRecord } from '../../ports/onBehalf';
import { bit, jsonOrNull, parseJsonOrNull } from './queryHelpers';

/** A row of `matters` (migration 2; raised_by_id from migration 7; on_behalf_json from migration 23). */
export interface MatterRow {
  id: string;
  community_id: string;
  author_id: string;
  raised_by_id: string | null;
  on_behalf_json: string | null;
  anonymous: 0 | 1;
  title: string;
  body: string;
  category: MatterCategory;
  grid_id: string | null;
  compound_id: string | null;
  building: string;
  photos_json: string;
  state: MatterState;
  state_before_hidden: MatterState | null;
  needs_review: 0 | 1;
  rejection_reason: string;
  support_count: number;
  comment_count: number;
  follower_count: number;
  flag_count: number;
  pinned: 0 | 1;
  merged_into_id: string | null;
  resolved_at: number | null;
  rating_json: string | null;
  escalation_json: string | null;
  created_at: number;
  updated_at: number;
  last_activity_at: number;
}

export function toMatter(row: MatterRow): MatterRecord {
  return {
    id: row.id,
    communityId: row.community_id,
    authorId: row.author_id,
    raisedById: row.raised_by_id,
    onBehalf: onBehalfOf(row.on_behalf_json),
    anonymous: row.anonymous === 1,
    title: row.title,
    body: row.body,
    category: row.category,
    gridId: row.grid_id,
    compoundId: row.compound_id,
    building: row.building,
    photos: JSON.parse(row.photos_json) as PhotoRecord[],
    state: row.state,
    stateBeforeHidden: row.state_before_hidden,
    needsReview: row.needs_review === 1,
    rejectionReason: row.rejection_reason,
    supportCount: row.support_count,
    commentCount: row.comment_count,
    followerCount: row.follower_count,
    flagCount: row.flag_count,
    pinned: row.pinned === 1,
    mergedIntoId: row.merged_into_id,
    resolvedAt: row.resolved_at,
    rating: parseJsonOrNull<RatingRecord>(row.rating_json),
    escalation: parseJsonOrNull<EscalationRecord>(row.escalation_json),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastActivityAt: row.last_activity_at,
  };
}

export const insertMatterSql = `
  INSERT INTO matters (id, community_id, author_id, raised_by_id, on_behalf_json, anonymous, title, body, category, grid_id, compound_id,
    building, photos_json, state, state_before_hidden, needs_review, rejection_reason, support_count, comment_count,
    follower_count, flag_count, pinned, merged_into_id, resolved_at, rating_json, escalation_json, created_at,
    updated_at, last_activity_at)
  VALUES (@id, @communityId, @authorId, @raisedById, @onBehalfJson, @anonymous, @title, @body, @category, @gridId, @compoundId,
    @building, @photosJson, @state, @stateBeforeHidden, @needsReview, @rejectionReason, @supportCount, @commentCount,
    @followerCount, @flagCount, @pinned, @mergedIntoId, @resolvedAt, @ratingJson, @escalationJson, @createdAt,
    @updatedAt, @lastActivityAt)`;

/** The named parameters of insertMatterSql. */
export function matterParams(matter: MatterRecord) {
  const { onBehalf, ...fields } = matter;
  return {
    ...fields,
    onBehalfJson: jsonOrNull(onBehalf),
    anonymous: bit(fields.anonymous),
    needsReview: bit(fields.needsReview),
    pinned: bit(fields.pinned),
    photosJson: JSON.stringify(fields.photos),
    ratingJson: jsonOrNull(fields.rating),
    escalationJson: jsonOrNull(fields.escalation),
  };
}

/** The stored 红色代办 record as the current shape, or null for a matter raised by its author. */
function onBehalfOf(json: string | null): OnBehalfRecord | null {
  const stored = parseJsonOrNull<OnBehalfRecord>(json);
  return stored ? withFamily(stored) : null;
}

type PatchField = keyof MatterPatch;

/** Each patchable field's column and stored form; SET lists are built only from these names. */
const patchColumns: {
  [K in PatchField]-?: { column: string; encode: (value: Exclude<MatterPatch[K], undefined>) => unknown };
} = {
  anonymous: { column: 'anonymous', encode: bit },
  stateBeforeHidden: { column: 'state_before_hidden', encode: (v) => v },
  needsReview: { column: 'needs_review', encode: bit },
  rejectionReason: { column: 'rejection_reason', encode: (v) => v },
  pinned: { column: 'pinned', encode: bit },
  mergedIntoId: { column: 'merged_into_id', encode: (v) => v },
  resolvedAt: { column: 'resolved_at', encode: (v) => v },
  rating: { column: 'rating_json', encode: (v) => jsonOrNull(v) },
  escalation: { column: 'escalation_json', encode: (v) => jsonOrNull(v) },
  photos: { column: 'photos_json', encode: (v) => JSON.stringify(v) },
  lastActivityAt: { column: 'last_activity_at', encode: (v) => v },
};

/**
 * `column = @patch_field` for each field present in the patch, with its parameters. A field
 * set to undefined is left alone; one set to null is stored as NULL.
 */
export function patchAssignments(patch: MatterPatch): { assignments: string[]; params: Record<string, unknown> } {
  const assignments: string[] = [];
  const params: Record<string, unknown> = {};
  for (const field of Object.keys(patchColumns) as PatchField[]) {
    const value = patch[field];
    if (value === undefined) continue;
    const { column, encode } = patchColumns[field] as { column: string; encode: (v: unknown) => unknown };
    assignments.push(`${column} = @patch_${field}`);
    params[`patch_${field}`] = encode(value);
  }
  return { assignments, params };
}

export interface TimelineRow {
  id: string;
  matter_id: string;
  at: number;
  transition: string;
  from_state: MatterState | null;
  to_state: MatterState;
  actor_id: string | null;
  actor_role: TimelineActor;
  note: string;
}

export function toTimelineEntry(row: TimelineRow): TimelineRecord {
  return {
    id: row.id,
    matterId: row.matter_id,
    at: row.at,
    transition: row.transition,
    fromState: row.from_state,
    toState: row.to_state,
    actorId: row.actor_id,
    actorRole: row.actor_role,
    note: row.note,
  };
}

export const insertTimelineSql = `
  INSERT INTO matter_timeline (id, matter_id, at, transition, from_state, to_state, actor_id, actor_role, note)
  VALUES (@id, @matterId, @at, @transition, @fromState, @toState, @actorId, @actorRole, @note)`;
