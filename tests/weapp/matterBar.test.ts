/** @jest-environment jsdom */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MatterRecord } from '../../cloudfunctions/lib/ports/matters';
import type { SelfView } from '@domain/users';
import { routes } from '@domain/routes';
import { signedInBackend, userView, weappPageTests } from './fixtures';
import type { FakeBackend, MiniPage } from './harness';
import { commentRecord, DAY, detailOf, matterRecord, NOW, pageOf, threadOf, timelineEntry } from './matterFixtures';

const ZHANG = 'u-resident-zhang';
const LI = 'u-resident-li';
const MATTER = 'm-long';
/** As long as a matter may be: a thousand characters. */
const LONG_BODY = '东门口每天晚上都停满了车，消防通道被堵死，老人出门要绕很远的路。'.repeat(32).slice(0, 1000);
const LONG_COMMENT = '我家就在东门口，晚上八点以后车一辆挨着一辆，救护车上次就进不来。'.repeat(4);

const longMatter = (): MatterRecord =>
  matterRecord({
    id: MATTER,
    title: '东门口晚上乱停车',
    body: LONG_BODY,
    category: 'parking',
    authorId: ZHANG,
    state: 'open',
    supportCount: 5,
    commentCount: 2,
    createdAt: NOW - 2 * DAY,
  });

const timeline = [
  timelineEntry(MATTER, {
    id: 't-raise',
    transition: 'raise',
    fromState: null,
    toState: 'pending_review',
    at: NOW - 2 * DAY,
    actorRole: 'resident',
  }),
  timelineEntry(MATTER, {
    id: 't-approve',
    transition: 'approve',
    fromState: 'pending_review',
    toState: 'open',
    at: NOW - DAY,
  }),
];

describe('a long matter on the real weapp build: folding and the bottom bar', () => {
  const pages = weappPageTests();
  beforeEach(() => jest.spyOn(Date, 'now').mockReturnValue(NOW));
  afterEach(() => jest.restoreAllMocks());

  async function openAs(viewer: SelfView): Promise<MiniPage> {
    const comments = pageOf(
      [
        threadOf(pages.data, viewer, commentRecord(MATTER, { id: 'c-long', authorId: LI, body: LONG_COMMENT })),
        threadOf(pages.data, viewer, commentRecord(MATTER, { id: 'c-short', authorId: LI, body: '晚上八点以后最堵' })),
      ],
      false,
    );
    const backend: FakeBackend = signedInBackend(pages.data, viewer)
      .reply('matter', 'detail', detailOf(pages.data, viewer, longMatter(), { timeline, comments }))
      // Staff read the matter's case (街呼区应) beside it: none yet.
      .reply('casework', 'forMatter', { current: null, past: [] });
    const page = pages.open(routes.matter.path, { backend, query: { id: MATTER } });
    await page.waitForId('matter-detail');
    return page;
  }

  test('a 1000-character body and a long comment fold with 展开全文 and open on tap; a short comment does not', async () => {
    const p = await openAs(userView(pages.data, LI));
    expect(p.text('matter-detail-body')).toBe(LONG_BODY);
    expect(p.classes('matter-detail-body')).toContain('mq-folded__text--body');
    expect(p.text('matter-detail-body-toggle')).toBe('展开全文');
    p.tap('matter-detail-body-toggle');
    await p.waitFor(() => p.text('matter-detail-body-toggle') === '收起', 'the 收起 toggle');
    expect(p.classes('matter-detail-body')).not.toContain('mq-folded__text--body');

    await p.waitForId('comment-list');
    expect(p.classes('comment-c-long-body')).toContain('mq-folded__text--comment');
    expect(p.text('comment-c-long-body-toggle')).toBe('展开全文');
    expect(p.find('comment-c-short-body-toggle')).toBeUndefined();
  });

  test('a neighbour gets 附议 with its count, 关注 and 写评论 in the bar; 写评论 scrolls to the box and focuses it', async () => {
    const p = await openAs(userView(pages.data, LI));
    expect(p.find('matter-bar')).toBeDefined();
    expect(p.text('support-button')).toBe('附议');
    expect(p.text('bar-support-count')).toBe('5');
    expect(p.text('follow-button')).toBe('关注');
    expect(p.text('write-comment')).toBe('写评论');
    expect(p.classes('matter-detail')).toContain('mq-matter-bar-room');

    p.tap('write-comment');
    await p.waitFor(() => p.wx.scrolls.length > 0, 'the scroll to the comment box');
    expect(p.wx.scrolls).toEqual([{ selector: '#comment-box', duration: 300 }]);
    await p.waitFor(() => p.attr('comment-input', 'focus') === true, 'the focused comment box');
  });

  test('the committee gets only 关注 and 写评论', async () => {
    const p = await openAs(userView(pages.data, 'u-committee-chen'));
    expect(p.find('support-button')).toBeUndefined();
    expect(p.text('follow-button')).toBe('关注');
    expect(p.text('write-comment')).toBe('写评论');
  });

  test('the built styles keep the bar above the safe area, the page clear of it, and 60 px targets in elder mode', () => {
    const dist = join(__dirname, '../../dist/weapp');
    const pageStyle = readFileSync(join(dist, routes.matter.path.replace(/^\//, '') + '.wxss'), 'utf8');
    // app.wxss only imports these two.
    const appStyle = ['app-origin.wxss', 'common.wxss'].map((file) => readFileSync(join(dist, file), 'utf8')).join('');
    expect(pageStyle).toMatch(/\.mq-matter-bar\{[^}]*position:fixed[^}]*\}/);
    expect(pageStyle).toMatch(/\.mq-matter-bar\{[^}]*env\(safe-area-inset-bottom\)/);
    expect(pageStyle).toMatch(
      /\.mq-matter-bar-room\{padding-bottom:calc\(var\(--mq-tap\) \+ 32rpx \+ env\(safe-area-inset-bottom\)\)\}/,
    );
    expect(pageStyle).toMatch(/\.mq-matter-bar__button\{[^}]*min-height:var\(--mq-tap\)/);
    // 120 of 750 design units: 60 px on a 375 px wide phone.
    expect(appStyle).toMatch(/\.mq-screen\.mq-elder\{[^}]*--mq-tap:120rpx/);
  });
});
