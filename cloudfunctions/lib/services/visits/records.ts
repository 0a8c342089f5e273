import { createHash } from 'node:crypto';
import { AppError } from '@domain/errors';
import type { MatterCategory } from '@domain/matters/categories';
import { raisedOnBehalfLine } from '@domain/matters/onBehalf';
import type { MaskedKind } from '@domain/matters/textMasking';
import { assertVisitDayReached } from '@domain/visits/attendance';
import type { ActionContext } from '../../service';
import type { MatterRecord } from '../../ports/matters';
import type { VisitRecordRecord } from '../../ports/visitRecords';
import { publishNewMatter } from '../matters/publishMatter';
import { requireUser } from '../requireUser';
import { bookingOnOwnSlot } from './context';
import { recordView, usersById } from './present';
import { notify } from '../notifications/notify';

export interface RecordInput {
  bookingId: string;
  seen: string;
  heard: string;
  solved: string;
  suggested: string;
  photos: string[];
  followUp: { dueDate: string; note: string } | null;
}

/**
 * 民情日记: what was seen, heard, solved or promised, suggested; a follow-up with a due date. The
 * contract's input schema has already checked the texts (each part's length, at least one part).
 */
export async function recordVisit(ctx: ActionContext, input: RecordInput) {
  const cadre = requireUser(ctx.caller);
  const { booking, slot } = await bookingOnOwnSlot(ctx.deps, cadre, input.bookingId);
  if (booking.state === 'cancelled') throw new AppError('INVALID_STATE', '这个预约已取消');
  // Recording a booked visit marks it attended: only once the visit day has come.
  if (booking.state === 'booked') assertVisitDayReached(booking.date, ctx.deps.clock.now(), '记录民情日记');
  const foreign = (await Promise.all(input.photos.map((id) => ctx.deps.files.isUploadedBy(id, cadre.id)))).includes(
    false,
  );
  if (foreign)
    throw new AppError('BAD_INPUT', '图片无效，请重新上传', [{ path: 'photos', message: '图片无效，请重新上传' }]);
  const now = ctx.deps.clock.now();
  const [existing] = await ctx.deps.storage.visitRecords.findByBookingIds([booking.id]);
  const record: VisitRecordRecord = {
    id: existing?.id ?? ctx.deps.ids.newId(),
    bookingId: booking.id,
    slotId: slot.id,
    cadreId: cadre.id,
    communityId: booking.communityId,
    residentId: booking.residentId,
    date: booking.date,
    seen: input.seen,
    heard: input.heard,
    solved: input.solved,
    suggested: input.suggested,
    photos: input.photos,
    followUp: input.followUp ? { ...input.followUp, state: 'open', outcome: '', closedAt: null } : null,
    matterId: existing?.matterId ?? null,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  await ctx.deps.storage.visitRecords.save(record);
  if (booking.state === 'booked') await ctx.deps.storage.bookings.setAttendance(booking.id, 'attended', now);
  if (record.followUp && booking.residentId) {
    await notify(ctx.deps, {
      kind: 'followup_recorded',
      userIds: [booking.residentId],
      communityId: booking.communityId,
      ref: { type: 'booking', id: booking.id },
      title: booking.topic,
      // Per request: recording again later tells the resident again; a retry of this call does not.
      dedupeKey: `followup_recorded:${record.id}:${ctx.requestId ?? now}`,
      at: now,
    });
  }
  return { record: recordView(ctx.deps, record, await usersById(ctx.deps, [cadre.id])) };
}

async function ownRecord(ctx: ActionContext, recordId: string): Promise<VisitRecordRecord> {
  const cadre = requireUser(ctx.caller);
  const record = await ctx.deps.storage.visitRecords.findById(recordId);
  if (!record || record.cadreId !== cadre.id) throw new AppError('NOT_FOUND', '民情日记不存在');
  return record;
}

/**
 * Turns a visit into a 说事 matter, through the same path as a matter a resident raises (masking,
 * content check, the community's review-first setting). It is the resident's matter, raised by the
 * cadre on their behalf, and says so; the resident chose whether other residents see their name,
 * and is told it was raised. Without a resident (a walk-in with no account) the cadre is its author.
 */
export async function openMatter(
  ctx: ActionContext,
  input: { recordId: string; title: string; category: MatterCategory; anonymous: boolean },
) {
  const cadre = requireUser(ctx.caller);
  const record = await ownRecord(ctx, input.recordId);
  if (record.matterId) return openedAnswer(ctx, record.matterId, []);
  // Derived from the record: a retry after a crash finds the same matter instead of a second one.
  const matterId = `m${createHash('sha256').update(`visit:${record.id}`).digest('hex').slice(0, 24)}`;
  let maskedKinds: MaskedKind[] = [];
  let matter = await ctx.deps.storage.matters.findById(matterId);
  if (!matter) {
    const onBehalf = record.residentId !== null;
    const published = await publishNewMatter(ctx.deps, {
      id: matterId,
      communityId: record.communityId,
      authorId: record.residentId ?? cadre.id,
      raisedById: onBehalf ? cadre.id : null,
      anonymous: onBehalf && input.anonymous,
      title: input.title,
      body: matterBodyOf(record),
      category: input.category,
      gridId: null,
      compoundId: null,
      building: '',
      photos: record.photos,
      actor: {
        id: cadre.id,
        role: 'cadre',
        note: `${onBehalf ? raisedOnBehalfLine(cadre.name) : `民情书记${cadre.name || ''}提出`}（走访记录 ${record.date}）`,
      },
      writerOpenid: ctx.caller.openid,
    });
    matter = published.matter;
    maskedKinds = published.maskedKinds;
    for (const fileId of record.photos) {
      await ctx.deps.content
        .submitImage(fileId, { openid: ctx.caller.openid, scene: 'matter', matterId })
        .catch(() => undefined);
    }
  }
  // Each step below is idempotent, so a retry after an attempt that stored the matter and then
  // failed finishes the work: the cadre follows, the resident is told (once: deduplicated), it is linked.
  await ctx.deps.storage.matters.addFollow(matterId, matter.authorId, matter.createdAt);
  await ctx.deps.storage.matters.addFollow(matterId, cadre.id, matter.createdAt);
  if (matter.raisedById) await tellResident(ctx, matter);
  await ctx.deps.storage.visitRecords.linkMatter(record.id, matterId, ctx.deps.clock.now());
  return openedAnswer(ctx, matterId, maskedKinds);
}

/** The record's four parts, labelled, as the matter's body (at least 10 characters, as a raised one). */
function matterBodyOf(record: VisitRecordRecord): string {
  const body = [
    record.heard && `听民意：${record.heard}`,
    record.seen && `察民情：${record.seen}`,
    record.solved && `解民忧：${record.solved}`,
    record.suggested && `汇民智：${record.suggested}`,
  ]
    .filter(Boolean)
    .join('\n');
  return body.length >= 10 ? body : `${body}（来自民情书记走访）`;
}

async function tellResident(ctx: ActionContext, matter: MatterRecord): Promise<void> {
  const notes = [matter.anonymous ? '对其他居民匿名' : '', matter.state === 'pending_review' ? '社区审核后公开' : ''];
  await notify(ctx.deps, {
    kind: 'matter_raised_for_you',
    userIds: [matter.authorId],
    communityId: matter.communityId,
    ref: { type: 'matter', id: matter.id },
    title: matter.title,
    facts: { reason: notes.filter(Boolean).join('，') },
    dedupeKey: `matter_raised_for_you:${matter.id}`,
    at: matter.createdAt,
  });
}

async function openedAnswer(ctx: ActionContext, matterId: string, maskedKinds: MaskedKind[]) {
  const matter = await ctx.deps.storage.matters.findById(matterId);
  const queued = matter?.state === 'pending_review';
  return { matterId, maskedKinds, moderation: queued ? ('queued' as const) : ('published' as const) };
}

export async function followUps(ctx: ActionContext) {
  const cadre = requireUser(ctx.caller);
  const records = await ctx.deps.storage.visitRecords.openFollowUps({ cadreId: cadre.id }, 100);
  const bookings = await Promise.all(
    records.map((r) => (r.bookingId ? ctx.deps.storage.bookings.findById(r.bookingId) : null)),
  );
  const users = await usersById(ctx.deps, [cadre.id, ...records.map((r) => r.residentId)]);
  return {
    records: records.map((record, i) => ({
      ...recordView(ctx.deps, record, users),
      residentName: record.residentId
        ? users.get(record.residentId)?.name || '居民'
        : bookings[i]?.walkInName || '现场来访',
    })),
  };
}

export async function closeFollowUp(ctx: ActionContext, input: { recordId: string; outcome: string }) {
  const cadre = requireUser(ctx.caller);
  const record = await ownRecord(ctx, input.recordId);
  if (!record.followUp) throw new AppError('INVALID_STATE', '没有待跟进的事项');
  // Closed with this very outcome: an earlier attempt of this command closed it and failed before
  // telling the resident; the retry finishes (the notification is deduplicated by record).
  const closedByThis = record.followUp.state === 'closed' && record.followUp.outcome === input.outcome;
  if (record.followUp.state === 'closed' && !closedByThis) throw new AppError('INVALID_STATE', '没有待跟进的事项');
  if (!closedByThis) await ctx.deps.storage.visitRecords.closeFollowUp(record.id, input.outcome, ctx.deps.clock.now());
  const updated = (await ctx.deps.storage.visitRecords.findById(record.id))!;
  if (record.residentId) {
    await notify(ctx.deps, {
      kind: 'followup_recorded',
      userIds: [record.residentId],
      communityId: record.communityId,
      ref: { type: 'booking', id: record.bookingId ?? record.id },
      title: '跟进结果',
      dedupeKey: `followup_closed:${record.id}`,
      at: ctx.deps.clock.now(),
    });
  }
  return { record: recordView(ctx.deps, updated, await usersById(ctx.deps, [cadre.id])) };
}
