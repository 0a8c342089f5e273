import type { Storage } from '../../../cloudfunctions/lib/ports/storage';
import { dispatchOutbox } from '../../../cloudfunctions/lib/services/notifications/dispatch';
import { runTimerJobs } from '../../../cloudfunctions/lib/services/notifications/timerJobs';
import { notificationKinds, type NotificationKind } from '@domain/notifications/kinds';
import { templateKeys, templateOfKind } from '@domain/notifications/templates';
import { shanghaiWallClockToMs } from '@domain/time';
import { engines, type EngineName } from '../../support/storages';
import { notificationEnv } from './notificationEnv';
import { notify } from '../../../cloudfunctions/lib/services/notifications/notify';

// Tests read the answers field by field; the handler tests pin the envelope's shape.
type Call = (action: string, data?: unknown) => Promise<any>;

async function setup(engine: EngineName) {
  const env = await notificationEnv(engine);
  const as =
    (fn: 'matter' | 'visit') =>
    (userId: string): Call =>
    (action, data) =>
      env.call(fn, userId, action, data);
  return { ...env, matters: as('matter'), visits: as('visit') };
}

async function kindsIn(storage: Storage, userId: string): Promise<NotificationKind[]> {
  return (await storage.inbox.list(userId, null, 50)).items.map((e) => e.kind).sort();
}

const draft = {
  title: '小区门口乱停车堵住消防通道',
  body: '每天晚上东门口都停满了车，消防通道被堵。',
  category: 'parking',
};

describe.each(engines)('every event reaches the inbox and the gateway on %s', (engine) => {
  it('说事: approved, rejected, official reply, consultation, resolved, escalation overdue and answered', async () => {
    const env = await setup(engine);
    const zhang = env.matters('u-resident-zhang');
    const chen = env.matters('u-committee-chen');
    const raise = async (data: object) => (await zhang('raise', data)).data.matter.id as string;
    const rejectedId = await raise({ ...draft, title: '想在楼下开个小卖部' });
    await chen('moderate', {
      targetType: 'matter',
      targetIds: [rejectedId],
      decision: 'reject',
      reason: '属于个人经营事项',
    });
    const id = await raise(draft);
    await chen('moderate', { targetType: 'matter', targetIds: [id], decision: 'approve' });
    await env.matters('u-resident-li')('support', { matterId: id });
    await env.matters('u-resident-li')('follow', { matterId: id });
    await chen('comment', { matterId: id, body: '已联系物业和交警，本周内答复。' });
    await chen('escalate', { matterId: id, level: 'street', department: '街道城管科', dueDate: '2026-11-30' });
    // 09:00 on 1 December: the answer is a day late, the committee is told once.
    env.deps.clock.advance(shanghaiWallClockToMs('2026-12-01', '09:00') - env.deps.clock.now());
    await runTimerJobs(env.deps);
    await runTimerJobs(env.deps);
    await chen('answerEscalation', { matterId: id, response: '城管科已安排夜间巡查' });
    await chen('convene', {
      matterId: id,
      scheduledAt: env.deps.clock.now() + 86_400_000,
      place: '东门社区红帆驿站',
      agenda: '商量停车秩序',
      departments: [],
      cadreIds: ['u-cadre-liu'],
    });
    env.deps.clock.advance(86_400_000); // the meeting took place
    await chen('conclude', { matterId: id, ending: 'resolve', reason: '禁停标线已施划' });

    expect(await kindsIn(env.storage, 'u-resident-zhang')).toEqual(
      [
        'matter_approved',
        'matter_rejected',
        'official_reply',
        'escalation_answered',
        'consultation_scheduled',
        'matter_resolved',
      ].sort(),
    );
    expect(await kindsIn(env.storage, 'u-resident-li')).toEqual(
      ['official_reply', 'escalation_answered', 'consultation_scheduled', 'matter_resolved'].sort(),
    );
    expect(await kindsIn(env.storage, 'u-cadre-liu')).toEqual(['consultation_scheduled']);
    expect(await kindsIn(env.storage, 'u-committee-chen')).toEqual(['escalation_overdue']);
    const [rejection] = (await env.storage.inbox.list('u-resident-zhang', null, 50)).items.filter(
      (e) => e.kind === 'matter_rejected',
    );
    expect(rejection.text).toContain('属于个人经营事项');
    expect(rejection).toMatchObject({ refType: 'matter', refId: rejectedId });
  });

  it('民意5来听: confirmed, waitlisted, promoted, slot cancelled, follow-up recorded and due, reminders', async () => {
    const env = await setup(engine);
    const liu = env.visits('u-cadre-liu');
    const published = await liu('publishSlots', {
      communityId: 'c-dongmen',
      date: '2026-12-05',
      slots: [
        { start: '09:00', end: '11:00', mode: 'station', place: '东门社区红帆驿站', capacity: 1 },
        { start: '14:00', end: '16:00', mode: 'station', place: '东门社区党群服务中心', capacity: 2 },
      ],
    });
    const [morning, afternoon] = published.data.slots as { id: string }[];
    const booking = { topic: '楼道灯坏了想当面说', address: '', phone: '13805371234' };
    const zhangBooked = await env.visits('u-resident-zhang')('book', { slotId: morning.id, ...booking });
    await env.visits('u-resident-li')('book', { slotId: morning.id, ...booking });
    await env.visits('u-resident-zhang')('cancel', { bookingId: zhangBooked.data.booking.id, reason: '临时有事' });
    await env.visits('u-resident-zhang')('book', { slotId: afternoon.id, ...booking });
    // 18:00 the day before, and 07:30 on the day: each booked resident reminded once per moment.
    for (const at of [shanghaiWallClockToMs('2026-12-04', '18:00'), shanghaiWallClockToMs('2026-12-05', '07:30')]) {
      env.deps.clock.advance(at - env.deps.clock.now());
      await runTimerJobs(env.deps);
      await runTimerJobs(env.deps);
    }
    const sheet = await liu('daySheet', { date: '2026-12-05' });
    const zhangOnSheet = sheet.data.slots[1].bookings[0];
    await liu('recordVisit', {
      bookingId: zhangOnSheet.id,
      heard: '3号楼楼道灯坏了一个月',
      followUp: { dueDate: '2026-12-06', note: '回访楼道灯是否修好' },
    });
    await liu('cancelSlot', { slotId: morning.id, reason: '临时参加防汛会议' });
    env.deps.clock.advance(shanghaiWallClockToMs('2026-12-06', '09:00') - env.deps.clock.now());
    await runTimerJobs(env.deps);

    expect(await kindsIn(env.storage, 'u-resident-zhang')).toEqual(
      ['booking_confirmed', 'booking_confirmed', 'visit_reminder', 'visit_reminder', 'followup_recorded'].sort(),
    );
    expect(await kindsIn(env.storage, 'u-resident-li')).toEqual(
      ['booking_waitlisted', 'waitlist_promoted', 'visit_reminder', 'visit_reminder', 'slot_cancelled'].sort(),
    );
    expect(await kindsIn(env.storage, 'u-cadre-liu')).toEqual(['followup_due']);
  });

  it('hands the gateway one message per inbox entry for users who consented, in the template of its kind', async () => {
    const env = await setup(engine);
    for (const key of templateKeys) await env.grant('u-resident-li', key, 20);
    const kinds = notificationKinds.filter((k) => k !== 'followup_due' && k !== 'escalation_overdue');
    for (const [n, kind] of kinds.entries()) {
      await notify(env.deps, {
        kind,
        userIds: ['u-resident-li'],
        communityId: 'c-dongmen',
        // Each about its own matter or booking: no digest holds any back.
        ref: {
          type:
            kind.startsWith('matter') ||
            kind.includes('escalation') ||
            kind.includes('reply') ||
            kind.includes('consultation')
              ? 'matter'
              : 'booking',
          id: `ref-${n}`,
        },
        title: '东门停车',
        dedupeKey: `${kind}:${n}`,
        at: env.deps.clock.now(),
      });
    }
    await dispatchOutbox(env.deps);
    const byTemplate = new Map(env.deps.templates.templates.map((t) => [t.id, t.key]));
    expect(env.gateway.sends.map((s) => byTemplate.get(s.templateId)).sort()).toEqual(
      kinds.map((k) => templateOfKind[k]).sort(),
    );
  });
});

describe.each(engines)('the timer closes resolved matters nobody rated on %s', (engine) => {
  it('closes them once the 7-day window to rate or reopen has passed, and not before', async () => {
    const env = await setup(engine);
    const id = (await env.matters('u-resident-zhang')('raise', draft)).data.matter.id as string;
    const chen = env.matters('u-committee-chen');
    await chen('moderate', { targetType: 'matter', targetIds: [id], decision: 'approve' });
    await chen('conclude', { matterId: id, ending: 'resolve', reason: '禁停标线已施划' });
    env.deps.clock.advance(7 * 86_400_000 - 60_000);
    expect(await runTimerJobs(env.deps)).toMatchObject({ mattersClosed: 0 });
    env.deps.clock.advance(60_000);
    expect(await runTimerJobs(env.deps)).toMatchObject({ mattersClosed: 1 });
    expect(await runTimerJobs(env.deps)).toMatchObject({ mattersClosed: 0 });
    const detail = await env.matters('u-resident-zhang')('detail', { matterId: id });
    expect(detail.data.state).toBe('closed');
    expect(detail.data.timeline.at(-1)).toMatchObject({ transition: 'close', note: '7天内未评价，自动办结' });
  });
});
