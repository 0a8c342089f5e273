import Taro from '@tarojs/taro';
import HomePage from '../../src/pages/index/index';
import MinePage from '../../src/pages/mine/index';
import ServiceCataloguePage from '../../src/packages/service/catalogue/index';
import { resetTaroMock } from '../support/taroMock';
import { $, appears, click, text } from './dom';
import { renderPage } from './render';
import { RESIDENT, serviceBackend, VOLUNTEER } from './serviceBackend';

beforeEach(() => {
  resetTaroMock();
  // The station's phone: a tap calls it (not in the shared mock, which no other page needs).
  Object.assign(Taro, { makePhoneCall: jest.fn(async () => ({})) });
});

function routeTo(params: Record<string, string> = {}) {
  (Taro.getCurrentInstance as jest.Mock).mockReturnValue({
    router: { path: '/packages/service/catalogue/index', params },
    page: {},
  });
}

describe('社区服务 (jsdom, real services over SQLite)', () => {
  it('shows the menu by category with response times, and an item opens its order form', async () => {
    const scene = await serviceBackend();
    const items = await scene.menu();
    routeTo();
    renderPage(<ServiceCataloguePage />, scene.as(RESIDENT));
    await appears('#service-menu');
    const papers = scene.itemNamed(items, '代办证件');
    expect(text('#service-category-errand')).toContain('代办跑腿');
    expect(text(`#service-item-${papers.id}`)).toContain('身份证、社保卡');
    expect(text(`#service-item-${papers.id}`)).toContain('约24小时内响应');
    const advice = scene.itemNamed(items, '政策咨询');
    expect(text(`#service-item-${advice.id}`)).toContain('由社区居委会办理');
    click(`#service-item-${papers.id}`);
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/packages/service/order-new/index?itemId=${encodeURIComponent(papers.id)}`,
    });
  });

  it('lists the 红帆驿站 nearest my compound first, with hours, phone and the services it takes', async () => {
    const scene = await serviceBackend();
    const items = await scene.menu();
    const meals = scene.itemNamed(items, '助餐送餐');
    const far = await scene.station({ name: '鼓楼红帆驿站', walkMinutes: { 'p-xingfu': 12 } });
    const near = await scene.station({ name: '幸福红帆驿站', walkMinutes: { 'p-xingfu': 3 }, itemIds: [meals.id] });
    routeTo();
    renderPage(<ServiceCataloguePage />, scene.as(RESIDENT));
    await appears('#service-stations');
    const order = [...document.querySelectorAll('#service-stations .sv-station')].map((el) => el.id);
    expect(order).toEqual([`service-station-${near.id}`, `service-station-${far.id}`]);
    expect(text(`#service-station-${near.id}-walk`)).toBe('步行约3分钟');
    expect(text(`#service-station-${near.id}`)).toContain('每天 8:00-20:00');
    click(`#service-station-${near.id}-phone`);
    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '0537-2345678' });
    click(`#service-station-${near.id}-item-${meals.id}`);
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/packages/service/order-new/index?itemId=${encodeURIComponent(meals.id)}`,
    });
  });

  it('invites a resident who has not reported to 双报到, and opens my orders', async () => {
    const scene = await serviceBackend();
    await scene.menu();
    routeTo();
    renderPage(<ServiceCataloguePage />, scene.as(RESIDENT));
    await appears('#service-volunteer');
    expect(document.querySelector('#service-volunteer-state')).toBeNull();
    click('#service-report');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/service/report/index' });
    click('#service-my-orders');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/service/orders/index' });
  });

  it('shows why a report was returned, and an approved volunteer the order hall, claims and hours', async () => {
    const scene = await serviceBackend();
    await scene.menu();
    await scene.volunteer(RESIDENT, 'return', '请补充空闲时间');
    await scene.volunteer(VOLUNTEER, 'approve');
    routeTo();
    const returned = renderPage(<ServiceCataloguePage />, scene.as(RESIDENT));
    await appears('#service-volunteer-state');
    expect(text('#service-volunteer-state')).toBe('已退回');
    expect(text('#service-volunteer-reason')).toContain('请补充空闲时间');
    expect(text('#service-report')).toBe('修改后重新报到');
    returned.unmount();

    renderPage(<ServiceCataloguePage />, scene.as(VOLUNTEER));
    await appears('#service-volunteer-state');
    expect(text('#service-volunteer-state')).toBe('已通过');
    click('#service-hall');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/service/orders/index?list=hall' });
    click('#service-claims');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/service/orders/index?list=claims' });
    click('#service-hours');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/service/hours/index' });
  });

  it('says plainly when the community has no services yet', async () => {
    const scene = await serviceBackend();
    routeTo();
    renderPage(<ServiceCataloguePage />, scene.as(RESIDENT));
    await appears('#state-empty');
    expect(text('#state-empty')).toContain('社区还没有上架服务');
    expect($('#service-volunteer')).toBeTruthy();
  });

  it('tells a cadre that only residents may use it', async () => {
    const scene = await serviceBackend();
    routeTo();
    renderPage(<ServiceCataloguePage />, scene.as('u-cadre-liu'));
    await appears('#state-error');
    expect(text('#state-error')).toContain('仅居民可用');
  });

  it('is one tap from a resident’s home and from 我的', async () => {
    const scene = await serviceBackend();
    const home = renderPage(<HomePage />, scene.as(RESIDENT));
    await appears('#home-service');
    click('#home-service');
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/service/catalogue/index' });
    home.unmount();
    renderPage(<MinePage />, scene.as(RESIDENT));
    await appears('#mine-service');
    click('#mine-service');
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/service/catalogue/index' });
  });
});
