import { fireEvent, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import ServiceOrderPage from '../../src/packages/service/order/index';
import { resetTaroMock } from '../support/taroMock';
import { $, appears, click, text, typeInto } from './dom';
import { renderPage } from './render';
import { COMMITTEE, RESIDENT, serviceBackend, VOLUNTEER, type ServiceScene } from './serviceBackend';

beforeEach(() => resetTaroMock());

function openOrder(scene: ServiceScene, orderId: string, userId: string) {
  (Taro.getCurrentInstance as jest.Mock).mockReturnValue({
    router: { path: '/packages/service/order/index', params: { id: orderId } },
    page: {},
  });
  return renderPage(<ServiceOrderPage />, scene.as(userId));
}

/** A volunteer (李明, approved) and an order of 代办证件 placed by 张桂兰. */
async function ordered() {
  const scene = await serviceBackend();
  const item = scene.itemNamed(await scene.menu(), '代办证件');
  await scene.volunteer(VOLUNTEER);
  const order = await scene.order(item.id);
  return { scene, order };
}

const buttons = () => [...document.querySelectorAll('#order-actions [id^="order-"]')].map((el) => el.id);

describe('服务订单 (jsdom, real services over SQLite)', () => {
  it('a volunteer claims, starts and finishes; each tap sends its own request id', async () => {
    const { scene, order } = await ordered();
    const { calls } = openOrder(scene, order.id, VOLUNTEER);
    await appears('#order-claim');
    expect(text('#order-state')).toBe('待接单');
    expect(text('#order-facts')).toContain('身份证到期了');
    expect(text('#order-claimant')).toContain('等待志愿者接单');
    expect($('#order-steps').getAttribute('data-value')).toBe('1');

    click('#order-claim');
    await appears('#order-start');
    expect(text('#order-state')).toBe('已接单');
    expect(text('#order-claimant')).toContain('李');
    // Claimed: the volunteer now sees where to go and whom to call.
    expect(text('#order-address')).toContain('幸福小区3号楼2单元501');
    expect(text('#order-phone')).toContain('13805371234');
    expect(buttons()).toEqual(expect.arrayContaining(['order-start', 'order-release']));
    click('#order-start');
    await appears('#order-finish');
    expect(text('#order-state')).toBe('服务中');
    click('#order-finish');
    await waitFor(() => expect(text('#order-state')).toBe('待确认'));
    expect(document.querySelector('#order-finish')).toBeNull();

    const steps = calls.filter((c) => /Order$/.test(c.event.action) && c.event.action !== 'order');
    expect(steps.map((c) => c.event.action)).toEqual(['claimOrder', 'startOrder', 'finishOrder']);
    expect(new Set(steps.map((c) => c.event.requestId)).size).toBe(3);
  });

  it('the resident confirms with stars and thanks, and sees them on the order', async () => {
    const { scene, order } = await ordered();
    for (const action of ['claimOrder', 'startOrder', 'finishOrder']) await scene.step(order.id, VOLUNTEER, action);
    const { calls } = openOrder(scene, order.id, RESIDENT);
    await appears('#confirm-panel');
    expect(buttons()).toContain('order-dispute');

    click('#confirm-submit');
    expect(await screen.findByText('请点星星打分')).toBeTruthy();
    expect(calls.some((c) => c.event.action === 'confirmOrder')).toBe(false);

    fireEvent.click(document.querySelectorAll('#confirm-stars .nut-rate-item')[4]);
    typeInto('confirm-thanks', '李师傅跑了两趟，太感谢了');
    click('#confirm-submit');
    await waitFor(() => expect(text('#order-state')).toBe('已完成'));
    expect(text('#order-rating')).toContain('★★★★★');
    expect(text('#order-rating')).toContain('李师傅跑了两趟');
    expect(document.querySelector('#confirm-panel')).toBeNull();
    expect(calls.find((c) => c.event.action === 'confirmOrder')?.event.data).toEqual({
      orderId: order.id,
      rating: 5,
      thanks: '李师傅跑了两趟，太感谢了',
    });
  });

  it('the resident disputes 服务完成 with a reason', async () => {
    const { scene, order } = await ordered();
    for (const action of ['claimOrder', 'startOrder', 'finishOrder']) await scene.step(order.id, VOLUNTEER, action);
    openOrder(scene, order.id, RESIDENT);
    await appears('#order-dispute');
    click('#order-dispute');
    await appears('#reason-sheet');
    click('#reason-submit');
    expect(await screen.findAllByText('请填写原因')).not.toHaveLength(0);
    typeInto('reason-text', '证件还没拿到手');
    click('#reason-submit');
    await waitFor(() => expect(text('#order-state')).toBe('有异议'));
    expect(text('#order-reason')).toContain('证件还没拿到手');
    expect(document.querySelector('#reason-sheet')).toBeNull();
  });

  it('the resident cancels before work starts, with a reason', async () => {
    const { scene, order } = await ordered();
    openOrder(scene, order.id, RESIDENT);
    await appears('#order-cancel');
    expect(buttons()).toEqual(['order-cancel']);
    click('#order-cancel');
    await appears('#reason-sheet');
    typeInto('reason-text', '家里人已经帮我办了');
    click('#reason-submit');
    await waitFor(() => expect(text('#order-state')).toBe('已取消'));
    expect(text('#order-reason')).toContain('取消原因：家里人已经帮我办了');
    expect(document.querySelector('#order-steps')).toBeNull();
    expect(buttons()).toEqual([]);
  });

  it('the volunteer gives a claimed order back; it waits for another', async () => {
    const { scene, order } = await ordered();
    await scene.step(order.id, VOLUNTEER, 'claimOrder');
    openOrder(scene, order.id, VOLUNTEER);
    await appears('#order-release');
    click('#order-release');
    await appears('#reason-sheet');
    typeInto('reason-text', '临时要出差');
    click('#reason-submit');
    await waitFor(() => expect(text('#order-state')).toBe('待接单'));
  });

  it('reads the order again when a tap on a stale page is refused, and says why', async () => {
    const { scene, order } = await ordered();
    openOrder(scene, order.id, VOLUNTEER);
    await appears('#order-claim');
    // The resident cancels while the volunteer still has the page open.
    await scene.step(order.id, RESIDENT, 'cancelOrder', { reason: '不需要了' });
    click('#order-claim');
    // A cancelled order is no longer any volunteer's business: the server no longer shows it.
    // The page reads the order again and says why, instead of offering to take it.
    await appears('#state-error');
    expect(text('#state-error')).toContain('订单不存在');
    expect(document.querySelector('#order-claim')).toBeNull();
  });

  it('shows 由陈秀英代办 on an order the committee placed for a resident at the door', async () => {
    const scene = await serviceBackend();
    const item = scene.itemNamed(await scene.menu(), '代办证件');
    const { order } = await scene.act<{ order: { id: string } }>(COMMITTEE, 'placeOrderFor', {
      itemId: item.id,
      details: '张阿姨来社区说要换老年证，她不会用手机',
      wantedDate: '2026-11-30',
      wantedPeriod: 'any',
      address: '槐荫苑5号楼1单元101',
      contactPhone: '13805370000',
      residentId: RESIDENT,
      residentName: '张桂兰',
      consent: '本人口头同意',
    });
    const staffView = openOrder(scene, order.id, COMMITTEE);
    await appears('#order-behalf');
    expect(text('#order-behalf')).toBe('由陈秀英代办');
    expect(text('#order-facts')).toContain('张桂兰');
    staffView.unmount();
    // The resident it is for sees who placed it for her, too.
    openOrder(scene, order.id, RESIDENT);
    await appears('#order-behalf');
    expect(text('#order-behalf')).toBe('由陈秀英代办');
  });

  it('says a broken link plainly', async () => {
    const scene = await serviceBackend();
    (Taro.getCurrentInstance as jest.Mock).mockReturnValue({
      router: { path: '/packages/service/order/index', params: {} },
      page: {},
    });
    renderPage(<ServiceOrderPage />, scene.as(RESIDENT));
    await appears('#state-error');
    expect(text('#state-error')).toContain('没有找到这张订单');
  });

  it('sends the committee from an overdue order’s page to its 服务订单 page, where the order opens to assign', async () => {
    const { scene, order } = await ordered();
    // 代办证件 answers within 24 hours: a day and a minute later nobody has claimed it.
    scene.deps.clock.advance(24 * 3_600_000 + 60_000);
    openOrder(scene, order.id, COMMITTEE);
    await appears('#order-committee-steps');
    expect(text('#order-committee-steps')).toBe('去指派志愿者');
    click('#order-committee-steps');
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/packages/committee/service-orders/index?orderId=${order.id}`,
    });
    // A resident reading the same order has no such button.
    document.body.innerHTML = '';
    openOrder(scene, order.id, RESIDENT);
    await appears('#order-cancel');
    expect(document.querySelector('#order-committee-steps')).toBeNull();
  });
});
