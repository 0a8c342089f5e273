import { engines } from '../../support/storages';
import { approvedMatter, setup } from './matterEnv';

/** A consultation the committee calls for tomorrow. */
const meetingTomorrow = (env: Awaited<ReturnType<typeof setup>>, matterId: string) => ({
  matterId,
  scheduledAt: env.deps.clock.now() + 86_400_000,
  place: '东门社区红帆驿站',
  agenda: '商量停车秩序',
  departments: [],
  cadreIds: [],
});
const escalation = { level: 'street', department: '街道城管科', dueDate: '2026-12-30', note: '需要街道协调' } as const;

describe.each(engines)('matter services: the answer to an escalation on %s', (engine) => {
  it('returns a matter escalated straight away to 征集意见, not 协商中: no meeting was called', async () => {
    const env = await setup(engine);
    const id = await approvedMatter(env);
    const chen = env.as('u-committee-chen');
    expect(await chen('escalate', { matterId: id, ...escalation })).toMatchObject({ ok: true });
    env.deps.clock.advance(1);
    const answered = await chen('answerEscalation', { matterId: id, response: '城管科已安排夜间巡查' });
    expect(answered).toMatchObject({ ok: true, data: { matter: { state: 'open' } } });
    const detail = (answered as { data: { matter: { timeline: { label: string; toState: string }[] } } }).data.matter;
    expect(detail.timeline.map((entry) => entry.label)).not.toContain('安排协商会');
    expect(detail.timeline.at(-1)).toMatchObject({ label: '街道/部门已答复', toState: 'open' });
    // The escalation's step names its due date the way every screen does.
    expect(detail.timeline.at(-2)).toMatchObject({ note: '街道城管科，12月30日 周三前答复' });
    // The committee carries on from there: it may still call a meeting.
    expect(await chen('convene', meetingTomorrow(env, id))).toMatchObject({ ok: true });
    expect(await chen('detail', { matterId: id })).toMatchObject({ data: { state: 'consulting' } });
  });

  it('returns a matter escalated during a consultation to 协商中, and a retry answers the same', async () => {
    const env = await setup(engine);
    const id = await approvedMatter(env);
    const chen = env.as('u-committee-chen');
    await chen('convene', meetingTomorrow(env, id));
    env.deps.clock.advance(1);
    await chen('escalate', { matterId: id, ...escalation });
    env.deps.clock.advance(1);
    const answer = { matterId: id, response: '城管科已安排夜间巡查' };
    const first = await chen('answerEscalation', answer, 'req-answer-1');
    expect(first).toMatchObject({ ok: true, data: { matter: { state: 'consulting' } } });
    expect(await chen('answerEscalation', answer, 'req-answer-1')).toEqual(first);
    const audit = await env.storage.audit.list({ after: null, limit: 50 });
    expect(audit.items.find((line) => line.action === 'matter.answerEscalation')).toMatchObject({
      before: { state: 'escalated' },
      after: { state: 'consulting' },
    });
  });
});
