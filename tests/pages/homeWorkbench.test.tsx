import { act, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import HomePage from '../../src/pages/index/index';
import { resetTaroMock } from '../support/taroMock';
import { seededBackend } from '../support/seededBackend';
import { openFollowUp, publishedSlots, storedMatter, workInBothCommunities } from '../functions/homes/homeScene';
import { pageHooks } from './mattersTaroMock';
import { hidePage, resetNotificationsMock, showPage } from './notificationsTaroMock';
import { renderPage } from './render';
import { $, appears, click, text } from './dom';

jest.mock('@tarojs/taro', () => require('./notificationsTaroMock').taroWithNotifications());

beforeEach(() => {
  resetTaroMock();
  resetNotificationsMock();
});
afterEach(() => jest.restoreAllMocks());

const opened = () => (Taro.navigateTo as jest.Mock).mock.calls.map(([options]) => options.url as string);
const homeCalls = (calls: { fn: string }[]) => calls.filter((c) => c.fn === 'home').length;

describe('the committee home is a workbench (jsdom)', () => {
  async function committeeHome() {
    const server = await seededBackend();
    await workInBothCommunities(server.storage);
    const page = renderPage(<HomePage />, server.as('u-committee-chen'));
    await appears('#count-pending');
    return { server, page };
  }

  it("counts what waits in the committee's community, each count tapping into where it is handled", async () => {
    await committeeHome();
    expect(text('#home-greeting')).toBe('陈秀英，您好');
    expect($('#count-pending').dataset.count).toBe('2');
    expect(text('#count-pending')).toContain('说事 2 · 评论 0');
    expect($('#count-flagged').dataset.count).toBe('1');
    expect($('#count-overdue').dataset.count).toBe('1');
    expect($('#count-meetings').dataset.count).toBe('1');
    expect(text('#count-overdue')).toContain('dm 路灯坏了一个月');
    expect(text('#count-meetings')).toContain('15:00 dm 停车协商');
    expect(document.body.textContent).not.toContain('xm ');
    // The residents' entries are not the committee's home.
    expect(document.body.textContent).not.toContain('民意5来听');

    click('#count-pending');
    click('#count-flagged');
    click('#count-overdue');
    click('#count-meetings');
    expect(opened()).toEqual([
      '/packages/committee/moderation/index?queue=pendingMatters',
      '/packages/committee/moderation/index?queue=flaggedMatters',
      '/packages/committee/manage/index?id=dm-late',
      '/packages/committee/manage/index?id=dm-meeting',
    ]);
    click('#entry-moderation');
    expect(opened().pop()).toBe('/packages/committee/moderation/index');
  });

  it('reads the counts again on pull-down, on 刷新, and when the tab comes back into view', async () => {
    const { server, page } = await committeeHome();
    const first = homeCalls(page.calls);
    // Meanwhile a new matter waits for review.
    await storedMatter(server.storage, { id: 'dm-new', communityId: 'c-dongmen', state: 'pending_review' });
    await act(async () => void pageHooks.pullDown?.());
    await waitFor(() => expect(homeCalls(page.calls)).toBe(first + 1));
    expect(Taro.stopPullDownRefresh).toHaveBeenCalled();
    await waitFor(() => expect($('#count-pending').dataset.count).toBe('3'));

    click('#home-refresh');
    await waitFor(() => expect(homeCalls(page.calls)).toBe(first + 2));

    // Another tab, then back to the home.
    hidePage();
    showPage();
    await waitFor(() => expect(homeCalls(page.calls)).toBe(first + 3));
  });
});

describe('the cadre home is a workbench (jsdom)', () => {
  it("shows today is no visit day, the follow-ups with the overdue one in red, and the next day's seats", async () => {
    const server = await seededBackend();
    await publishedSlots(server);
    await openFollowUp(server.storage, 'r-late', '2026-11-20');
    renderPage(<HomePage />, server.as('u-cadre-liu'));
    await appears('#today-visits');
    expect(text('#today-visits')).toBe('今天不是接访日');
    expect($('#count-followups').dataset.count).toBe('1');
    expect(text('#count-followups')).toContain('其中 1 件已逾期');
    expect($('#count-followups').className).toContain('mq-count-tile--alert');
    expect(text('#next-day')).toContain('已发布 1 个时段');
    expect(text('#next-day')).toContain('已约 0/2 个名额');

    click('#next-day');
    click('#count-followups');
    expect(opened()).toEqual(['/packages/cadre/sheet/index?date=2026-12-05', '/packages/cadre/followups/index']);
  });
});

describe('the admin home (jsdom)', () => {
  it('counts the users of each role and opens the users page', async () => {
    const server = await seededBackend();
    renderPage(<HomePage />, server.as('u-admin'));
    await appears('#user-counts');
    expect(text('#users-resident')).toContain('4 人');
    expect(text('#users-committee')).toContain('2 人');
    click('#entry-users');
    expect(opened()).toEqual(['/packages/admin/users/index']);
  });
});
