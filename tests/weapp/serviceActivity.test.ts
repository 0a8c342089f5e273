/** @jest-environment jsdom */
import { deploymentTemplates } from '@domain/notifications/deploymentTemplates';
import { consentMoments, templateByKey } from '@domain/notifications/templates';
import { routes } from '@domain/routes';
import { activityView, mySignUp, START } from '../support/builders/activityViews';
import { signedInBackend, userView, weappPageTests } from './fixtures';
import { failure, ok, type MiniPage } from './harness';

const LI = 'u-resident-li';
const MINUTE = 60_000;
/** The templates WeChat is asked for when signing up for an activity (the consent moment 'activity'). */
const activityTemplateIds = consentMoments.activity.map((key) => templateByKey(deploymentTemplates, key).id);

describe('one 志愿活动 (real weapp build)', () => {
  const pages = weappPageTests();
  /** Types the code, and waits until the page holds it (weapp renders the change after the event). */
  async function typeCode(p: MiniPage, value: string) {
    p.get('activity-code-input').dispatchEvent('input', { detail: { value } });
    await p.waitFor(() => p.inputValue('activity-code-input') === value, `the code ${value} in the box`);
  }

  test('李明 signs up: WeChat is asked for the activity messages inside the tap, and the page shows 已报名', async () => {
    const backend = signedInBackend(pages.data, userView(pages.data, LI))
      .reply('service', 'activity', { activity: activityView({ actions: ['signUp'] }) })
      .on('service', 'signUpActivity', () =>
        ok({ activity: activityView({ enrolled: 8, seatsLeft: 2, mySignUp: mySignUp(), actions: ['withdraw'] }) }),
      );
    const p = pages.open(routes.serviceActivity.path, { backend, query: { id: 'a-1' } });
    await p.waitForId('activity-signup');
    expect(p.text('activity-time')).toContain('12月12日 周六 19:00-21:00');
    expect(p.text('activity-seats')).toContain('共10人，还剩3个名额');
    expect(p.text('activity-signup')).toBe('我要报名');

    p.tap('activity-signup');
    await p.waitForId('activity-mine-state');
    expect(p.text('activity-mine-state')).toBe('已报名');
    expect(p.find('activity-signup')).toBeUndefined();
    expect(p.wx.consentAsks).toEqual([{ tmplIds: activityTemplateIds, duringTap: true }]);
    const sent = backend.callsOf('service', 'signUpActivity');
    expect(sent.map((call) => call.data)).toEqual([{ activityId: 'a-1' }]);
  }, 30_000);

  test('in elder mode, 签到 takes the 6 digits: a wrong code is said under them, the right one signs in', async () => {
    const ongoing = { phase: 'ongoing' as const };
    const backend = signedInBackend(pages.data, userView(pages.data, LI, { elderMode: 'on' }))
      .reply('service', 'activity', {
        activity: activityView({ ...ongoing, mySignUp: mySignUp(), actions: ['signIn'] }),
      })
      .on('service', 'signInActivity', (data) =>
        (data as { code: string }).code === '654321'
          ? ok({
              activity: activityView({
                ...ongoing,
                mySignUp: mySignUp({ signedInAt: START + 2 * MINUTE }),
                actions: ['signOut'],
              }),
            })
          : failure('BAD_INPUT', '签到码不对或已过期，请输入组织者手机上现在的数字'),
      );
    const p = pages.open(routes.serviceActivity.path, {
      backend,
      query: { id: 'a-1' },
      storage: { 'mq.elderMode': 'on' },
    });
    await p.waitForId('activity-signIn-panel');
    expect(p.screenClasses()).toContain('mq-elder');

    await typeCode(p, '123456');
    p.tap('activity-signIn');
    await p.waitForId('activity-code-error');
    expect(p.text('activity-code-error')).toBe('签到码不对或已过期，请输入组织者手机上现在的数字');

    await typeCode(p, '654321');
    p.tap('activity-signIn');
    await p.waitForId('activity-signOut-panel');
    expect(p.text('activity-mine-state')).toBe('已签到 19:02');
    const codes = backend.callsOf('service', 'signInActivity').map((call) => (call.data as { code: string }).code);
    expect(codes).toEqual(['123456', '654321']);
    expect(backend.callsOf('service', 'signInActivity').every((call) => typeof call.requestId === 'string')).toBe(true);
  }, 30_000);
});
