import { QUEUE_BODY_PREVIEW_CHARS } from '@domain/matters/queueAuthor';
import { engines } from '../../support/storages';
import { draft, setup } from './matterEnv';

type Queues = {
  data: { pendingMatters: { matters: Record<string, unknown>[] }; flaggedMatters: { matters: unknown[] } };
};

describe.each(engines)('the moderation queue shows what the committee decides on, on %s', (engine) => {
  it('each matter with its body start, photos and its author’s place, phone check and record, in one call', async () => {
    const env = await setup(engine);
    const zhang = env.as('u-resident-zhang');
    const earlier = await zhang('raise', { ...draft, title: '楼下广告太多' });
    const earlierId = (earlier as { data: { matter: { id: string } } }).data.matter.id;
    await env.as('u-committee-chen')('moderate', {
      targetType: 'matter',
      targetIds: [earlierId],
      decision: 'reject',
      reason: '重复提交',
    });
    env.deps.uploads.record('local/contextphoto1.jpg', 'u-resident-zhang');
    const longBody = '消防通道被私家车占满，'.repeat(40);
    await zhang('raise', { ...draft, body: longBody, photos: ['local/contextphoto1.jpg'] });

    const answer = (await env.as('u-committee-chen')('moderationQueues', { limit: 10 })) as Queues;
    const [matter] = answer.data.pendingMatters.matters;
    expect(matter).toMatchObject({
      bodyCut: true,
      photos: [{ fileId: 'local/contextphoto1.jpg', status: expect.any(String) }],
      authorContext: {
        communityId: 'c-dongmen',
        compoundId: 'p-xingfu',
        building: '3号楼2单元501',
        phoneVerified: true,
        otherMatters: 1,
        rejectedMatters: 1,
      },
    });
    expect(Array.from(matter.body as string)).toHaveLength(QUEUE_BODY_PREVIEW_CHARS);
    expect(longBody.startsWith(matter.body as string)).toBe(true);
    // Whether the phone is verified, never the number.
    expect(JSON.stringify(answer)).not.toContain('13805371234');
  });
});
