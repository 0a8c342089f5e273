import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import MattersPage from '../../src/pages/matters/index';
import MyMattersPage from '../../src/packages/resident/my-matters/index';
import { resetTaroMock } from '../support/taroMock';
import { mattersBackend } from './mattersBackend';
import { pageHooks } from './mattersTaroMock';
import { renderPage } from './render';
import { $, appears, click, text, typeInto } from './dom';

jest.mock('@tarojs/taro', () => require('./mattersTaroMock').taroWithPageHooks());

beforeEach(() => resetTaroMock());

const DAY = 24 * 60 * 60 * 1000;

const cards = () => [...document.querySelectorAll('[id^="matter-card-"].mq-matter-card')].map((c) => c.id.slice(12));

describe('the 说事 list (jsdom, real services over SQLite)', () => {
  it('shows the published matters of the community with their counts, newest first', async () => {
    const server = await mattersBackend();
    const parking = await server.publish('u-resident-li', '3号楼前乱停车');
    server.deps.clock.advance(60_000);
    const noise = await server.publish('u-resident-li', '广场舞音乐太吵', { category: 'noise', anonymous: true });
    const pending = await server.raise('u-resident-li', '垃圾桶不够用', { category: 'environment' });
    await server.act('u-resident-zhang', 'support', { matterId: parking });
    await server.act('u-resident-zhang', 'comment', { matterId: parking, body: '我也遇到过，晚上根本停不进去' });

    renderPage(<MattersPage />, server.as('u-resident-zhang'));
    await appears(`#matter-card-${parking}`);
    expect(cards()).toEqual([noise, parking]);
    expect(cards()).not.toContain(pending);
    const card = $(`#matter-card-${parking}`).textContent;
    expect(card).toContain('3号楼前乱停车');
    expect(card).toContain('征集意见');
    expect(card).toContain('停车');
    expect(card).toContain('李明');
    expect($(`#matter-card-${parking}-supports`).textContent).toBe('附议 1');
    expect($(`#matter-card-${parking}-comments`).textContent).toBe('评论 1');
    // Anonymous toward other residents.
    expect($(`#matter-card-${noise}`).textContent).toContain('匿名居民');
    expect($(`#matter-card-${noise}`).textContent).not.toContain('李明');

    click(`#matter-card-${parking}`);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/packages/resident/matter/index?id=${parking}` });
    click('#raise-entry');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/resident/matter-new/index' });
  });

  it('says on the card that a cadre raised a matter for a resident', async () => {
    const server = await mattersBackend();
    const id = await server.raiseFromVisit('3号楼楼道灯坏了', true);
    renderPage(<MattersPage />, server.as('u-resident-li'));
    await appears(`#matter-card-${id}`);
    expect($(`#matter-card-${id}`).textContent).toContain('匿名居民 · 民情书记刘建国代居民提出');
    expect($(`#matter-card-${id}`).textContent).not.toContain('张桂兰');
  });

  it('filters by category, sorts by supporters, searches titles and shows an empty state', async () => {
    const server = await mattersBackend();
    const parking = await server.publish('u-resident-li', '3号楼前乱停车');
    const noise = await server.publish('u-resident-li', '广场舞音乐太吵', { category: 'noise' });
    await server.act('u-resident-zhang', 'support', { matterId: parking });
    const { calls } = renderPage(<MattersPage />, server.as('u-resident-zhang'));
    await appears(`#matter-card-${noise}`);
    expect(cards()).toEqual([noise, parking]);

    (Taro.showActionSheet as jest.Mock).mockResolvedValueOnce({ tapIndex: 1 });
    click('#list-sort');
    await waitFor(() => expect(cards()).toEqual([parking, noise]));
    expect(text('#list-sort')).toContain('附议最多');

    click('#list-category-noise');
    await waitFor(() => expect(cards()).toEqual([noise]));
    click('#list-category-all');
    await waitFor(() => expect(cards()).toHaveLength(2));

    typeInto('matter-search', '停车');
    click('#matter-search-submit');
    await waitFor(() => expect(cards()).toEqual([parking]));
    expect(calls.filter((c) => c.event.action === 'list').at(-1)?.event.data).toMatchObject({ q: '停车' });

    click('#list-tab-resolved');
    expect(await screen.findByText('没有标题含“停车”的说事')).toBeTruthy();
    fireEvent.click(screen.getByText('清除'));
    expect(await screen.findByText('没有符合条件的说事')).toBeTruthy();
  });

  it('loads the next page on reaching the bottom, and reloads on pull-down', async () => {
    const server = await mattersBackend();
    const ids: string[] = [];
    // Five a day per resident: three days of two residents' matters.
    for (let day = 0; day < 3; day += 1) {
      for (const author of ['u-resident-li', 'u-resident-zhang']) {
        for (let n = 0; n < 4; n += 1) ids.push(await server.publish(author, `第${day + 1}天第${n + 1}件事情`));
      }
      server.deps.clock.advance(DAY);
    }
    renderPage(<MattersPage />, server.as('u-resident-zhang'));
    await waitFor(() => expect(cards()).toHaveLength(20));
    expect($('#feed-more').textContent).toBe('加载更多');
    await act(async () => void pageHooks.reachBottom!());
    await waitFor(() => expect(cards()).toHaveLength(24));
    expect(new Set(cards())).toEqual(new Set(ids));
    expect(screen.getByText('没有更多了')).toBeTruthy();

    const fresh = await server.publish('u-resident-li', '新来的一件事情');
    await act(async () => void pageHooks.pullDown!());
    await waitFor(() => expect(cards()[0]).toBe(fresh));
    expect(Taro.stopPullDownRefresh).toHaveBeenCalled();
  });

  it('shows a plain error with a retry when the list fails, and recovers', async () => {
    const server = await mattersBackend();
    const parking = await server.publish('u-resident-li', '3号楼前乱停车');
    let failing = true;
    const backend = server.as('u-resident-zhang');
    renderPage(<MattersPage />, (fn, event) =>
      failing && event.action === 'list'
        ? { ok: false, code: 'INTERNAL', message: '系统开小差了，请稍后再试' }
        : backend(fn, event),
    );
    expect(await screen.findByText('系统开小差了，请稍后再试')).toBeTruthy();
    failing = false;
    fireEvent.click(screen.getByText('重试'));
    await appears(`#matter-card-${parking}`);
  });

  it('gives the committee the same list and a way to the moderation queue, but no 我要说事', async () => {
    const server = await mattersBackend();
    const parking = await server.publish('u-resident-li', '3号楼前乱停车');
    await server.raise('u-resident-zhang', '等待审核的一件事');
    renderPage(<MattersPage />, server.as('u-committee-chen'));
    await appears(`#matter-card-${parking}`);
    expect(cards()).toEqual([parking]);
    expect(document.querySelector('#raise-entry')).toBeNull();
    click('#moderation-link');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/committee/moderation/index' });
  });

  it('tells the admin that matters belong to the committees', async () => {
    const server = await mattersBackend();
    const { calls } = renderPage(<MattersPage />, server.as('u-admin'));
    expect(await screen.findByText('说事由各社区居委会管理')).toBeTruthy();
    expect(calls.some((c) => c.event.action === 'list')).toBe(false);
  });

  it('asks a resident without a community to complete the profile', async () => {
    const server = await mattersBackend();
    const { calls } = renderPage(<MattersPage />, server.as('u-resident-new'));
    expect(await screen.findByText('请先完善个人资料')).toBeTruthy();
    expect(calls.some((c) => c.event.action === 'list')).toBe(false);
  });
});

describe('我的说事 (jsdom, real services over SQLite)', () => {
  it('lists what I raised (even unpublished), supported and follow, with empty states', async () => {
    const server = await mattersBackend();
    const mine = await server.raise('u-resident-zhang', '我提出的一件事情');
    const theirs = await server.publish('u-resident-li', '李明提出的一件事');
    const followed = await server.publish('u-resident-li', '我关注的一件事情');
    await server.act('u-resident-zhang', 'support', { matterId: theirs });
    await server.act('u-resident-zhang', 'follow', { matterId: followed });

    renderPage(<MyMattersPage />, server.as('u-resident-zhang'));
    await appears(`#matter-card-${mine}`);
    expect(cards()).toEqual([mine]);
    expect($(`#matter-card-${mine}`).textContent).toContain('待审核');
    click('#relation-supported');
    await waitFor(() => expect(cards()).toEqual([theirs]));
    click('#relation-following');
    // The author follows what they raised.
    await waitFor(() => expect(new Set(cards())).toEqual(new Set([followed, mine])));
  });

  it('says plainly when there is nothing yet', async () => {
    const server = await mattersBackend();
    renderPage(<MyMattersPage />, server.as('u-resident-li'));
    expect(await screen.findByText('您还没有提出过说事')).toBeTruthy();
  });
});
