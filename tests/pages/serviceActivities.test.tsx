import { waitFor } from '@testing-library/react';
import ServiceActivitiesPage from '../../src/packages/service/activities/index';
import { activityView, nightPatrol } from '../support/builders/activityViews';
import { resetTaroMock } from '../support/taroMock';
import { lastOpened, openActivityPage } from './activityPages';
import { $, appears, click, text } from './dom';
import type { Backend } from './render';
import { page, Refusal, serviceStandIn } from './serviceStandIn';

jest.mock('@tarojs/taro', () => require('./notificationsTaroMock').taroWithNotifications());

beforeEach(() => resetTaroMock());

const open = (backend: Backend, params: Record<string, string> = {}) =>
  openActivityPage('service/activities', ServiceActivitiesPage, backend, params);

const dumplings = activityView();

describe('志愿活动 list (jsdom)', () => {
  it('shows each coming activity: Beijing time (across midnight said), place, station, seats, phase and my sign-up', async () => {
    const { backend, sent } = await serviceStandIn('u-resident-li', {
      activities: ({ when }) => page(when === 'upcoming' ? [dumplings, nightPatrol] : []),
    });
    open(backend);
    await appears('#activity-a-night');
    expect(sent('activities')[0].data).toEqual({ when: 'upcoming', limit: 20 });
    expect(text('#activity-a-1-time')).toBe('12月12日 周六 19:00-21:00');
    expect(text('#activity-a-night-time')).toBe('12月12日 周六 22:00-次日02:00');
    expect(text('#activity-a-1-seats')).toBe('共10人，还剩3个名额');
    expect(text('#activity-a-night-seats')).toBe('共4人，已报满，2人候补');
    expect(text('#activity-a-night')).toContain('东门社区红帆驿站二楼 · 东门红帆驿站');
    expect(text('#activity-a-1-phase')).toBe('报名中');
    expect(text('#activity-a-night-mine')).toBe('候补第2位');
    expect(document.querySelector('#activity-a-1-mine')).toBeNull();
    // Only the committee publishes.
    expect(document.querySelector('#activity-publish')).toBeNull();

    click('#activity-a-night');
    expect(lastOpened()).toBe('/packages/service/activity/index?id=a-night');

    click('#activities-when-past');
    await appears('#state-empty');
    expect(text('#state-empty')).toContain('还没有已结束的活动');
    expect(sent('activities')[1].data).toEqual({ when: 'past', limit: 20 });
  });

  it('lists one 红帆驿站’s activities when opened from its card, and all of them on 看全部', async () => {
    const { backend, sent } = await serviceStandIn('u-resident-li', {
      activities: ({ stationId }) => page(stationId ? [nightPatrol] : [dumplings, nightPatrol]),
    });
    open(backend, { stationId: 's-east' });
    await appears('#activity-a-night');
    expect(sent('activities')[0].data).toEqual({ when: 'upcoming', stationId: 's-east', limit: 20 });
    expect(text('#activities-station')).toContain('只看东门红帆驿站的活动');
    expect(document.querySelector('#activity-a-1')).toBeNull();
    click('#activities-all-stations');
    await appears('#activity-a-1');
    expect(sent('activities')[1].data).toEqual({ when: 'upcoming', limit: 20 });
    expect(document.querySelector('#activities-station')).toBeNull();
  });

  it('gives the committee 发布活动', async () => {
    const { backend } = await serviceStandIn('u-committee-chen', { activities: () => page([dumplings]) });
    open(backend);
    await appears('#activity-publish');
    click('#activity-publish');
    expect(lastOpened()).toBe('/packages/committee/activity-new/index');
  });

  it('says when nothing is coming, and why it failed with a retry', async () => {
    let fail = true;
    const { backend } = await serviceStandIn('u-resident-li', {
      activities: () => {
        if (fail) throw new Refusal('INTERNAL', '服务暂时不可用，请稍后再试');
        return page([]);
      },
    });
    open(backend);
    await appears('#state-error');
    expect(text('#state-error')).toContain('服务暂时不可用，请稍后再试');
    fail = false;
    click('#state-error .mq-state__action');
    await appears('#state-empty');
    expect(text('#state-empty')).toContain('近期没有志愿活动');
  });

  it('draws the list in elder mode for 张桂兰', async () => {
    const { backend } = await serviceStandIn('u-resident-zhang', { activities: () => page([dumplings]) });
    open(backend);
    await appears('#activity-a-1');
    expect($('#activity-a-1').closest('.mq-screen.mq-elder')).not.toBeNull();
    await waitFor(() => expect(text('#activity-a-1-phase')).toBe('报名中'));
  });
});
