import type { FunctionName } from '@domain/contract';
import { seededBackend, type Answer } from '../support/seededBackend';
import type { EngineName } from '../support/storages';
import { serviceQueryInputs, writeServiceSecrets } from './freeTextServiceScene';
import { caseworkQueryInputs, writeCaseworkSecrets } from './freeTextCaseworkScene';

/**
 * The scene of freeTextMasking.test.ts: a secret (a phone number, an 18-digit ID and a plate,
 * split and disguised as people do) written into every free-text input of every command, and the
 * inputs each query is read with.
 */
export const SECRET = '请联系139-1234-5678，身份证370102 19900101 1234，车牌鲁H12345';
export const SHORT = '老赵139 1234 5678'; // for fields of 20 characters at most
export const TITLE = '东门口堵车139\u200B1234\u200B5678鲁H12345';
/** 张桂兰's booking phone: contact details, not for other residents. */
export const CONTACT_PHONE = '13805371234';
export const VISIT_DAY = '2026-12-05';
export const DAY = 86_400_000;

type Call = (fn: FunctionName, action: string, data?: unknown) => Promise<Answer>;

export async function setup(engine: EngineName) {
  const { storage, deps, call, act } = await seededBackend({ engine });
  const as =
    (userId: string): Call =>
    (fn, action, data) =>
      call(fn, userId, action, data);
  /** A scene step: must succeed. */
  const step = (userId: string, fn: FunctionName, action: string, data: object) => act(fn, userId, action, data);
  return { storage, deps, as, step };
}

/** Every command with free-text input, each text filled with the secret. Returns ids for the reads. */
export async function writeSecretsEverywhere(env: Awaited<ReturnType<typeof setup>>) {
  const { step, deps } = env;
  const cadre = 'u-cadre-liu';
  const committee = 'u-committee-chen';
  // People choose their own names: a name can carry a number too.
  for (const [userId, communityId] of [
    ['u-resident-zhang', 'c-dongmen'],
    ['u-resident-li', 'c-dongmen'],
    ['u-resident-wang', 'c-ximen'],
    [cadre, 'c-dongmen'],
    [committee, 'c-dongmen'],
  ]) {
    await step(userId, 'account', 'updateProfile', { name: SHORT, communityId });
  }
  await step('u-admin', 'account', 'assignRole', {
    userId: 'u-resident-new',
    role: 'resident',
    communityIds: ['c-dongmen'],
  });
  const station = { start: '09:00', end: '11:00', mode: 'station', place: SECRET, capacity: 3 };
  const { slots } = await step(cadre, 'visit', 'publishSlots', {
    communityId: 'c-dongmen',
    date: VISIT_DAY,
    slots: [station, { ...station, start: '14:00', end: '16:00' }, { ...station, start: '16:00', end: '17:00' }],
  });
  await step(cadre, 'visit', 'updateSlot', { slotId: slots[1].id, ...station, start: '14:00', end: '16:00' });
  const { booking } = await step('u-resident-zhang', 'visit', 'book', {
    slotId: slots[0].id,
    topic: SECRET,
    address: '幸福小区3号楼2单元501',
    phone: CONTACT_PHONE,
  });
  const { booking: liBooking } = await step('u-resident-li', 'visit', 'book', {
    slotId: slots[0].id,
    topic: SECRET,
    phone: '13905370000',
  });
  const moved = await step('u-resident-li', 'visit', 'reschedule', {
    bookingId: liBooking.id,
    toSlotId: slots[1].id,
    reason: SECRET,
  });
  await step('u-resident-li', 'visit', 'cancel', { bookingId: moved.booking.id, reason: SECRET });
  await step('u-resident-li', 'visit', 'book', { slotId: slots[2].id, topic: SECRET, phone: '13905370000' });
  await step(cadre, 'visit', 'cancelSlot', { slotId: slots[2].id, reason: SECRET });
  // 红色代办: the committee books for 李明 (his upcoming booking), and for a resident without an
  // account, cancelled again.
  const forSomeone = { slotId: slots[1].id, topic: SECRET, residentName: SHORT, consent: SECRET };
  await step(committee, 'visit', 'bookFor', {
    ...forSomeone,
    phone: '13905370000',
    residentId: 'u-resident-li',
    familyId: 'u-resident-zhang',
  });
  const { booking: forNoAccount } = await step(committee, 'visit', 'bookFor', { ...forSomeone, residentId: null });
  await step(committee, 'visit', 'cancelFor', { bookingId: forNoAccount.id, reason: SECRET });
  // 王芳 of 西门 books the next visit day there: an upcoming booking of her own.
  const { slots: ximen } = await step(cadre, 'visit', 'publishSlots', {
    communityId: 'c-ximen',
    date: '2026-12-15',
    slots: [station],
  });
  await step('u-resident-wang', 'visit', 'book', { slotId: ximen[0].id, topic: SECRET, phone: '13905379999' });
  await step(committee, 'visit', 'moveVisitDay', { originalDate: '2026-12-15', movedTo: '2026-12-14', reason: SECRET });

  deps.clock.advance(8 * DAY); // the visit day, 10:00 in Shanghai
  const { booking: walkIn } = await step(cadre, 'visit', 'addWalkIn', {
    slotId: slots[0].id,
    name: SHORT,
    topic: SECRET,
  });
  await step(cadre, 'visit', 'recordVisit', {
    bookingId: walkIn.id,
    heard: SECRET,
    seen: SECRET,
    solved: SECRET,
    suggested: SECRET,
    followUp: { dueDate: '2026-12-12', note: SECRET },
  });
  const { record } = await step(cadre, 'visit', 'recordVisit', {
    bookingId: booking.id,
    seen: SECRET,
    heard: SECRET,
    solved: SECRET,
    suggested: SECRET,
    followUp: { dueDate: '2026-12-12', note: SECRET },
  });
  await step(cadre, 'visit', 'closeFollowUp', { recordId: record.id, outcome: SECRET });
  const { matterId: visitMatter } = await step(cadre, 'visit', 'openMatter', {
    recordId: record.id,
    title: TITLE,
    category: 'parking',
  });

  const { matter } = await step('u-resident-zhang', 'matter', 'raise', {
    title: TITLE,
    body: SECRET,
    category: 'parking',
  });
  const { matter: rejected } = await step('u-resident-li', 'matter', 'raise', {
    title: TITLE,
    body: SECRET,
    category: 'noise',
  });
  // 红色代办: staff raise for 张桂兰 (her family 李明 told) and for a resident without an account.
  const onBehalf = { residentName: SHORT, consent: SECRET, building: '3号楼2单元' };
  const { matter: forZhang } = await step(committee, 'matter', 'raiseFor', {
    ...onBehalf,
    title: TITLE,
    body: SECRET,
    category: 'parking',
    residentId: 'u-resident-zhang',
    familyId: 'u-resident-li',
  });
  const { matter: forWalkIn } = await step(cadre, 'matter', 'raiseFor', {
    ...onBehalf,
    title: TITLE,
    body: SECRET,
    category: 'environment',
    communityId: 'c-dongmen',
    residentId: null,
  });
  await step(committee, 'matter', 'moderate', {
    targetType: 'matter',
    targetIds: [matter.id, visitMatter, forZhang.id, forWalkIn.id],
    decision: 'approve',
  });
  await step(committee, 'matter', 'moderate', {
    targetType: 'matter',
    targetIds: [rejected.id],
    decision: 'reject',
    reason: SECRET,
  });
  const { comment } = await step('u-resident-li', 'matter', 'comment', { matterId: matter.id, body: SECRET });
  await step('u-resident-zhang', 'matter', 'comment', {
    matterId: matter.id,
    body: SECRET,
    parentId: comment.id,
  });
  await step(committee, 'matter', 'comment', { matterId: matter.id, body: SECRET });
  await step('u-resident-li', 'matter', 'flag', { targetType: 'comment', targetId: comment.id, reason: SECRET });
  await step('u-resident-li', 'matter', 'flag', { targetType: 'matter', targetId: visitMatter, reason: SECRET });
  await step('u-resident-li', 'matter', 'flag', { targetType: 'matter', targetId: forWalkIn.id, reason: SECRET });

  const { consultation } = await step(committee, 'matter', 'convene', {
    matterId: matter.id,
    scheduledAt: deps.clock.now() + 3_600_000,
    place: SECRET,
    agenda: SECRET,
    departments: [SHORT],
    cadreIds: [cadre],
  });
  deps.clock.advance(2 * 3_600_000); // after the meeting
  await step(committee, 'matter', 'recordMinutes', {
    consultationId: consultation.id,
    minutes: SECRET,
    actions: [{ description: SECRET, owner: SHORT, dueDate: '2026-12-20', state: 'todo' }],
    outcome: SECRET,
  });
  await step(committee, 'matter', 'conclude', {
    matterId: matter.id,
    ending: 'resolve',
    reason: SECRET,
    confirmOpenItems: true,
  });
  await step('u-resident-zhang', 'matter', 'rate', { matterId: matter.id, score: 3, comment: SECRET });

  await step(committee, 'matter', 'escalate', {
    matterId: visitMatter,
    level: 'street',
    department: SHORT,
    dueDate: '2026-12-20',
    note: SECRET,
  });
  await step(committee, 'matter', 'answerEscalation', { matterId: visitMatter, response: SECRET });
  await step(committee, 'matter', 'conclude', { matterId: visitMatter, ending: 'resolve', reason: SECRET });
  await step('u-resident-zhang', 'matter', 'reopen', { matterId: visitMatter, reason: SECRET });
  const service = await writeServiceSecrets(step, deps, { secret: SECRET, short: SHORT });
  const casework = await writeCaseworkSecrets(step, deps, { secret: SECRET, short: SHORT, title: TITLE });
  return {
    matterIds: [matter.id, visitMatter, rejected.id, forZhang.id, forWalkIn.id],
    bookingId: booking.id,
    ...service,
    ...casework,
  };
}

/** The inputs each query is read with. Every query of the contract must be here. */
export function queryInputs(ids: {
  matterIds: string[];
  bookingId: string;
  orderIds: string[];
  activityIds: string[];
  caseIds: string[];
  caseMatterIds: string[];
}): Record<string, object[]> {
  const matters = ids.matterIds.map((matterId) => ({ matterId }));
  return {
    'account.me': [{}],
    'account.directory': [{}],
    'account.listUsers': [{}],
    'account.listAudit': [{ limit: 50 }],
    'matter.similar': [{ title: TITLE, category: 'parking' }],
    'matter.list': ['active', 'resolved', 'ended', 'all'].map((tab) => ({ tab })),
    'matter.detail': matters,
    'matter.comments': matters,
    'matter.mine': ['raised', 'supported', 'following'].map((relation) => ({ relation })),
    'matter.moderationQueue': ['pending', 'flagged'].flatMap((kind) =>
      ['matter', 'comment'].map((target) => ({ kind, target })),
    ),
    'matter.moderationQueues': [{ limit: 30 }],
    'matter.communityCadres': [{}],
    'visit.days': [{}],
    'visit.slots': [{ date: VISIT_DAY }, { date: '2026-12-15' }, { date: '2026-12-14' }],
    'visit.myVisits': [{ when: 'upcoming' }, { when: 'past' }],
    'visit.daySheet': [{ date: VISIT_DAY }],
    'visit.bookedFor': [{}],
    'visit.revealContact': [{ bookingId: ids.bookingId }],
    'visit.followUps': [{}],
    'notification.inbox': [{ limit: 50 }],
    'notification.unreadCount': [{}],
    'notification.credits': [{}],
    'notification.wechatMessages': [{ limit: 50 }],
    'notification.deliveryProblems': [{}],
    'matter.raiseQuota': [{}],
    'home.committeeWorkbench': [{}],
    'home.cadreWorkbench': [{}],
    'home.adminWorkbench': [{}],
    'home.residentOverview': [{}],
    'account.auditTrail': [{}],
    ...serviceQueryInputs(ids, '老赵'),
    ...caseworkQueryInputs(ids),
    // The figures hold numbers and fixed words only; the ledgers' and open data's files are read
    // back and checked for these numbers by their own tests (tests/functions/stats).
    'stats.dashboard': [{ period: { kind: 'thisMonth' } }, { period: { kind: 'thisYear' } }],
    'stats.exportJob': [{ jobId: 'job-of-nobody' }],
    'stats.openData': [{ communityId: 'c-dongmen' }, { communityId: 'c-ximen' }],
  };
}
