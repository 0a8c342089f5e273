import { cleanup, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import ServiceActivityPage from '../../src/packages/service/activity/index';
import type { ActivityView } from '@domain/service/activityViews';
import { activityView, mySignUp, START } from '../support/builders/activityViews';
import { resetTaroMock } from '../support/taroMock';
import { lastOpened, openActivityPage } from './activityPages';
import { T } from './consentSteps';
import { $, appears, click, text, typeInto } from './dom';
import { consent, resetNotificationsMock, tap } from './notificationsTaroMock';
import { settle, type Backend } from './render';
import { Refusal, serviceStandIn } from './serviceStandIn';

jest.mock('@tarojs/taro', () => require('./notificationsTaroMock').taroWithNotifications());

const ask = Taro.requestSubscribeMessage as jest.Mock;
const MINUTE = 60_000;

beforeEach(() => {
  resetTaroMock();
  resetNotificationsMock();
});

const open = (backend: Backend, id = 'a-1') =>
  openActivityPage('service/activity', ServiceActivityPage, backend, id ? { id } : {});

/** The stand-in server of one activity: `activity` answers with it as it now stands. */
async function activityServer(
  userId: string,
  first: ActivityView,
  answers: Record<string, (data: any) => unknown> = {},
) {
  let current = first;
  const answer = (next: ActivityView) => {
    current = next;
    return { activity: next };
  };
  const server = await serviceStandIn(userId, {
    activity: () => ({ activity: current }),
    ...Object.fromEntries(Object.entries(answers).map(([action, fn]) => [action, (data: any) => fn(data)])),
  });
  return { ...server, answer };
}

describe('one 志愿活动 (jsdom)', () => {
  it('signs up inside the tap that asks WeChat for the activity messages, and shows 已报名', async () => {
    consent.answer = { [T.bookingResult]: 'accept' };
    const enrolled = activityView({ enrolled: 8, seatsLeft: 2, mySignUp: mySignUp(), actions: ['withdraw'] });
    const server = await activityServer('u-resident-li', activityView({ actions: ['signUp'] }), {
      signUpActivity: () => server.answer(enrolled),
    });
    const { calls } = open(server.backend);
    await appears('#activity-signup');
    expect(text('#activity-time')).toContain('12月12日 周六 19:00-21:00');
    expect(text('#activity-seats')).toContain('还剩3个名额');
    expect(text('#activity-closes')).toContain('12月11日 19:00截止报名');
    expect(text('#activity-signup')).toBe('我要报名');
    await settle();
    expect(ask).not.toHaveBeenCalled();

    tap('#activity-signup');
    expect(ask).toHaveBeenCalledTimes(1);
    expect(consent.outsideTap).toBe(0);
    expect(ask.mock.calls[0][0].tmplIds).toEqual([T.bookingResult, T.visitReminder]);
    await appears('#activity-mine');
    expect(text('#activity-mine-state')).toBe('已报名');
    expect(text('#activity-seats')).toContain('还剩2个名额');
    expect(document.querySelector('#activity-signup')).toBeNull();
    expect($('#activity-withdraw')).toBeTruthy();
    const signUp = server.sent('signUpActivity');
    expect(signUp.map((c) => c.data)).toEqual([{ activityId: 'a-1' }]);
    expect(signUp[0].requestId).not.toBe('');
    // What was accepted is reported on its own: signing up takes no consent field.
    await waitFor(() => expect(calls.some((c) => c.event.action === 'subscribe')).toBe(true));
    expect(calls.find((c) => c.event.action === 'subscribe')!.event.data).toEqual({
      moment: 'activity',
      acceptedTemplateIds: [T.bookingResult],
    });
  });

  it('joins the waitlist when full, and says the place in line', async () => {
    const full = activityView({ enrolled: 10, seatsLeft: 0, waitlisted: 2, actions: ['signUp'] });
    const waiting = { ...full, waitlisted: 3, mySignUp: mySignUp({ state: 'waitlisted', waitlistPosition: 3 }) };
    const server = await activityServer('u-resident-li', full, {
      signUpActivity: () => server.answer({ ...waiting, actions: ['withdraw'] }),
    });
    open(server.backend);
    await appears('#activity-signup');
    expect(text('#activity-signup')).toBe('报名候补');
    expect(text('#activity-seats')).toBe('名额共10人，已报满，2人候补');
    tap('#activity-signup');
    await appears('#activity-mine');
    expect(text('#activity-mine-state')).toBe('候补第3位');
    expect(text('#activity-mine')).toContain('按候补顺序补上');
  });

  it('withdraws after asking, and not when the volunteer thinks again', async () => {
    const enrolled = activityView({ mySignUp: mySignUp(), actions: ['withdraw'] });
    const server = await activityServer('u-resident-li', enrolled, {
      withdrawActivity: () => server.answer(activityView({ actions: ['signUp'] })),
    });
    open(server.backend);
    await appears('#activity-withdraw');
    (Taro.showModal as jest.Mock).mockResolvedValueOnce({ confirm: false, cancel: true });
    click('#activity-withdraw');
    await settle();
    expect(server.sent('withdrawActivity')).toHaveLength(0);
    click('#activity-withdraw');
    await appears('#activity-signup');
    expect(document.querySelector('#activity-mine')).toBeNull();
    expect(server.sent('withdrawActivity').map((c) => c.data)).toEqual([{ activityId: 'a-1' }]);
  });

  it('signs in with the organiser’s 6 digits: a short code is refused on the page, a wrong one in the server’s words', async () => {
    const signedIn = activityView({
      phase: 'ongoing',
      mySignUp: mySignUp({ signedInAt: START + 2 * MINUTE }),
      actions: ['signOut'],
    });
    const server = await activityServer(
      'u-resident-li',
      activityView({ phase: 'ongoing', mySignUp: mySignUp(), actions: ['signIn'] }),
      {
        signInActivity: ({ code }) => {
          if (code !== '654321') throw new Refusal('BAD_INPUT', '签到码不对或已过期，请输入组织者手机上现在的数字');
          return server.answer(signedIn);
        },
      },
    );
    open(server.backend);
    await appears('#activity-signIn-panel');
    click('#activity-signIn');
    expect(text('#activity-code-error')).toBe('请输入组织者手机上显示的6位签到码');
    typeInto('activity-code', '12345');
    click('#activity-signIn');
    expect(await screen.findByText('请输入组织者手机上显示的6位签到码')).toBeTruthy();
    expect(server.sent('signInActivity')).toHaveLength(0);

    typeInto('activity-code', '123456');
    click('#activity-signIn');
    await waitFor(() => expect(text('#activity-code-error')).toBe('签到码不对或已过期，请输入组织者手机上现在的数字'));
    typeInto('activity-code', '654321');
    click('#activity-signIn');
    await appears('#activity-signOut-panel');
    expect(text('#activity-mine-state')).toBe('已签到 19:02');
    expect(text('#activity-signed-in')).toContain('12月12日 19:02');
    expect(server.sent('signInActivity').map((c) => c.data.code)).toEqual(['123456', '654321']);
  });

  it('reads the activity again when signing in is refused because it moved on (cancelled meanwhile)', async () => {
    const cancelled = activityView({ phase: 'cancelled', cancelReason: '天气原因，活动改期', mySignUp: mySignUp() });
    const server = await activityServer('u-resident-li', activityView({ mySignUp: mySignUp(), actions: ['signIn'] }), {
      signInActivity: () => {
        server.answer(cancelled);
        throw new Refusal('INVALID_STATE', '活动已取消');
      },
    });
    open(server.backend);
    await appears('#activity-signIn-panel');
    typeInto('activity-code', '123456');
    click('#activity-signIn');
    await appears('#activity-cancel-reason');
    expect(text('#activity-cancel-reason')).toBe('取消原因：天气原因，活动改期');
    expect(text('#activity-phase')).toBe('已取消');
    expect(document.querySelector('#activity-signIn-panel')).toBeNull();
  });

  it('signs out and says the hours credited, or why none', async () => {
    const signedIn = mySignUp({ signedInAt: START });
    const server = await activityServer(
      'u-resident-li',
      activityView({ phase: 'ongoing', mySignUp: signedIn, actions: ['signOut'] }),
      {
        signOutActivity: () =>
          server.answer(
            activityView({
              phase: 'ongoing',
              mySignUp: { ...signedIn, signedOutAt: START + 115 * MINUTE, creditedMinutes: 115 },
            }),
          ),
      },
    );
    open(server.backend);
    await appears('#activity-signOut-panel');
    typeInto('activity-code', '000123');
    click('#activity-signOut');
    await appears('#activity-credit');
    expect(text('#activity-mine-state')).toBe('已签退');
    expect(text('#activity-credit')).toBe('计入1.9小时志愿时长');
    expect(document.querySelector('#activity-signOut-panel')).toBeNull();

    const early = activityView({
      phase: 'ended',
      mySignUp: { ...signedIn, signedOutAt: START + 30 * MINUTE, creditedMinutes: 0 },
    });
    cleanup();
    const again = await activityServer('u-resident-li', early);
    open(again.backend);
    await appears('#activity-credit');
    expect(text('#activity-credit')).toBe('在场时间不足活动时长的60%，本次未计入志愿时长');
  });

  it('gives the organiser 签到码 and 报名名单, and no volunteer buttons', async () => {
    const server = await activityServer(
      'u-committee-chen',
      activityView({ actions: ['showCode', 'roster', 'cancel'] }),
    );
    open(server.backend);
    await appears('#activity-show-code');
    expect(document.querySelector('#activity-signup')).toBeNull();
    click('#activity-show-code');
    expect(lastOpened()).toBe('/packages/committee/activity/index?id=a-1');
    click('#activity-roster');
    expect(lastOpened()).toBe('/packages/committee/activity/index?id=a-1');
  });

  it('draws the code entry in elder mode for 张桂兰, and says so when the link is broken', async () => {
    const server = await activityServer(
      'u-resident-zhang',
      activityView({ mySignUp: mySignUp(), actions: ['signIn'] }),
    );
    open(server.backend);
    await appears('#activity-signIn-panel');
    expect($('#activity-code').closest('.mq-screen.mq-elder')).not.toBeNull();

    cleanup();
    const broken = await activityServer('u-resident-li', activityView());
    open(broken.backend, '');
    await appears('#state-error');
    expect(text('#state-error')).toContain('没有找到这个活动');
  });

  it('tells a resident who is not a volunteer yet how to become one, instead of showing no button', async () => {
    const server = await activityServer('u-resident-zhang', activityView({ actions: [] }));
    open(server.backend);
    await appears('#activity-not-volunteer');
    expect(text('#activity-not-volunteer')).toContain('需要先成为本社区的志愿者');
    click('#activity-go-report');
    expect(lastOpened()).toBe('/packages/service/report/index');
    cleanup();
    // A committee member reading it is not asked to report as a volunteer.
    const staff = await activityServer('u-committee-chen', activityView({ actions: [] }));
    open(staff.backend);
    await appears('#activity-facts');
    expect(document.querySelector('#activity-not-volunteer')).toBeNull();
  });
});
