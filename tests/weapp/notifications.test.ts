/** @jest-environment jsdom */
import { requestIdSchema } from '@domain/ids';
import { seededBackend, type SeededBackend } from '../support/seededBackend';
import { servedBy, signedInBackend, userView, weappPageTests } from './fixtures';
import { ok } from './harness';
import { routes, routeUrl } from '@domain/routes';

// The real notification and visit services over an in-memory SQLite behind the fake cloud: the
// built pages get exactly what the server sends, checked against the contract both ways.
const LI = 'u-resident-li';
const LIU = 'u-cadre-liu';

/** 刘建国 publishes a slot on 12月5日 and 李明 books it with `topic`. */
async function liBooked(server: SeededBackend, topic: string) {
  const { slots } = await server.act('visit', LIU, 'publishSlots', {
    communityId: 'c-dongmen',
    date: '2026-12-05',
    slots: [{ start: '09:00', end: '11:00', mode: 'station', place: '东门社区红帆驿站', capacity: 2 }],
  });
  return server.act('visit', LI, 'book', { slotId: slots[0].id, topic, address: '', phone: '13905372345' });
}

describe('notifications in the real weapp build', () => {
  const pages = weappPageTests();

  test('消息 lists the booking notice unread; a tap marks it read, opens it and clears the tab badge', async () => {
    const server = await seededBackend();
    const { booking } = await liBooked(server, '楼道灯坏了想当面说');
    const backend = servedBy(signedInBackend(pages.data, userView(pages.data, LI)), server, LI, 'notification');
    // 李明 is on 我的 (its tab bar stays alive behind) and opens 消息 from there. The weapp's tab
    // bar is our own (custom-tab-bar), so the badge is read off it, not off setTabBarBadge.
    const mine = pages.open(routes.mine.path, { backend });
    const bar = mine.tabBar!;
    const p = mine.openAlso(routes.messages.path);

    const [item] = (await server.act('notification', LI, 'inbox', { limit: 20 })).items;
    await p.waitForId(`inbox-${item.id}`);
    expect(p.text(`inbox-${item.id}-unread`)).toBe('未读');
    expect(p.text(`inbox-${item.id}-status`)).toBe('预约成功');
    const text = p.text(`inbox-${item.id}`);
    expect(text).toContain('楼道灯坏了想当面说');
    expect(text).toContain('预约成功：12月5日 09:00，地点：东门社区红帆驿站');
    expect(p.text('messages-unread')).toBe('1条未读');
    await bar.waitForId('tab-mine-badge');
    expect(bar.text('tab-mine-badge')).toBe('1');

    p.tap(`inbox-${item.id}`);
    await p.waitFor(() => p.wx.navigations.length > 0, 'the notice to open its page');
    expect(p.wx.navigations[0]).toEqual({
      api: 'navigateTo',
      url: routeUrl(routes.myVisits, { bookingId: booking.id }),
    });
    const markRead = await p.waitFor(() => backend.callsOf('notification', 'markRead')[0], 'markRead');
    expect(markRead.data).toEqual({ ids: [item.id] });
    expect(requestIdSchema.safeParse(markRead.requestId).success).toBe(true);
    await bar.waitFor(() => !bar.find('tab-mine-badge'), 'the badge removed');
    expect((await server.act('notification', LI, 'unreadCount', {})).unread).toBe(0);
    p.close();
  });

  test('微信通知 tells a resident, per kind of news, whether it will reach WeChat, and shows each message’s state', async () => {
    const server = await seededBackend();
    await liBooked(server, '想当面说说停车');
    const backend = servedBy(signedInBackend(pages.data, userView(pages.data, LI)), server, LI, 'notification');
    const p = pages.open(routes.messages.path, { backend, query: { tab: 'wechat' } });

    await p.waitForId('wechat-list');
    await p.waitForId('news-bookingResult');
    // Issue 13: residents read whether they will be told and how to turn it on, not credit counts.
    expect(p.text('news-bookingResult')).toContain('预约结果');
    expect(p.text('news-bookingResult-state')).toBe('未开启');
    expect(p.text('news-bookingResult')).toContain('下次预约接访或报名志愿活动时，微信会问您是否接收通知：点「允许」');
    expect(p.text('wechat-news-settings')).toContain('「设置」里的「通知管理」');
    expect(p.text('wechat-news')).not.toMatch(/\d+条/);
    expect(p.find('wechat-credits')).toBeUndefined();
    expect(p.text('wechat-list')).toContain('预约结果通知');
    expect(p.text('wechat-list')).toContain('等待发送');
  });

  test('微信通知 explains the one-message-per-consent rule to staff, with the credits left', async () => {
    const server = await seededBackend();
    const backend = servedBy(signedInBackend(pages.data, userView(pages.data, LIU)), server, LIU, 'notification');
    const p = pages.open(routes.messages.path, { backend, query: { tab: 'wechat' } });

    await p.waitForId('wechat-credits-list');
    expect(p.text('wechat-credits')).toContain('每次同意接收只能收到一条微信通知');
    expect(p.text('credit-taskReminder')).toBe('待办事项提醒0条');
    expect(p.find('wechat-news')).toBeUndefined();
  });

  test('开启微信提醒 asks WeChat inside the tap, with the staff templates', async () => {
    const server = await seededBackend();
    const backend = servedBy(
      signedInBackend(pages.data, userView(pages.data, LIU)).on('visit', 'followUps', () => ok({ records: [] })),
      server,
      LIU,
      'notification',
    );
    const p = pages.open('packages/cadre/followups/index', { backend });
    await p.waitForId('wechat-reminder-enable');
    await p.settle();
    expect(p.wx.consentAsks).toEqual([]);

    p.tap('wechat-reminder-enable');
    await p.waitFor(() => p.wx.consentAsks.length > 0, 'the consent dialog');
    expect(p.wx.consentAsks).toEqual([{ tmplIds: ['local-task-reminder', 'local-matter-progress'], duringTap: true }]);
    // The harness answers like a user who closes the dialog: nothing to report.
    await p.waitForId('wechat-reminder-result');
    expect(p.text('wechat-reminder-result')).toBe('没有开启。需要时可以再点一次');
    expect(backend.callsOf('notification', 'subscribe')).toEqual([]);
  });
});
