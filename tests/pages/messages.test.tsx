import { fireEvent, render, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { dispatchOutbox } from '../../cloudfunctions/lib/services/notifications/dispatch';
import { WechatMessageCard } from '../../src/components/notifications/WechatMessageCard';
import type { WechatMessage } from '@domain/notifications/views';
import { shanghaiWallClockToMs } from '@domain/time';
import MessagesPage from '../../src/packages/resident/messages/index';
import { resetTaroMock } from '../support/taroMock';
import { setRouterParams } from './mattersTaroMock';
import { hidePage, resetNotificationsMock, showPage } from './notificationsTaroMock';
import { renderPage, type Backend } from './render';
import { DAYS, setup, type MessagesServer } from './messagesScene';
import { $, appears, click, text } from './dom';

jest.mock('@tarojs/taro', () => require('./notificationsTaroMock').taroWithNotifications());

beforeEach(() => {
  resetTaroMock();
  resetNotificationsMock();
});
afterEach(() => jest.restoreAllMocks());

const cards = () => [...document.querySelectorAll<HTMLElement>('.mq-inbox')];

async function openMessages(
  server: MessagesServer,
  userId: string,
  backend?: Backend,
  params: Record<string, string> = {},
) {
  setRouterParams(params);
  const page = renderPage(<MessagesPage />, backend ?? server.as(userId));
  await appears('.messages-tabs');
  return page;
}

describe('我的 > 消息: the inbox (jsdom, real services over SQLite)', () => {
  it('lists what the services told the resident, unread marked; a tap marks it read and opens its page', async () => {
    const server = await setup();
    const booking = await server.liBooks(DAYS[0], '楼道灯坏了想当面说');
    const { calls } = await openMessages(server, 'u-resident-li');

    await waitFor(() => expect(cards()).toHaveLength(1));
    const card = cards()[0];
    const id = card.id.replace(/^inbox-/, '');
    expect(card.getAttribute('data-read')).toBe('no');
    expect(card.className).toContain('mq-inbox--unread');
    expect(text(`#inbox-${id}-unread`)).toBe('未读');
    expect(text(`#inbox-${id}-status`)).toBe('预约成功');
    expect(card.textContent).toContain('楼道灯坏了想当面说');
    expect(card.textContent).toContain('预约成功：12月5日 09:00，地点：东门社区红帆驿站');
    expect(card.textContent).toContain('今天 10:00');
    expect(text('#messages-unread')).toBe('1条未读');
    expect(text('#messages-tab-inbox')).toBe('消息（1）');
    // Loading the inbox also puts the count on the 我的 tab.
    expect(Taro.setTabBarBadge).toHaveBeenCalledWith({ index: 3, text: '1' });

    click(`#inbox-${id}`);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/packages/resident/my-visits/index?bookingId=${booking.id}` });
    const markRead = calls.find((c) => c.event.action === 'markRead')!;
    expect(markRead.event.data).toEqual({ ids: [id] });
    expect(markRead.event.requestId).toMatch(/^[a-z0-9]+-[a-z0-9]+$/);
    await waitFor(() => expect(card.getAttribute('data-read')).toBe('yes'));
    expect(document.querySelector(`#inbox-${id}-unread`)).toBeNull();
    await waitFor(() => expect(Taro.removeTabBarBadge).toHaveBeenCalledWith({ index: 3 }));
    expect(await server.unread('u-resident-li')).toBe(0);
    expect(text('#messages-unread')).toBe('消息都已读过');
    expect(document.querySelector('#mark-all-read')).toBeNull();

    // Tapping a read message opens it without marking it again.
    click(`#inbox-${id}`);
    expect(Taro.navigateTo).toHaveBeenCalledTimes(2);
    expect(calls.filter((c) => c.event.action === 'markRead')).toHaveLength(1);
  });

  it('shows the newest first, and 全部已读 marks everything read on the server', async () => {
    const server = await setup();
    await server.liBooks(DAYS[0], '第一件事想当面说');
    server.deps.clock.advance(60 * 60 * 1000);
    await server.liBooks(DAYS[1], '第二件事想当面说');
    await openMessages(server, 'u-resident-li');

    await waitFor(() => expect(cards()).toHaveLength(2));
    expect(cards().map((c) => c.querySelector('.mq-inbox__title')?.textContent)).toEqual([
      '第二件事想当面说',
      '第一件事想当面说',
    ]);
    expect(text('#messages-unread')).toBe('2条未读');
    expect(Taro.setTabBarBadge).toHaveBeenLastCalledWith({ index: 3, text: '2' });

    click('#mark-all-read');
    await waitFor(() => expect(cards().every((c) => c.getAttribute('data-read') === 'yes')).toBe(true));
    expect(text('#messages-unread')).toBe('消息都已读过');
    expect(Taro.removeTabBarBadge).toHaveBeenCalledWith({ index: 3 });
    expect(await server.unread('u-resident-li')).toBe(0);
  });

  it('reloads when shown again, so a message that came in meanwhile appears', async () => {
    const server = await setup();
    await server.liBooks(DAYS[0], '第一件事想当面说');
    await openMessages(server, 'u-resident-li');
    await waitFor(() => expect(cards()).toHaveLength(1));

    hidePage();
    await server.liBooks(DAYS[1], '第二件事想当面说');
    showPage();
    await waitFor(() => expect(cards()).toHaveLength(2));
    expect(text('#messages-unread')).toBe('2条未读');
  });

  it('says 还没有消息 when there is nothing', async () => {
    const server = await setup();
    await openMessages(server, 'u-resident-wang');
    await appears('#state-empty');
    expect(text('#state-empty')).toContain('还没有消息');
    expect(document.querySelector('#mark-all-read')).toBeNull();
  });

  it('shows an error with 重试 when the inbox cannot load, and loads on retry', async () => {
    const server = await setup();
    await server.liBooks(DAYS[0], '楼道灯坏了想当面说');
    let failures = 1;
    const flaky: Backend = (fn, event) => {
      if (fn === 'notification' && event.action === 'inbox' && failures-- > 0) {
        return { ok: false, code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' };
      }
      return server.as('u-resident-li')(fn, event);
    };
    await openMessages(server, 'u-resident-li', flaky);
    await appears('#state-error');
    expect(text('#state-error')).toContain('服务暂时不可用，请稍后再试');
    fireEvent.click($('#state-error .mq-state__action'));
    await waitFor(() => expect(cards()).toHaveLength(1));
  });
});

describe('我的 > 消息 > 微信通知', () => {
  it('shows a resident what reached WeChat, why the rest did not, and per kind of news whether the next will', async () => {
    const server = await setup();
    // No consent yet: the first booking's message is not sent.
    await server.liBooks(DAYS[0], '第一件事想当面说');
    await dispatchOutbox(server.deps);
    // 允许 for both booking templates, then a second booking: its message goes out.
    await server.notification('u-resident-li', 'subscribe', {
      moment: 'booking',
      acceptedTemplateIds: ['local-booking-result', 'local-visit-reminder'],
    });
    server.deps.clock.advance(60_000);
    await server.liBooks(DAYS[1], '第二件事想当面说');
    await dispatchOutbox(server.deps);
    // Booked at 23:00: the message waits for the end of the quiet hours.
    server.setTime(shanghaiWallClockToMs('2026-11-27', '23:00'));
    await server.liBooks(DAYS[2], '第三件事想当面说');
    await dispatchOutbox(server.deps);

    await openMessages(server, 'u-resident-li', undefined, { tab: 'wechat' });
    await waitFor(() => expect(document.querySelectorAll('.mq-wechat')).toHaveLength(3));
    const [night, sent, refused] = [...document.querySelectorAll<HTMLElement>('.mq-wechat')];

    expect(night.getAttribute('data-state')).toBe('waiting');
    expect(night.textContent).toContain('等待发送');
    expect(night.textContent).toContain('免打扰时段 22:00–07:00 过后发送（11月28日 07:00）');

    expect(sent.getAttribute('data-state')).toBe('sent');
    expect(sent.textContent).toContain('预约结果通知');
    expect(sent.textContent).toContain('已送达微信');
    expect(sent.textContent).toContain('今天 10:01 已发到您的微信');
    // The fields as WeChat shows them: the topic, the status, when and where.
    const fields = [...sent.querySelectorAll('.mq-wechat__field')].map((f) => f.textContent);
    expect(fields).toEqual([
      '事项第二件事想当面说',
      '状态预约成功',
      '时间2026年12月15日 09:00',
      '地点东门社区红帆驿站',
    ]);

    // Issue 13: a resident reads that they had not turned it on, not the staff's 未授权，未发送.
    expect(refused.getAttribute('data-state')).toBe('no_consent');
    expect(refused.textContent).toContain('未开启微信通知');
    expect(refused.textContent).not.toContain('未授权');

    // Per kind of news, on or off and how to turn it on; no credit counts (the staff's view).
    await appears('#news-visitReminder-state');
    expect(document.querySelector('#wechat-credits')).toBeNull();
    expect(text('#wechat-news')).not.toMatch(/\d+条/);
    // One 预约结果通知 was used by the sent message; the 预约提醒 is still there.
    expect(text('#news-bookingResult-state')).toBe('未开启');
    expect(text('#news-bookingResult')).toContain('下次预约接访或报名志愿活动时，微信会问您是否接收通知：点「允许」');
    expect(text('#news-visitReminder-state')).toBe('会通过微信通知您');
    expect(text('#news-visitReminder')).toContain('下一条接访和活动提醒会发到您的微信');
    expect(text('#news-matterProgress-state')).toBe('未开启');
    expect(text('#news-matterProgress')).toContain('下次提出、附议或关注说事时');
    // Residents are never told about staff reminders.
    expect(document.querySelector('#news-taskReminder')).toBeNull();
  });

  it('keeps the credits for staff: what WeChat still lets us send them', async () => {
    const server = await setup();
    // 刘建国 allowed the to-do reminder only.
    await server.notification('u-cadre-liu', 'subscribe', {
      moment: 'staff',
      acceptedTemplateIds: ['local-task-reminder'],
    });

    await openMessages(server, 'u-cadre-liu', undefined, { tab: 'wechat' });
    await appears('#wechat-credits-list');
    expect(text('#wechat-credits')).toContain('每次同意接收只能收到一条微信通知');
    expect(text('#credit-taskReminder')).toBe('待办事项提醒1条');
    expect(text('#credit-matterProgress')).toBe('事项进度通知0条');
    // Staff are never asked about bookings.
    expect(document.querySelector('#credit-bookingResult')).toBeNull();
    expect(document.querySelector('#wechat-news')).toBeNull();
  });

  it('switches between the tabs', async () => {
    const server = await setup();
    await openMessages(server, 'u-resident-wang');
    await appears('#state-empty');
    click('#messages-tab-wechat');
    await appears('#wechat-news');
    await waitFor(() => expect(text('#state-empty')).toContain('还没有微信通知'));
    click('#messages-tab-inbox');
    await waitFor(() => expect(text('#state-empty')).toContain('还没有消息'));
  });

  it('words every delivery state plainly', () => {
    const now = shanghaiWallClockToMs('2026-11-27', '10:00');
    jest.spyOn(Date, 'now').mockReturnValue(now);
    const base: WechatMessage = {
      id: 'o1',
      templateKey: 'matterProgress',
      templateTitle: '事项进度通知',
      state: 'sent',
      fields: [{ key: 'thing1', value: '3号楼前乱停车' }],
      page: 'packages/resident/matter/index?id=m1',
      createdAt: now - 60_000,
      notBefore: now - 60_000,
      sentAt: now - 30_000,
    };
    const expected = {
      sent: '已送达微信',
      waiting: '等待发送',
      no_consent: '未授权，未发送',
      merged: '已合并到较新的通知',
      expired: '已过时，未发送',
      failed: '发送失败',
    } as const;
    for (const [state, label] of Object.entries(expected)) {
      const { unmount } = render(<WechatMessageCard message={{ ...base, state: state as WechatMessage['state'] }} />);
      expect(text('#wechat-o1-state')).toBe(label);
      expect(text('#wechat-o1')).toContain('事项3号楼前乱停车');
      unmount();
    }
    const { unmount } = render(
      <WechatMessageCard message={{ ...base, state: 'waiting', notBefore: now + 5 * 60_000, sentAt: null }} />,
    );
    expect(text('#wechat-o1-note')).toBe('将在 今天 10:05 发送');
    unmount();
  });
});
