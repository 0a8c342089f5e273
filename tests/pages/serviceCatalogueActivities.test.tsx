import Taro from '@tarojs/taro';
import type { StationView } from '@domain/service/views';
import ServiceCataloguePage from '../../src/packages/service/catalogue/index';
import { START } from '../support/builders/activityViews';
import { resetTaroMock } from '../support/taroMock';
import { openActivityPage } from './activityPages';
import { $, appears, click, text } from './dom';
import type { Backend } from './render';
import { serviceStandIn } from './serviceStandIn';

jest.mock('@tarojs/taro', () => require('./notificationsTaroMock').taroWithNotifications());

beforeEach(() => resetTaroMock());

const station = (id: string, name: string, upcomingActivities: StationView['upcomingActivities']): StationView => ({
  id,
  name,
  address: '东门路1号',
  openingHours: '每天 8:00-20:00',
  contactPhone: '',
  walk: '',
  items: [],
  walkMinutes: {},
  upcomingActivities,
});

const catalogue = () => ({
  communityId: 'c-dongmen',
  items: [],
  stations: [
    station('s-east', '东门红帆驿站', [{ id: 'a-1', title: '敬老院包饺子', startAt: START }]),
    station('s-west', '西门红帆驿站', []),
  ],
  volunteer: null,
});

const open = (backend: Backend) => openActivityPage('service/catalogue', ServiceCataloguePage, backend);

describe('the ways into 志愿活动 from 社区服务 (jsdom)', () => {
  it('lists a station’s coming activities on its card, each a tap from its page, and 全部活动 for the station', async () => {
    const { backend } = await serviceStandIn('u-resident-li', { catalogue });
    open(backend);
    await appears('#service-station-s-east-activities');
    expect(text('#service-station-s-east-activity-a-1')).toBe('12月12日 19:00敬老院包饺子');
    expect(text('#service-station-s-west-no-activities')).toBe('近期没有活动');
    click('#service-station-s-east-activity-a-1');
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/service/activity/index?id=a-1' });
    click('#service-station-s-west-all-activities');
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/service/activities/index?stationId=s-west' });
  });

  it('opens 志愿活动 from the top of the page, in elder mode for 张桂兰', async () => {
    const { backend } = await serviceStandIn('u-resident-zhang', { catalogue });
    open(backend);
    await appears('#service-activities');
    expect($('#service-activities').closest('.mq-screen.mq-elder')).not.toBeNull();
    click('#service-activities');
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/service/activities/index' });
  });
});
