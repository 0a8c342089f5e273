import { screen, waitFor } from '@testing-library/react';
import CommitteeActivityPage from '../../src/packages/committee/activity/index';
import type { ActivityView } from '@domain/service/activityViews';
import { activityView, rosterLine, START } from '../support/builders/activityViews';
import { resetTaroMock } from '../support/taroMock';
import { openActivityPage } from './activityPages';
import { $, appears, click, text } from './dom';
import { hidePage, resetNotificationsMock, showPage } from './notificationsTaroMock';
import { settle, type Backend } from './render';
import { serviceStandIn } from './serviceStandIn';

jest.mock('@tarojs/taro', () => require('./notificationsTaroMock').taroWithNotifications());

const MINUTE = 60_000;

beforeEach(() => {
  resetTaroMock();
  resetNotificationsMock();
});

const open = (backend: Backend) =>
  openActivityPage('committee/activity', CommitteeActivityPage, backend, { id: 'a-1' });

const ongoing = activityView({ phase: 'ongoing', enrolled: 2, actions: ['showCode', 'roster', 'cancel'] });
const lines = [
  rosterLine({ signedInAt: START + 2 * MINUTE }),
  rosterLine({
    userId: 'u-resident-zhang',
    name: '张桂兰',
    signedInAt: START,
    signedOutAt: START + 110 * MINUTE,
    creditedMinutes: 110,
  }),
  rosterLine({ userId: 'u-resident-wang', name: '王芳', state: 'waitlisted', waitlistPosition: 1 }),
  rosterLine({ userId: 'u-resident-new', name: '赵强', state: 'withdrawn' }),
];

/** The organiser's server: the roster of `activity`, and codes handed out in turn, each `lifeMs` long. */
async function organiserServer(activity: ActivityView, codes: string[], lifeMs: number, userId = 'u-committee-chen') {
  let shown = activity;
  let next = 0;
  const stand = await serviceStandIn(userId, {
    activityRoster: () => ({ activity: shown, lines }),
    activityCode: () => ({ code: codes[Math.min(next++, codes.length - 1)], expiresAt: Date.now() + lifeMs }),
    cancelActivity: ({ reason }) => {
      shown = { ...shown, phase: 'cancelled', cancelReason: reason, actions: [] };
      return { activity: shown };
    },
  });
  return stand;
}

describe('活动签到, the organiser’s screen (jsdom)', () => {
  it('shows the code big with its countdown, and the roster in sign-up order with attendance and hours', async () => {
    const { backend, sent } = await organiserServer(ongoing, ['042917'], 25_000);
    open(backend);
    await appears('#activity-code-digits');
    expect(text('#activity-code-digits')).toBe('042917');
    expect(text('#activity-code-countdown')).toMatch(/^2[45]秒后更换$/);
    expect(sent('activityCode')[0].data).toEqual({ activityId: 'a-1' });
    expect(text('#activity-roster-summary')).toBe('已报名2人，已签到2人');
    expect(text('#roster-u-resident-li')).toContain('1. 李明');
    expect(text('#roster-u-resident-li-attendance')).toBe('签到 19:02 · 签退 —');
    expect(text('#roster-u-resident-zhang-attendance')).toBe('签到 19:00 · 签退 20:50 · 计入1.8小时');
    expect(text('#roster-u-resident-wang-state')).toBe('候补第1位');
    expect(document.querySelector('#roster-u-resident-wang-attendance')).toBeNull();
    expect(text('#roster-u-resident-new-state')).toBe('已取消报名');
  });

  it('asks for a new code when the shown one expires, reads the roster again, and stops while the page is hidden', async () => {
    const { backend, sent } = await organiserServer(ongoing, ['111111', '222222', '333333'], 1000);
    open(backend);
    await appears('#activity-code-digits');
    expect(text('#activity-code-digits')).toBe('111111');
    await waitFor(() => expect(text('#activity-code-digits')).toBe('222222'), { timeout: 3000 });
    // Each new code reads the roster again: who signed in just now shows up.
    expect(sent('activityRoster').length).toBeGreaterThanOrEqual(3);

    hidePage();
    const asked = sent('activityCode').length;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(sent('activityCode')).toHaveLength(asked);
    showPage();
    await waitFor(() => expect(sent('activityCode')).toHaveLength(asked + 1));
    await waitFor(() => expect(text('#activity-code-digits')).toBe('333333'));
    hidePage();
  });

  it('cancels the activity with a reason the volunteers read; the code is gone then', async () => {
    const { backend, sent } = await organiserServer(ongoing, ['042917'], 25_000);
    open(backend);
    await appears('#activity-cancel');
    click('#activity-cancel');
    await appears('#activity-cancel-sheet');
    click('#activity-cancel-sheet-submit');
    expect(await screen.findAllByText('请填写原因')).not.toHaveLength(0);
    expect(sent('cancelActivity')).toHaveLength(0);
    click('#activity-cancel-sheet-usual-0');
    click('#activity-cancel-sheet-submit');
    await appears('#activity-code-none');
    expect(sent('cancelActivity').map((c) => c.data)).toEqual([{ activityId: 'a-1', reason: '天气原因，活动改期' }]);
    expect(text('#activity-code-none')).toBe('活动已取消，不再需要签到码');
    expect(text('#activity-cancel-reason')).toBe('取消原因：天气原因，活动改期');
    expect(document.querySelector('#activity-cancel')).toBeNull();
    expect(document.querySelector('#activity-cancel-sheet')).toBeNull();
  });

  it('shows no code for an activity that is over, and asks for none', async () => {
    const ended = activityView({ phase: 'ended', actions: ['roster'] });
    const { backend, sent } = await organiserServer(ended, ['042917'], 25_000);
    open(backend);
    await appears('#activity-code-none');
    expect(text('#activity-code-none')).toBe('活动已结束，签到码已停用');
    await settle();
    expect(sent('activityCode')).toHaveLength(0);
  });

  it('draws the code in elder mode', async () => {
    const stand = await organiserServer(ongoing, ['042917'], 25_000);
    await stand.server.act('account', 'u-committee-chen', 'setPreferences', { elderMode: 'on' });
    open(stand.backend);
    await appears('#activity-code-digits');
    expect($('#activity-code-digits').closest('.mq-screen.mq-elder')).not.toBeNull();
    hidePage();
  });
});
