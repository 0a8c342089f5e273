import { render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { StationView } from '@domain/service/views';
import { shanghaiWallClockToMs } from '@domain/time';
import { ActivityFields } from '../../src/packages/committee/activity-new/ActivityFields';
import { activityTimes, endsNextDay, type ActivityDraft } from '../../src/packages/committee/activity-new/activityForm';
import CommitteeActivityNewPage from '../../src/packages/committee/activity-new/index';
import { activityView } from '../support/builders/activityViews';
import { resetTaroMock } from '../support/taroMock';
import { lastOpened, openActivityPage } from './activityPages';
import { $, appears, click, text, typeInto, valueOf } from './dom';
import { settle, type Backend } from './render';
import { Refusal, serviceStandIn } from './serviceStandIn';

jest.mock('@tarojs/taro', () => require('./notificationsTaroMock').taroWithNotifications());

/** 12月6日 周日 10:00 in Beijing: the form's default date is three days on, 12月9日. */
const NOW = Date.UTC(2026, 11, 6, 2, 0);
const at = (date: string, time: string) => shanghaiWallClockToMs(date, time);

beforeEach(() => {
  resetTaroMock();
  jest.spyOn(Date, 'now').mockReturnValue(NOW);
});
afterEach(() => jest.restoreAllMocks());

const eastStation: StationView = {
  id: 's-east',
  name: '东门红帆驿站',
  address: '东门路1号',
  openingHours: '每天 8:00-20:00',
  contactPhone: '0537-2345678',
  walk: '',
  items: [],
  walkMinutes: {},
  upcomingActivities: [],
};

const setup = () => ({ communityId: 'c-dongmen', items: [], teams: [], stations: [eastStation] });
const open = (backend: Backend) => openActivityPage('committee/activity-new', CommitteeActivityNewPage, backend);

describe('发布志愿活动 (jsdom)', () => {
  it('says what is missing on the page and sends nothing', async () => {
    const { backend, sent } = await serviceStandIn('u-committee-chen', { serviceSetup: setup });
    open(backend);
    await appears('#activity-form');
    typeInto('activity-headcount', '0');
    click('#activity-publish-submit');
    expect(await screen.findByText('请填写活动名称')).toBeTruthy();
    expect(screen.getByText('请填写活动地点')).toBeTruthy();
    expect(screen.getByText('人数至少1人')).toBeTruthy();
    expect(text('#activity-form-error')).toBe('还有3处需要修改');
    await settle();
    expect(sent('publishActivity')).toHaveLength(0);
  });

  it('publishes in Beijing time with the deadline counted back a day, then opens the organiser’s page', async () => {
    const { backend, sent } = await serviceStandIn('u-committee-chen', {
      serviceSetup: setup,
      publishActivity: () => ({ activity: activityView({ id: 'a-new' }) }),
    });
    open(backend);
    await appears('#activity-form');
    expect(sent('serviceSetup')[0].data).toEqual({ communityId: 'c-dongmen' });
    expect(text('#activity-date')).toContain('12月9日 周三');
    expect(text('#activity-start')).toContain('09:00');
    expect(text('#activity-end')).toContain('11:00');
    expect(document.querySelector('#activity-next-day')).toBeNull();

    typeInto('activity-title', '敬老院包饺子');
    click('#activity-station-s-east');
    // Held at the station: its name and address fill the empty place.
    expect(valueOf('activity-place')).toBe('东门红帆驿站（东门路1号）');
    click('#activity-publish-submit');
    await settle();
    expect(sent('publishActivity').map((c) => c.data)).toEqual([
      {
        communityId: 'c-dongmen',
        title: '敬老院包饺子',
        description: '',
        place: '东门红帆驿站（东门路1号）',
        stationId: 's-east',
        startAt: at('2026-12-09', '09:00'),
        endAt: at('2026-12-09', '11:00'),
        signUpClosesAt: at('2026-12-08', '09:00'),
        headcount: 10,
      },
    ]);
    expect(sent('publishActivity')[0].requestId).not.toBe('');
    expect(lastOpened('redirectTo')).toBe('/packages/committee/activity/index?id=a-new');
  });

  it('shows the server’s refusal above the button', async () => {
    const { backend } = await serviceStandIn('u-committee-chen', {
      serviceSetup: setup,
      publishActivity: () => {
        throw new Refusal('OUTSIDE_COMMUNITY', '只能处理本社区的事项');
      },
    });
    open(backend);
    await appears('#activity-form');
    typeInto('activity-title', '夜间巡逻');
    typeInto('activity-place', '东门小区北门');
    click('#activity-deadline-hour');
    click('#activity-publish-submit');
    await appears('#activity-form-error');
    expect(text('#activity-form-error')).toBe('只能处理本社区的事项');
    expect(Taro.redirectTo).not.toHaveBeenCalled();
  });

  it('draws the form in elder mode', async () => {
    const stand = await serviceStandIn('u-committee-chen', { serviceSetup: setup });
    await stand.server.act('account', 'u-committee-chen', 'setPreferences', { elderMode: 'on' });
    open(stand.backend);
    await appears('#activity-form');
    expect($('#activity-form').closest('.mq-screen.mq-elder')).not.toBeNull();
  });
});

describe('the activity’s times from the form', () => {
  const draft: ActivityDraft = {
    title: '夜间巡逻',
    description: '',
    place: '东门小区北门',
    stationId: null,
    date: '2026-12-09',
    start: '22:00',
    end: '02:00',
    headcount: '4',
    deadline: 'hour',
  };

  it('ends on the next day when the end is earlier than the start, and says so on screen', () => {
    expect(endsNextDay(draft)).toBe(true);
    expect(activityTimes(draft)).toEqual({
      startAt: at('2026-12-09', '22:00'),
      endAt: at('2026-12-10', '02:00'),
      signUpClosesAt: at('2026-12-09', '21:00'),
    });
    render(<ActivityFields draft={draft} stations={[]} messageFor={() => undefined} onChange={jest.fn()} />);
    expect(text('#activity-next-day')).toBe('结束时间早于开始时间，按第二天02:00结束（跨过午夜）');
  });

  it('closes sign-up one or two Beijing days before, at the start’s time of day', () => {
    expect(activityTimes({ ...draft, deadline: 'day' }).signUpClosesAt).toBe(at('2026-12-08', '22:00'));
    expect(activityTimes({ ...draft, deadline: 'twoDays' }).signUpClosesAt).toBe(at('2026-12-07', '22:00'));
    // 00:30 on the 1st: a day before is the last day of the previous month.
    expect(activityTimes({ ...draft, date: '2027-01-01', start: '00:30', deadline: 'day' }).signUpClosesAt).toBe(
      at('2026-12-31', '00:30'),
    );
  });
});
