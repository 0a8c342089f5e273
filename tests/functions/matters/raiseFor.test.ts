import type { MatterDetail } from '@domain/matters/views';
import { callerFor } from '../../../cloudfunctions/lib/caller';
import { raiseFor } from '../../../cloudfunctions/lib/services/matters/raiseFor';
import { demoOpenid } from '../../../host/seed';
import { seededBackend } from '../../support/seededBackend';
import { engines } from '../../support/storages';
import { requestId } from '../../support/testDeps';
import { exportLedger, openLedger } from '../stats/ledgerScene';
import { draft } from './matterEnv';

const COMMITTEE = 'u-committee-chen'; // 陈秀英, 东门社区
const CADRE = 'u-cadre-liu'; // 刘建国, 东门 and 西门
const GRID = 'u-grid-sun'; // 孙丽, 东门第一网格
const RESIDENT = 'u-resident-zhang'; // 张桂兰, 东门
const FAMILY = 'u-resident-li'; // 李明, 东门

async function setup(engine: (typeof engines)[number]) {
  const backend = await seededBackend({ engine });
  const as =
    (userId: string) =>
    (action: string, data: object = {}, id?: string) =>
      // Read field by field: a refused answer has no data, and each test says which it expects.
      backend.call('matter', userId, action, data, id) as Promise<{ ok: boolean; code?: string; data: any }>;
  const told = (kind: string) => backend.deps.notified.filter((event) => event.kind === kind);
  return { ...backend, backend, as, told };
}

const forZhang = { ...draft, residentId: RESIDENT, residentName: '张阿姨', consent: '本人在居委会口头同意' };

describe.each(engines)('红色代办 for 说事 on %s', (engine) => {
  it('raises for a registered resident: theirs in 我的说事, 由陈秀英代办 on list and detail, family told', async () => {
    const env = await setup(engine);
    const raised = await env.as(COMMITTEE)('raiseFor', { ...forZhang, familyId: FAMILY });
    expect(raised).toMatchObject({ ok: true, data: { moderation: 'queued' } });
    const matter = raised.data.matter as MatterDetail;
    expect(matter).toMatchObject({
      author: { id: RESIDENT, name: '张桂兰' },
      raisedBy: { name: '陈秀英', line: '由陈秀英代办', consent: '本人在居委会口头同意' },
      state: 'pending_review',
    });
    expect(matter.timeline).toEqual([expect.objectContaining({ actorRole: 'committee', note: '由陈秀英代办' })]);

    const mine = await env.as(RESIDENT)('mine', { relation: 'raised' });
    expect(mine.data.items).toEqual([
      expect.objectContaining({ id: matter.id, raisedBy: expect.objectContaining({ line: '由陈秀英代办' }) }),
    ]);
    const own = await env.as(RESIDENT)('detail', { matterId: matter.id });
    expect(own.data).toMatchObject({ mine: { isAuthor: true }, raisedBy: { consent: '本人在居委会口头同意' } });
    for (const follower of [RESIDENT, FAMILY, COMMITTEE]) {
      const following = await env.as(follower)('mine', { relation: 'following' });
      expect(following.data.items.map((m: { id: string }) => m.id)).toContain(matter.id);
    }

    const [toResident, toFamily] = env.told('matter_raised_on_behalf');
    expect(env.told('matter_raised_on_behalf')).toHaveLength(2);
    expect(toResident).toMatchObject({ userIds: [RESIDENT], ref: { type: 'matter', id: matter.id } });
    expect(toFamily).toMatchObject({ userIds: [FAMILY] });
    const familyInbox = await env.storage.inbox.list(FAMILY, null, 10);
    expect(familyInbox.items[0].text).toContain('您的家人张桂兰');
    const residentInbox = await env.storage.inbox.list(RESIDENT, null, 10);
    expect(residentInbox.items[0].text).toContain('由陈秀英代办，本人在居委会口头同意');

    await env.as(COMMITTEE)('moderate', { targetType: 'matter', targetIds: [matter.id], decision: 'approve' });
    // The family member reads how she agreed; another resident does not.
    const family = await env.as(FAMILY)('detail', { matterId: matter.id });
    expect(family.data.raisedBy).toMatchObject({ consent: '本人在居委会口头同意' });
    const other = await env.newResident('wx-neighbour', '周大妈');
    const listed = (await env.call('matter', { openid: other.openid }, 'list', {})) as { data: any };
    expect(listed.data.items).toEqual([
      expect.objectContaining({
        id: matter.id,
        author: expect.objectContaining({ name: '张桂兰' }),
        raisedBy: { name: '陈秀英', line: '由陈秀英代办', consent: '' },
      }),
    ]);
  });

  it('raises for a resident without an account: shown as theirs by the name written, the cadre follows it', async () => {
    const env = await setup(engine);
    const raised = await env.as(CADRE)('raiseFor', {
      ...draft,
      communityId: 'c-dongmen',
      residentId: null,
      residentName: '李大爷',
      consent: '本人口头同意',
    });
    expect(raised.ok).toBe(true);
    const matter = raised.data.matter as MatterDetail;
    expect(matter).toMatchObject({
      author: { name: '李大爷', role: 'resident' },
      raisedBy: { line: '由刘建国代办', consent: '本人口头同意' },
    });
    // The committee weighs the resident, not the cadre: no account, no record of other matters.
    const queue = await env.as(COMMITTEE)('moderationQueue', { kind: 'pending', target: 'matter' });
    expect(queue.data.matters).toEqual([
      expect.objectContaining({
        author: expect.objectContaining({ name: '李大爷' }),
        raisedBy: { name: '刘建国', line: '由刘建国代办', consent: '本人口头同意' },
        authorContext: expect.objectContaining({ communityId: 'c-dongmen', phoneVerified: false, otherMatters: 0 }),
      }),
    ]);
    // Waiting for review, and still the cadre's to follow: they raised it.
    expect((await env.as(CADRE)('detail', { matterId: matter.id })).data).toMatchObject({ state: 'pending_review' });
    expect(env.told('matter_raised_on_behalf')).toEqual([]);

    await env.as(COMMITTEE)('moderate', { targetType: 'matter', targetIds: [matter.id], decision: 'approve' });
    const seen = await env.as('u-resident-li')('detail', { matterId: matter.id });
    expect(seen.data).toMatchObject({
      author: { name: '李大爷' },
      raisedBy: { line: '由刘建国代办', consent: '' },
      mine: { isAuthor: false },
    });
    expect((await env.as(CADRE)('mine', { relation: 'following' })).data.items).toHaveLength(1);
  });

  it('hides the resident’s name from other residents when asked, never from the committee', async () => {
    const env = await setup(engine);
    const raised = await env.as(GRID)('raiseFor', { ...forZhang, anonymous: true });
    const id = (raised.data.matter as MatterDetail).id;
    await env.as(COMMITTEE)('moderate', { targetType: 'matter', targetIds: [id], decision: 'approve' });
    const seen = await env.as(FAMILY)('detail', { matterId: id });
    expect(seen.data).toMatchObject({ author: { name: '匿名居民' }, raisedBy: { line: '由孙丽代办' } });
    expect((await env.as(COMMITTEE)('detail', { matterId: id })).data.author.name).toBe('张桂兰');
  });

  it('refuses another community’s resident, residents, companies and other communities’ staff, changing nothing', async () => {
    const env = await setup(engine);
    const before = env.snapshot();
    const refused = async (userId: string, data: object) => (await env.as(userId)('raiseFor', data)).code;
    expect(await refused(COMMITTEE, { ...forZhang, residentId: 'u-resident-wang' })).toBe('BAD_INPUT');
    expect(await refused(COMMITTEE, { ...forZhang, familyId: 'u-resident-wang' })).toBe('BAD_INPUT');
    expect(await refused(COMMITTEE, { ...forZhang, consent: '' })).toBe('BAD_INPUT');
    expect(await refused(RESIDENT, { ...forZhang, residentId: null })).toBe('FORBIDDEN');
    expect(await refused('u-property-zheng', forZhang)).toBe('FORBIDDEN');
    expect(await refused('u-committee-zhao', { ...forZhang, communityId: 'c-dongmen' })).toBe('OUTSIDE_COMMUNITY');
    expect(await refused('u-committee-zhao', forZhang)).toBe('BAD_INPUT');
    expect(await refused(GRID, { ...forZhang, residentId: null, communityId: 'c-ximen' })).toBe('OUTSIDE_COMMUNITY');
    expect(env.snapshot()).toEqual(before);
  });

  it('names the resident, masked, and who raised it for them in 居民说事台账', async () => {
    const env = await setup(engine);
    await env.as(COMMITTEE)('raiseFor', forZhang);
    env.deps.clock.advance(1000);
    const walkIn = { ...forZhang, residentId: null, residentName: '李大爷', communityId: 'c-dongmen' };
    await env.as(CADRE)('raiseFor', walkIn);
    const today = { kind: 'custom', from: '2026-11-27', to: '2026-11-27' };
    const job = await exportLedger(env.backend, COMMITTEE, { ledger: 'matters', period: today });
    const { sheet, text } = openLedger(env.backend, job);
    expect(sheet.rows.map((row) => row['提出人(已脱敏)'])).toEqual(['张**（由陈秀英代办）', '李**（由刘建国代办）']);
    expect(text).not.toContain('李大爷');
  });

  it('keeps the resident’s daily limit: staff cannot raise a sixth matter for them today', async () => {
    const env = await setup(engine);
    for (let i = 0; i < 5; i += 1) {
      expect((await env.as(RESIDENT)('raise', { ...draft, title: `第${i + 1}件关于停车的事情` })).ok).toBe(true);
    }
    expect((await env.as(COMMITTEE)('raiseFor', forZhang)).code).toBe('RATE_LIMITED');
  });

  it('answers a retry with the same matter, and nobody is told twice', async () => {
    const env = await setup(engine);
    const id = requestId();
    const data = { ...forZhang, familyId: FAMILY };
    const first = await env.as(COMMITTEE)('raiseFor', data, id);
    const again = await env.as(COMMITTEE)('raiseFor', data, id);
    expect(again.data.matter.id).toBe(first.data.matter.id);
    // An attempt left behind after storing the matter: the retry finds it and finishes the work.
    const staff = (await env.storage.users.findById(COMMITTEE))!;
    const ctx = {
      caller: callerFor(demoOpenid(COMMITTEE), 'wx-test', staff),
      deps: env.deps,
      requestId: id,
      earlierAttempt: true,
    };
    const retried = await raiseFor(ctx, { ...data, category: 'parking', photos: [], anonymous: false });
    expect(retried.matter.id).toBe(first.data.matter.id);
    expect((await env.as(RESIDENT)('mine', { relation: 'raised' })).data.items).toHaveLength(1);
    expect(env.told('matter_raised_on_behalf')).toHaveLength(2);
  });
});
