/** @jest-environment jsdom */
import type { MatterRecord } from '../../cloudfunctions/lib/ports/matters';
import { requestIdSchema } from '@domain/ids';
import type { SelfView } from '@domain/users';
import { signedInBackend, userView, weappPageTests } from './fixtures';
import { ok, type FakeBackend, type MiniPage } from './harness';
import {
  commentRecord,
  consultationRecord,
  DAY,
  detailOf,
  HOUR,
  matterRecord,
  NOW,
  pageOf,
  threadOf,
  timelineEntry,
} from './matterFixtures';
import { routes } from '@domain/routes';

// 张桂兰 raised the matter; 李明 is a neighbour in the same community (host/seed.ts).
const ZHANG = 'u-resident-zhang';
const LI = 'u-resident-li';
const MATTER = 'm-parking';

/** 张桂兰's matter, three days old (2026-11-24 10:00 in Shanghai). */
const parking = (changes: Partial<MatterRecord> = {}): MatterRecord =>
  matterRecord({
    id: MATTER,
    title: '幸福小区晚上停车太难',
    body: '晚上七点以后小区里就没有车位了，车只能停在消防通道上，很不安全。',
    category: 'parking',
    authorId: ZHANG,
    compoundId: 'p-xingfu',
    gridId: 'g-dongmen-1',
    state: 'consulting',
    supportCount: 3,
    followerCount: 2,
    commentCount: 3,
    createdAt: NOW - 3 * DAY,
    ...changes,
  });

const raised = timelineEntry(MATTER, {
  id: 't-raise',
  transition: 'raise',
  fromState: null,
  toState: 'pending_review',
  at: NOW - 3 * DAY,
  actorRole: 'resident',
});
const approved = timelineEntry(MATTER, {
  id: 't-approve',
  transition: 'approve',
  fromState: 'pending_review',
  toState: 'open',
  at: NOW - 3 * DAY + 2 * HOUR,
});
const convened = timelineEntry(MATTER, {
  id: 't-convene',
  transition: 'convene',
  fromState: 'open',
  toState: 'consulting',
  at: NOW - DAY,
  note: '附议人数较多，召开协商会',
});
const resolved = timelineEntry(MATTER, {
  id: 't-resolve',
  transition: 'resolve',
  fromState: 'consulting',
  toState: 'resolved',
  at: NOW - 2 * HOUR,
  note: '夜间开放幼儿园门前停车位',
});

const meeting = consultationRecord(MATTER, {
  id: 'k-parking',
  scheduledAt: NOW - DAY + 9 * HOUR, // 2026-11-26 19:00
  place: '东门社区党群服务中心二楼',
  agenda: '商量夜间停车办法',
  invitedResidentIds: ['u-resident-zhang', 'u-resident-li'],
  departments: ['物业公司'],
  cadreIds: ['u-cadre-liu'],
  minutes: '与物业、幼儿园商定夜间借用门前车位。',
  actions: [{ id: 'a-1', description: '划夜间停车位', owner: '物业公司', dueDate: '2026-12-05', state: 'doing' }],
  outcome: '晚7点到早7点开放幼儿园门前12个车位',
});

describe('居民说事 detail (real weapp build)', () => {
  const pages = weappPageTests();
  // The phone's clock at the seed's now (2026-11-27 10:00), so times read the same on any day.
  beforeEach(() => jest.spyOn(Date, 'now').mockReturnValue(NOW));
  afterEach(() => jest.restoreAllMocks());
  const user = (id: string) => userView(pages.data, id);

  function backendFor(viewer: SelfView, record: MatterRecord, parts: Parameters<typeof detailOf>[3] = {}): FakeBackend {
    return signedInBackend(pages.data, viewer).reply('matter', 'detail', detailOf(pages.data, viewer, record, parts));
  }

  async function openMatter(backend: FakeBackend): Promise<MiniPage> {
    const page = pages.open(routes.matter.path, { backend, query: { id: MATTER } });
    await page.waitForId('matter-detail');
    return page;
  }

  test('shows the matter, its state, the timeline in order and the consultation', async () => {
    const li = user(LI);
    const p = await openMatter(
      backendFor(li, parking(), { timeline: [raised, approved, convened], consultation: meeting }),
    );

    expect(p.backend.callsOf('matter', 'detail').map((call) => call.data)).toEqual([{ matterId: MATTER }]);
    expect(p.text('matter-detail-title')).toBe('幸福小区晚上停车太难');
    expect(p.text('matter-detail-body')).toBe('晚上七点以后小区里就没有车位了，车只能停在消防通道上，很不安全。');
    expect(p.text('matter-detail-author')).toBe('张桂兰 · 11月24日 10:00');
    expect(p.text('matter-state')).toBe('协商中');
    expect(p.textsOf('matter-detail', 'mq-matter-tags__category')).toEqual(['停车']);
    expect(p.textsOf('matter-detail', 'mq-matter-tags__pin')).toEqual([]);
    expect([p.text('support-count'), p.text('follower-count'), p.text('comment-count')]).toEqual(['3', '2', '3']);

    // Newest on top, for everyone.
    expect(p.textsOf('timeline', 'mq-timeline__label')).toEqual(['安排协商会', '审核通过并公开', '提出说事']);
    expect(p.textsOf('timeline', 'mq-timeline__note')).toEqual(['附议人数较多，召开协商会']);
    expect(p.textsOf('timeline', 'mq-timeline__meta')).toEqual([
      '社区居委会 · 昨天 10:00',
      '社区居委会 · 11月24日 12:00',
      '居民 · 11月24日 10:00',
    ]);
    expect(p.classes('timeline-t-raise')).toContain('mq-timeline__entry--last');
    expect(p.classes('timeline-t-convene')).not.toContain('mq-timeline__entry--last');
    expect(p.classes('timeline-t-convene')).toContain('mq-timeline__entry--latest');

    expect(p.textsOf('consultation', 'mq-card-title')).toEqual(['协商会（拉呱说事）']);
    const rows = p.textsOf('consultation', 'mq-info-row__label');
    const values = p.textsOf('consultation', 'mq-info-row__value');
    expect(Object.fromEntries(rows.map((label, i) => [label, values[i]]))).toEqual({
      时间: '昨天 19:00',
      地点: '东门社区党群服务中心二楼',
      议程: '商量夜间停车办法',
      邀请居民: '2人',
      参加部门: '物业公司',
      民情书记: '刘建国',
      会议纪要: '与物业、幼儿园商定夜间借用门前车位。',
      协商结果: '晚7点到早7点开放幼儿园门前12个车位',
    });
    expect(p.text('consultation-outcome')).toBe('协商结果晚7点到早7点开放幼儿园门前12个车位');
    expect(p.text('action-a-1')).toContain('划夜间停车位');
    expect(p.text('action-a-1')).toContain('负责：物业公司 · 期限：12月5日');
    expect(p.textsOf('action-a-1', 'mq-tag--warn')).toEqual(['办理中']);
  });

  test('lists the comments with replies, marking the committee answer 官方回复', async () => {
    const li = user(LI);
    const comments = pageOf(
      [
        threadOf(pages.data, li, commentRecord(MATTER, { id: 'c-1', authorId: ZHANG, body: '谢谢邻居们附议' }), [
          commentRecord(MATTER, {
            id: 'c-2',
            parentId: 'c-1',
            authorId: 'u-committee-chen',
            official: true,
            body: '周三晚上在党群服务中心商量，欢迎参加',
            createdAt: NOW - 30 * 60_000,
          }),
        ]),
        threadOf(pages.data, li, commentRecord(MATTER, { id: 'c-3', authorId: LI, body: '我家楼下也一样' })),
      ],
      false,
    );
    const backend = backendFor(li, parking(), { timeline: [raised, approved], comments });
    const p = await openMatter(backend);
    await p.waitForId('comment-list');

    // The first page came with the detail: one call opened the page.
    expect(p.backend.callsOf('matter', 'detail')).toHaveLength(1);
    expect(p.backend.callsOf('matter', 'comments')).toEqual([]);
    expect(p.text('comments')).toBe('评论 3');
    expect(p.textsOf('comment-list', 'mq-comment__body')).toEqual([
      '谢谢邻居们附议',
      '周三晚上在党群服务中心商量，欢迎参加',
      '我家楼下也一样',
    ]);
    expect(p.textsOf('comment-list', 'mq-comment__author')).toEqual(['张桂兰', '陈秀英', '李明']);
    // The answer is a reply under the first comment, and only it is marked official.
    expect(p.textsOf('comment-list', 'mq-comments__replies')).toHaveLength(1);
    expect(p.textsOf('comment-list', 'mq-comments__replies')[0]).toContain('周三晚上在党群服务中心商量');
    expect(p.classes('comment-c-2')).toContain('mq-comment--official');
    expect(p.textsOf('comment-c-2', 'mq-comment__official')).toEqual(['官方回复']);
    expect(p.textsOf('comment-list', 'mq-comment__official')).toEqual(['官方回复']);
    expect(p.classes('comment-c-1')).not.toContain('mq-comment--official');
    // Others' comments can be reported, one's own cannot.
    expect(p.find('flag-comment-c-1')).toBeDefined();
    expect(p.find('flag-comment-c-3')).toBeUndefined();
    expect(p.find('comments-more')).toBeUndefined();
  });

  test('附议 sends consultation.support with a request id and shows the count the server answered', async () => {
    const li = user(LI);
    const backend = backendFor(li, parking(), { timeline: [raised, approved, convened] }).reply(
      'matter',
      'support',
      // Others backed it meanwhile: the page must show the server's count, not its own +1.
      { supported: true, supportCount: 9 },
    );
    const p = await openMatter(backend);
    expect(p.text('support-button')).toBe('附议');
    expect(p.text('support-count')).toBe('3');
    expect(p.text('matter-actions')).toContain('您也遇到这件事？点「附议」');

    p.tap('support-button');
    const call = await p.waitFor(() => p.backend.callsOf('matter', 'support')[0], 'the support call');

    expect(call.data).toEqual({ matterId: MATTER });
    expect(requestIdSchema.safeParse(call.requestId).success).toBe(true);
    await p.waitFor(() => p.text('support-count') === '9', 'the new count');
    expect(p.text('support-button')).toBe('取消附议');
    expect(p.classes('support-button')).toContain('nut-button-outline');
    expect(p.text('matter-actions')).not.toContain('您也遇到这件事');
    await p.waitFor(() => p.text().includes('已附议'), 'the 已附议 toast');
    expect(p.backend.callsOf('matter', 'support')).toHaveLength(1);
    expect(p.backend.callsOf('matter', 'unsupport')).toEqual([]);
  });

  test('the author of a resolved matter is asked to rate it; the rating closes it', async () => {
    const zhang = user(ZHANG);
    const done = parking({ state: 'resolved', resolvedAt: NOW - 2 * HOUR, anonymous: true });
    const timeline = [raised, approved, convened, resolved];
    const backend = backendFor(zhang, done, { timeline, consultation: meeting }).on('matter', 'rate', (input) => {
      const { score, comment } = input as { score: number; comment: string };
      const closed = { ...done, state: 'closed' as const, rating: { score, comment, at: NOW } };
      return ok({ matter: detailOf(pages.data, zhang, closed, { timeline, consultation: meeting }) });
    });
    const p = await openMatter(backend);

    expect(p.text('matter-state')).toBe('已解决');
    // Anonymous toward neighbours, but the author sees their own name and that it is hidden.
    expect(p.text('matter-detail-author')).toBe('张桂兰（对居民匿名） · 11月24日 10:00');
    expect(p.textsOf('timeline', 'mq-timeline__label').at(0)).toBe('问题已解决');
    expect(p.textsOf('rate-panel', 'mq-card-title')).toEqual(['您对办理结果满意吗？']);
    expect(p.text('rate-panel')).toContain('打分后这件说事就办结了');
    expect(p.root.querySelectorAll('.nut-rate-item')).toHaveLength(5);
    expect(p.text('reopen-panel')).toContain('解决后7天内可以重新打开（12月4日 08:00前）');
    // The author does not back their own matter.
    expect(p.find('support-button')).toBeUndefined();

    p.tap('rate-submit');
    await p.waitFor(() => p.text('rate-panel').includes('请点星星打分'), 'the missing-score hint');
    await p.settle();
    expect(p.backend.callsOf('matter', 'rate')).toEqual([]);

    p.tapNode(p.root.querySelectorAll('.nut-rate-item')[3]);
    await p.waitFor(() => p.textsOf('rate-stars', 'mq-outcome__score')[0] === '满意', 'four stars: 满意');
    p.tap('rate-submit');
    const call = await p.waitFor(() => p.backend.callsOf('matter', 'rate')[0], 'the rate call');

    expect(call.data).toEqual({ matterId: MATTER, score: 4, comment: '' });
    expect(requestIdSchema.safeParse(call.requestId).success).toBe(true);
    await p.waitForId('matter-rating');
    expect(p.text('matter-rating')).toContain('4分');
    expect(p.textsOf('matter-rating', 'matter-rating__stars')[0]).toMatch(/^★★★★★/);
    expect(p.text('matter-state')).toBe('已办结');
    expect(p.find('rate-panel')).toBeUndefined();
    expect(p.find('reopen-panel')).toBeUndefined();
  });

  test('a neighbour looking at the same resolved matter gets no rating panel and no 附议', async () => {
    const li = user(LI);
    const done = parking({ state: 'resolved', resolvedAt: NOW - 2 * HOUR, anonymous: true });
    const p = await openMatter(backendFor(li, done, { timeline: [raised, approved, convened, resolved] }));

    expect(p.text('matter-detail-author')).toBe('匿名居民 · 11月24日 10:00');
    expect(p.text('matter-state')).toBe('已解决');
    expect(p.find('rate-panel')).toBeUndefined();
    expect(p.find('reopen-panel')).toBeUndefined();
    expect(p.find('support-button')).toBeUndefined();
    expect(p.text('follow-button')).toBe('关注');
    expect(p.text()).not.toContain('张桂兰');
  });
});
