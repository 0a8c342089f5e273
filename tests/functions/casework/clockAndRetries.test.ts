import {
  COMMITTEE,
  caseworkSetup,
  dataOf,
  DEPT,
  DEPT_COLLEAGUE,
  GRID,
  lampDraft,
  PROPERTY,
  refused,
  STREET,
} from './caseworkEnv';
import { engines, type EngineName } from '../../support/storages';

const environmentDraft = {
  title: '垃圾桶满了没人清',
  body: '东门社区幸福小区门口的垃圾桶已经满了三天，气味很大，希望尽快清运。',
  category: 'environment',
};
const MINUTE = 60_000;
/** 2026-11-27 is a Friday; the test clock starts at 10:00 Shanghai. */
const at = (day: number, hour: number, minute = 0) => Date.UTC(2026, 10, day, hour - 8, minute);

async function caseDispatchedAt(engine: EngineName, when: number, draft: object = environmentDraft) {
  const env = await caseworkSetup(engine);
  await env.storage.routing.setSlaClass('s-guhuai', 'other', 'urgent', STREET, env.deps.clock.now());
  const matterId = await env.openMatter(draft);
  env.deps.clock.advance(when - env.deps.clock.now());
  const { case: detail } = dataOf(await env.call(COMMITTEE, 'dispatch', { matterId }));
  return { env, caseId: detail.summary.id as string, detail };
}

function goTo(env: Awaited<ReturnType<typeof caseworkSetup>>, when: number) {
  env.deps.clock.advance(when - env.deps.clock.now());
}

describe.each(engines)('the return window (退单) on a controlled clock on %s', (engine: EngineName) => {
  it('closes 2 working hours after a Friday-morning dispatch', async () => {
    const { env, caseId, detail } = await caseDispatchedAt(engine, at(27, 10));
    expect(detail.returnDeadline).toBe(at(27, 12));
    goTo(env, at(27, 12) + 1);
    const snapshot = env.snapshot();
    const late = await env.call(DEPT, 'return', { caseId, reason: '不归城管管' });
    expect(late).toMatchObject({ ok: false, code: 'DEADLINE_PASSED' });
    expect(late.ok ? '' : late.message).toContain('截至11月27日12:00');
    expect(env.snapshot()).toEqual(snapshot);
    expect(dataOf(await env.call(DEPT, 'case', { caseId })).case.actions).toEqual(['accept']);
  });

  it('at the deadline itself the holder may still return it', async () => {
    const { env, caseId } = await caseDispatchedAt(engine, at(27, 10));
    goTo(env, at(27, 12));
    expect(refused(await env.call(DEPT, 'return', { caseId, reason: '不归城管管' }))).toBe('ok');
  });

  it('a Friday-evening dispatch may be returned over the weekend until Monday 10:30', async () => {
    const { env, caseId, detail } = await caseDispatchedAt(engine, at(27, 17));
    expect(detail.returnDeadline).toBe(at(30, 10, 30));
    goTo(env, at(29, 20));
    expect(dataOf(await env.call(DEPT, 'case', { caseId })).case.actions).toEqual(['accept', 'return']);
    goTo(env, at(30, 10, 31));
    expect(refused(await env.call(DEPT, 'return', { caseId, reason: '不归城管管' }))).toBe('DEADLINE_PASSED');
  });

  it('an urgent case dispatched on Friday evening is returned before its due time, not on Monday', async () => {
    const draft = { ...environmentDraft, category: 'other', title: '井盖丢了有危险' };
    const { env, caseId, detail } = await caseDispatchedAt(engine, at(27, 17), draft);
    // No rule takes 其他: the street holds it (首接负责), urgent by the table, due at 19:00.
    expect(detail.summary).toMatchObject({ slaClass: 'urgent', dueAt: at(27, 19), holder: { kind: 'street' } });
    expect(detail.returnDeadline).toBe(at(27, 19));
    goTo(env, at(27, 19) + MINUTE);
    const late = await env.call(STREET, 'return', { caseId, reason: '应由住建局处理' });
    expect(late.ok ? '' : late.message).toContain('截至11月27日19:00');
    // The case is overdue now, and red in the street's view.
    const [line] = dataOf(await env.call(STREET, 'supervision', { overdueOnly: true })).items;
    expect(line).toMatchObject({ id: caseId, overdue: true });
  });
});

describe.each(engines)('races and retries on %s', (engine: EngineName) => {
  it('of two users of one body accepting at once, exactly one wins', async () => {
    const env = await caseworkSetup(engine);
    const matterId = await env.openMatter(environmentDraft);
    const { case: detail } = dataOf(await env.call(COMMITTEE, 'dispatch', { matterId }));
    const caseId = detail.summary.id;
    const answers = await Promise.all([
      env.call(DEPT, 'accept', { caseId }),
      env.call(DEPT_COLLEAGUE, 'accept', { caseId }),
    ]);
    expect(answers.map(refused).sort()).toEqual(['CONFLICT', 'ok']);
    const stored = await env.storage.cases.findById(caseId);
    const winner = answers[0]!.ok ? DEPT : DEPT_COLLEAGUE;
    expect(stored).toMatchObject({ state: 'accepted', acceptedBy: winner });
    expect(await env.handoffWords(matterId)).toHaveLength(2);
    const loser = answers.find((a) => !a.ok);
    expect(loser?.ok ? '' : loser?.message).toBe('这件案件已由同事受理');
  });

  it('every command retried with its request id answers the same and writes nothing more', async () => {
    const env = await caseworkSetup(engine);
    let n = 0;
    const twice = async (caller: string, action: string, data: object) => {
      const id = `req-retry-${(n += 1)}`;
      const first = await env.call(caller, action, data, id);
      expect(refused(first)).toBe('ok');
      const snapshot = env.snapshot();
      const retry = await env.call(caller, action, data, id);
      expect({ action, retry }).toEqual({ action, retry: first });
      expect(env.snapshot()).toEqual(snapshot);
      return dataOf(first);
    };
    const lampMatter = await env.openMatter(lampDraft);
    const lamp = (await twice(COMMITTEE, 'dispatch', { matterId: lampMatter })).case.summary.id;
    await twice(PROPERTY, 'accept', { caseId: lamp });
    await twice(PROPERTY, 'requestExtension', { caseId: lamp, hours: 6, reason: '等待配件到货' });
    await twice(STREET, 'decideExtension', { caseId: lamp, approve: true });
    await twice(PROPERTY, 'markLongTerm', { caseId: lamp, plan: '等待整体改造', reviewDate: '2027-01-15' });
    await twice(PROPERTY, 'feedback', { caseId: lamp, text: '已更换灯头', photos: [] });
    await twice(GRID, 'verify', { caseId: lamp, outcome: 'sentBack', note: '还有一盏不亮' });
    await twice(PROPERTY, 'feedback', { caseId: lamp, text: '另一盏也换好了', photos: [] });
    await twice(COMMITTEE, 'verify', { caseId: lamp, outcome: 'passed', note: '' });
    const envMatter = await env.openMatter(environmentDraft);
    const trash = (await twice(COMMITTEE, 'dispatch', { matterId: envMatter })).case.summary.id;
    await twice(DEPT, 'return', { caseId: trash, reason: '小区内归物业' });
    const next = (
      await twice(STREET, 'reroute', {
        caseId: trash,
        holder: { kind: 'grid', id: 'g-dongmen-1' },
        reason: '网格先协调',
      })
    ).case.summary.id;
    await twice(COMMITTEE, 'withdraw', { caseId: next, reason: '社区已协调解决' });
    env.deps.uploads.record('local/patrol0001.jpg', GRID);
    await twice(GRID, 'report', {
      title: '路面塌陷',
      description: '东门第一网格幸福小区北门外路面塌陷一处，约半米见方。',
      category: 'facilities',
      gridId: 'g-dongmen-1',
      compoundId: 'p-xingfu',
      photos: ['local/patrol0001.jpg'],
    });
  });
});
