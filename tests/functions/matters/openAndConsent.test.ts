import { engines } from '../../support/storages';
import type { Answer } from '../../support/seededBackend';
import { approvedMatter, draft, setup } from './matterEnv';

/** The data of an answer that must have succeeded (the test reads it field by field). */
function dataOf(answer: Answer): any {
  if (!answer.ok) throw new Error(`refused: ${answer.code} ${answer.message}`);
  return answer.data;
}

/** Issue 11: a matter's page opens with one call, 说事审核 with one, and a tap's consent rides along. */
describe.each(engines)('matters in fewer calls on %s', (engine) => {
  it('brings the first page of comments with the detail, as the comments action pages them', async () => {
    const env = await setup(engine);
    const matterId = await approvedMatter(env, 'u-resident-li');
    const zhang = env.as('u-resident-zhang');
    for (let i = 1; i <= 22; i += 1) await zhang('comment', { matterId, body: `第${i}条：我也遇到这个问题` });
    await env.as('u-cadre-liu')('comment', { matterId, body: '已联系物业，本周处理' });

    const detail = await zhang('detail', { matterId });
    expect(detail.ok).toBe(true);
    const { comments, ...matter } = dataOf(detail);
    expect(matter).toMatchObject({ id: matterId, commentCount: 23 });
    expect(comments).toEqual(dataOf(await zhang('comments', { matterId, limit: 20 })));
    expect(comments.items).toHaveLength(20);
    const rest = await zhang('comments', { matterId, limit: 20, cursor: comments.nextCursor });
    expect(dataOf(rest)).toMatchObject({ nextCursor: null });
    expect(dataOf(rest).items).toHaveLength(3);
  });

  it('answers the four first pages of 说事审核 in one call, each as its own queue answers it', async () => {
    const env = await setup(engine);
    const queued = await env.as('u-resident-li')('raise', draft);
    expect(dataOf(queued)).toMatchObject({ moderation: 'queued' });
    const flagged = await approvedMatter(env, 'u-resident-zhang');
    await env.as('u-resident-li')('flag', { targetType: 'matter', targetId: flagged, reason: '内容不实' });
    // 东门 reviews comments first: this one waits in the committee's queue.
    await env.as('u-resident-li')('comment', { matterId: flagged, body: '这是广告' });
    const chen = env.as('u-committee-chen');

    const all = await chen('moderationQueues', { limit: 30 });
    expect(all.ok).toBe(true);
    const queues = [
      ['pendingMatters', 'pending', 'matter'],
      ['flaggedMatters', 'flagged', 'matter'],
      ['pendingComments', 'pending', 'comment'],
      ['flaggedComments', 'flagged', 'comment'],
    ] as const;
    for (const [key, kind, target] of queues) {
      expect({ key, page: dataOf(all)[key] }).toEqual({
        key,
        page: dataOf(await chen('moderationQueue', { kind, target, limit: 30 })),
      });
    }
    const counts = dataOf(all);
    expect(counts.pendingMatters.matters).toHaveLength(1);
    expect(counts.flaggedMatters.matters).toHaveLength(1);
    expect(counts.pendingComments.comments).toHaveLength(1);
    expect(await env.as('u-resident-li')('moderationQueues', { limit: 30 })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });

  it('records the consent of the tap with the raise, the support and the follow', async () => {
    const env = await setup(engine);
    const progress = env.deps.templates.templates.find((t) => t.key === 'matterProgress')!.id;
    const booking = env.deps.templates.templates.find((t) => t.key === 'bookingResult')!.id;
    const credits = async (userId: string) => {
      const stored = await env.storage.subscriptions.credits(userId);
      return stored[progress] ?? 0;
    };
    const matterId = await approvedMatter(env, 'u-resident-li', { ...draft, acceptedTemplateIds: [progress] });
    expect(await credits('u-resident-li')).toBe(1);

    const zhang = env.as('u-resident-zhang');
    expect(await zhang('support', { matterId, acceptedTemplateIds: [booking] })).toMatchObject({
      ok: false,
      code: 'BAD_INPUT',
    });
    expect(await zhang('detail', { matterId })).toMatchObject({ data: { supportCount: 0 } });
    expect(await zhang('support', { matterId, acceptedTemplateIds: [progress] })).toMatchObject({
      ok: true,
      data: { supported: true, supportCount: 1 },
    });
    expect(await zhang('follow', { matterId, acceptedTemplateIds: [progress] })).toMatchObject({ ok: true });
    expect(await credits('u-resident-zhang')).toBe(2);
    // Taps without consent record none.
    expect(await zhang('unsupport', { matterId })).toMatchObject({ ok: true });
    expect(await zhang('support', { matterId })).toMatchObject({ ok: true });
    expect(await credits('u-resident-zhang')).toBe(2);
  });
});
