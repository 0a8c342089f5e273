import { waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import ServiceOrdersPage from '../../src/packages/service/orders/index';
import { resetTaroMock } from '../support/taroMock';
import { $, appears, click, text } from './dom';
import { renderPage, type Backend } from './render';
import { RESIDENT, serviceBackend, VOLUNTEER } from './serviceBackend';

jest.mock('@tarojs/taro', () => require('./mattersTaroMock').taroWithPageHooks());

beforeEach(() => resetTaroMock());

function routeTo(params: Record<string, string> = {}) {
  (Taro.getCurrentInstance as jest.Mock).mockReturnValue({
    router: { path: '/packages/service/orders/index', params },
    page: {},
  });
}

async function withOrders() {
  const scene = await serviceBackend();
  const items = await scene.menu();
  await scene.volunteer(VOLUNTEER);
  const papers = await scene.order(scene.itemNamed(items, '代办证件').id);
  scene.deps.clock.advance(60_000); // a minute later: the newer one
  const repair = await scene.order(scene.itemNamed(items, '家电小修').id, { details: '厨房水龙头一直滴水' });
  return { scene, papers, repair };
}

const listed = () => [...document.querySelectorAll('#service-order-list .sv-order-card')].map((el) => el.id);

describe('我的服务单 (jsdom, real services over SQLite)', () => {
  it('lists the orders I placed, newest first, each opening its page', async () => {
    const { scene, papers, repair } = await withOrders();
    routeTo();
    const { calls } = renderPage(<ServiceOrdersPage />, scene.as(RESIDENT));
    await appears('#service-order-list');
    expect($('#orders-list-mine').getAttribute('aria-checked')).toBe('true');
    expect(listed()).toEqual([`service-order-${repair.id}`, `service-order-${papers.id}`]);
    expect(text(`#service-order-${repair.id}`)).toContain('厨房水龙头一直滴水');
    expect(text(`#service-order-${repair.id}-state`)).toBe('待接单');
    expect(calls.find((c) => c.event.action === 'myOrders')?.event.data).toEqual({ limit: 20 });
    click(`#service-order-${papers.id}`);
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/packages/service/order/index?id=${encodeURIComponent(papers.id)}`,
    });
  });

  it('opens on the hall for a volunteer; what they claimed moves to 我接的单', async () => {
    const { scene, papers, repair } = await withOrders();
    await scene.step(papers.id, VOLUNTEER, 'claimOrder');
    routeTo({ list: 'hall' });
    const { calls } = renderPage(<ServiceOrdersPage />, scene.as(VOLUNTEER));
    await appears('#service-order-list');
    expect($('#orders-list-hall').getAttribute('aria-checked')).toBe('true');
    expect(listed()).toEqual([`service-order-${repair.id}`]);
    click('#orders-list-claims');
    await waitFor(() => expect(listed()).toEqual([`service-order-${papers.id}`]));
    expect(text(`#service-order-${papers.id}-state`)).toBe('已接单');
    expect(calls.map((c) => c.event.action).filter((a) => a !== 'me' && a !== 'login')).toEqual(
      expect.arrayContaining(['orderHall', 'myClaims']),
    );
  });

  it('says what to do when a list is empty', async () => {
    const scene = await serviceBackend();
    await scene.menu();
    await scene.volunteer(VOLUNTEER);
    routeTo();
    renderPage(<ServiceOrdersPage />, scene.as(VOLUNTEER));
    await appears('#state-empty');
    expect(text('#state-empty')).toContain('您还没有点过单');
    click('#state-empty .mq-state__action');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/service/catalogue/index' });
    click('#orders-list-claims');
    await waitFor(() => expect(text('#state-empty')).toContain('您还没有接过单'));
    click('#state-empty .mq-state__action');
    await waitFor(() => expect($('#orders-list-hall').getAttribute('aria-checked')).toBe('true'));
    await waitFor(() => expect(text('#state-empty')).toContain('现在没有等人接的单'));
  });

  it('pages through many orders', async () => {
    const { scene } = await withOrders();
    const backend = scene.as(RESIDENT);
    const paged: Backend = (fn, event) =>
      event.action === 'myOrders'
        ? backend(fn, { ...event, data: { ...(event.data as object), limit: 1 } })
        : backend(fn, event);
    routeTo();
    renderPage(<ServiceOrdersPage />, paged);
    await appears('#service-orders-more');
    expect(listed()).toHaveLength(1);
    click('#service-orders-more');
    await waitFor(() => expect(listed()).toHaveLength(2));
    // A keyset page cannot know it was the last until it asks once more.
    if (document.querySelector('#service-orders-more')) click('#service-orders-more');
    await appears('#service-orders-end');
    expect(listed()).toHaveLength(2);
  });
});
