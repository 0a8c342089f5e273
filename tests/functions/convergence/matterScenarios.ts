import {
  type Env,
  RETRIED_ID,
  matterState,
  ok,
  publishedMatter,
  ratedMatterState,
  resolvedMatter,
  type Scenario,
} from './harness';

/** Li and Wang (moved into 东门 as its third resident) flag the target, so Zhang's flag is the third. */
async function flaggedTwice(env: Env, targetType: 'matter' | 'comment', targetId: string): Promise<void> {
  await env.storage.users.assignRole(
    'u-resident-wang',
    { role: 'resident', communityIds: ['c-dongmen'], gridIds: [], orgId: null },
    env.deps.clock.now(),
  );
  for (const flagger of ['u-resident-li', 'u-resident-wang']) {
    await ok(env.call('matter', flagger, 'flag', { targetType, targetId, reason: '广告' }));
  }
}

/** 居民说事 commands, each with the state it must end in. */
export const matterScenarios: [string, Scenario][] = [
  [
    'raise',
    {
      async arrange() {},
      async act(env) {
        const answer = await env.call(
          'matter',
          'u-resident-zhang',
          'raise',
          { title: '小区门口路灯不亮', body: '晚上回家看不清路，老人容易摔倒', category: 'facilities' },
          RETRIED_ID,
        );
        if (answer.ok) env.refs.matter = answer.data.matter.id;
        return answer;
      },
      observe: matterState,
    },
  ],
  [
    'raiseFor (红色代办: for Zhang, Li told as family)',
    {
      async arrange() {},
      async act(env) {
        const answer = await env.call(
          'matter',
          'u-committee-chen',
          'raiseFor',
          {
            title: '小区门口路灯不亮',
            body: '晚上回家看不清路，老人容易摔倒',
            category: 'facilities',
            residentId: 'u-resident-zhang',
            residentName: '张阿姨',
            consent: '本人口头同意',
            familyId: 'u-resident-li',
          },
          RETRIED_ID,
        );
        if (answer.ok) env.refs.matter = answer.data.matter.id;
        return answer;
      },
      async observe(env) {
        const matter = env.refs.matter ? await env.storage.matters.findById(env.refs.matter) : null;
        return { ...(await matterState(env)), onBehalf: matter?.onBehalf ?? null };
      },
    },
  ],
  [
    'moderate (approve two matters)',
    {
      async arrange(env) {
        const raise = (title: string) =>
          ok(
            env.call('matter', 'u-resident-zhang', 'raise', {
              title,
              body: '晚上回家看不清路，老人容易摔倒',
              category: 'facilities',
            }),
          );
        env.refs.matter = (await raise('小区门口路灯不亮')).matter.id;
        env.refs.otherMatter = (await raise('楼道里堆满了杂物')).matter.id;
      },
      act: (env) =>
        env.call(
          'matter',
          'u-committee-chen',
          'moderate',
          { targetType: 'matter', targetIds: [env.refs.matter, env.refs.otherMatter], decision: 'approve' },
          RETRIED_ID,
        ),
      observe: matterState,
    },
  ],
  [
    'comment (an official reply tells the followers)',
    {
      async arrange(env) {
        env.refs.matter = await publishedMatter(env);
      },
      act: (env) =>
        env.call(
          'matter',
          'u-committee-chen',
          'comment',
          { matterId: env.refs.matter, body: '已联系物业，本周内修好' },
          RETRIED_ID,
        ),
      observe: matterState,
    },
  ],
  [
    'convene',
    {
      async arrange(env) {
        env.refs.matter = await publishedMatter(env);
      },
      act: (env) =>
        env.call(
          'matter',
          'u-committee-chen',
          'convene',
          {
            matterId: env.refs.matter,
            scheduledAt: Date.UTC(2026, 11, 1, 2, 0),
            place: '东门社区红帆驿站',
            agenda: '商量路灯维修',
            departments: [],
            cadreIds: ['u-cadre-liu'],
          },
          RETRIED_ID,
        ),
      observe: matterState,
    },
  ],
  [
    'conclude (resolved: the followers are told)',
    {
      async arrange(env) {
        env.refs.matter = await publishedMatter(env);
      },
      act: (env) =>
        env.call(
          'matter',
          'u-committee-chen',
          'conclude',
          { matterId: env.refs.matter, ending: 'resolve', reason: '路灯已修好' },
          RETRIED_ID,
        ),
      observe: matterState,
    },
  ],
  [
    'rate (the retry answers with the rating, not 已经评价过了)',
    {
      async arrange(env) {
        env.refs.matter = await resolvedMatter(env);
      },
      act: (env) =>
        env.call(
          'matter',
          'u-resident-zhang',
          'rate',
          { matterId: env.refs.matter, score: 4, comment: '修得快，有事打13805371234' },
          RETRIED_ID,
        ),
      observe: ratedMatterState,
    },
  ],
  [
    'reopen (the retry answers with the reopened matter)',
    {
      async arrange(env) {
        env.refs.matter = await resolvedMatter(env);
      },
      act: (env) =>
        env.call(
          'matter',
          'u-resident-zhang',
          'reopen',
          { matterId: env.refs.matter, reason: '路灯又不亮了，电话13805371234' },
          RETRIED_ID,
        ),
      observe: ratedMatterState,
    },
  ],
  [
    'flag (the third flag hides the matter)',
    {
      async arrange(env) {
        env.refs.matter = await publishedMatter(env);
        await flaggedTwice(env, 'matter', env.refs.matter);
      },
      act: (env) =>
        env.call(
          'matter',
          'u-resident-zhang',
          'flag',
          { targetType: 'matter', targetId: env.refs.matter, reason: '内容不实' },
          RETRIED_ID,
        ),
      observe: ratedMatterState,
    },
  ],
  [
    'flag a comment (the third flag hides it)',
    {
      async arrange(env) {
        env.refs.matter = await publishedMatter(env);
        const posted = await ok(
          env.call('matter', 'u-committee-chen', 'comment', { matterId: env.refs.matter, body: '已联系物业' }),
        );
        env.refs.comment = posted.comment.id;
        await flaggedTwice(env, 'comment', env.refs.comment);
      },
      act: (env) =>
        env.call(
          'matter',
          'u-resident-zhang',
          'flag',
          { targetType: 'comment', targetId: env.refs.comment, reason: '内容不实' },
          RETRIED_ID,
        ),
      async observe(env) {
        const comment = await env.storage.comments.findById(env.refs.comment);
        return { ...(await matterState(env)), comment: [comment?.state, comment?.flagCount] };
      },
    },
  ],
];
