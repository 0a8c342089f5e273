import { waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import ServiceOrderNewPage from '../../src/packages/service/order-new/index';
import { resetTaroMock } from '../support/taroMock';
import { $, appears, click, text, typeInto, valueOf } from './dom';
import { renderPage } from './render';
import { RESIDENT, serviceBackend } from './serviceBackend';
import { followClock } from './visitsBackend';

beforeEach(() => resetTaroMock());
afterEach(() => jest.restoreAllMocks());

async function openFor(itemName = '代办证件', userId = RESIDENT) {
  const scene = await serviceBackend();
  followClock(scene.deps);
  const item = scene.itemNamed(await scene.menu(), itemName);
  (Taro.getCurrentInstance as jest.Mock).mockReturnValue({
    router: { path: '/packages/service/order-new/index', params: { itemId: item.id } },
    page: {},
  });
  const page = renderPage(<ServiceOrderNewPage />, scene.as(userId));
  return { scene, item, ...page };
}

describe('我要点单 (jsdom, real services over SQLite)', () => {
  it('places an order with the address and phone from the profile, then opens the order', async () => {
    const { scene, item, calls } = await openFor();
    await appears('#order-form');
    expect(text('#order-item')).toContain('代办证件');
    expect(text('#order-item')).toContain('约24小时内响应');
    expect(valueOf('order-address')).toBe('幸福小区3号楼2单元501');
    expect(valueOf('order-phone')).toBe('13805371234');
    // Tomorrow in Shanghai by default (the test clock is 2026-11-27).
    expect($('#order-date').getAttribute('data-value')).toBe('2026-11-28');

    typeInto('order-details', '身份证下个月到期，腿脚不便，想请人帮忙代办');
    click('#order-period-morning');
    click('#order-submit');
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalled());
    const placed = calls.find((c) => c.event.action === 'placeOrder');
    expect(placed?.event.requestId).toMatch(/^[a-z0-9]+-[a-z0-9]+$/);
    expect(placed?.event.data).toEqual({
      itemId: item.id,
      details: '身份证下个月到期，腿脚不便，想请人帮忙代办',
      wantedDate: '2026-11-28',
      wantedPeriod: 'morning',
      address: '幸福小区3号楼2单元501',
      contactPhone: '13805371234',
    });
    const url = (Taro.redirectTo as jest.Mock).mock.calls[0][0].url as string;
    const orderId = decodeURIComponent(url.match(/id=([^&]+)/)![1]);
    expect(url.startsWith('/packages/service/order/index?id=')).toBe(true);
    const { order } = await scene.act<{ order: { state: string; itemName: string } }>(RESIDENT, 'order', { orderId });
    expect(order).toMatchObject({ state: 'placed', itemName: '代办证件' });
  });

  it('says what is missing next to each field and sends nothing', async () => {
    const { calls } = await openFor();
    await appears('#order-form');
    typeInto('order-details', '办');
    typeInto('order-phone', '138');
    click('#order-submit');
    await appears('.sv-order-field__error');
    const complaints = [...document.querySelectorAll('.sv-order-field__error')].map((el) => el.textContent);
    expect(complaints).toContain('请写下需要什么帮助，至少4个字');
    expect(complaints).toContain('请选择时段');
    expect(text('#order-error')).toBeTruthy();
    expect(calls.some((c) => c.event.action === 'placeOrder')).toBe(false);
  });

  it('says so when the item is not on the menu', async () => {
    const scene = await serviceBackend();
    await scene.menu();
    (Taro.getCurrentInstance as jest.Mock).mockReturnValue({
      router: { path: '/packages/service/order-new/index', params: { itemId: 'no-such-item' } },
      page: {},
    });
    renderPage(<ServiceOrderNewPage />, scene.as(RESIDENT));
    await appears('#state-empty');
    expect(text('#state-empty')).toContain('这项服务暂时不能点了');
  });

  it('says a broken link plainly', async () => {
    const scene = await serviceBackend();
    (Taro.getCurrentInstance as jest.Mock).mockReturnValue({
      router: { path: '/packages/service/order-new/index', params: {} },
      page: {},
    });
    renderPage(<ServiceOrderNewPage />, scene.as(RESIDENT));
    await appears('#state-error');
    expect(text('#state-error')).toContain('没有找到这项服务');
  });
});
