import { fireEvent, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { dispatchOutbox } from '../../cloudfunctions/lib/services/notifications/dispatch';
import DeliveriesPage from '../../src/packages/committee/deliveries/index';
import ManagePage from '../../src/packages/committee/manage/index';
import { resetTaroMock } from '../support/taroMock';
import { committeeBackend } from './committeeBackend';
import { resetNotificationsMock } from './notificationsTaroMock';
import { renderPage, type Backend } from './render';
import { $, appears, text } from './dom';

jest.mock('@tarojs/taro', () => require('./notificationsTaroMock').taroWithNotifications());

beforeEach(() => {
  resetTaroMock();
  resetNotificationsMock();
});
afterEach(() => jest.restoreAllMocks());

const problems = () => [...document.querySelectorAll<HTMLElement>('.dl-problem')];

type Server = Awaited<ReturnType<typeof committeeBackend>>;

/**
 * 张桂兰 accepted 事项进度通知 and raised a matter; 陈秀英 approved it. WeChat refuses the message
 * for good (40037: the template id is wrong in this deployment), so it fails at once.
 */
async function failedNotice(server: Server) {
  const subscribed = await server.as('u-resident-zhang')('notification', {
    action: 'subscribe',
    data: { moment: 'matter', acceptedTemplateIds: ['local-matter-progress'] },
    requestId: 'consent-0000-0001',
  });
  expect(subscribed.ok).toBe(true);
  const id = await server.raise('u-resident-zhang', '3号楼前乱停车');
  await server.act('u-committee-chen', 'moderate', { targetType: 'matter', targetIds: [id], decision: 'approve' });
  server.deps.gateway.send = async () => ({ errcode: 40037, errmsg: 'invalid template_id' });
  await dispatchOutbox(server.deps);
}

async function openDeliveries(server: Server, backend?: Backend) {
  (Taro.getCurrentInstance as jest.Mock).mockReturnValue({
    router: { path: '/packages/committee/deliveries/index', params: {} },
  });
  const page = renderPage(<DeliveriesPage />, backend ?? server.as('u-committee-chen'));
  await appears('#deliveries-page');
  return page;
}

describe('微信通知发送情况 for the committee (jsdom, real services over SQLite)', () => {
  it('lists a notice that could not be delivered, and 重新发送 puts it back in the queue', async () => {
    const server = await committeeBackend();
    await failedNotice(server);
    const { calls } = await openDeliveries(server);

    await waitFor(() => expect(problems()).toHaveLength(1));
    const card = problems()[0];
    const id = card.id.replace(/^delivery-/, '');
    expect(text('#community-name')).toBe('东门社区');
    expect(card.textContent).toContain('张桂兰');
    expect(card.textContent).toContain('审核通过');
    expect(card.textContent).toContain('事项进度通知');
    expect(text(`#delivery-${id}-error`)).toContain('订阅消息模板编号无效');
    expect(text(`#delivery-${id}-wechat`)).toContain('40037: invalid template_id');
    expect(card.textContent).toContain('1次');
    expect(card.textContent).toContain('产生11月27日 10:00');

    // Fixed in the WeChat console: send it again.
    server.deps.gateway.send = async () => ({ errcode: 0, errmsg: 'ok' });
    fireEvent.click($(`#delivery-retry-${id}`));
    await waitFor(() => expect(problems()).toHaveLength(0));
    await appears('#state-empty');
    expect(text('#state-empty')).toContain('没有发送失败的通知');
    const retry = calls.find((c) => c.event.action === 'retryDelivery')!;
    expect(retry.event.data).toEqual({ id });
    expect(retry.event.requestId).toMatch(/^[a-z0-9]+-[a-z0-9]+$/);
    expect(await server.storage.outbox.findById(id)).toMatchObject({ status: 'pending' });

    await dispatchOutbox(server.deps);
    expect(await server.storage.outbox.findById(id)).toMatchObject({ status: 'sent' });
  });

  it('says so when nothing failed', async () => {
    const server = await committeeBackend();
    await openDeliveries(server);
    await appears('#state-empty');
    expect(text('#state-empty')).toContain('没有发送失败的通知');
  });

  it('shows the server’s refusal when a retry is not possible, and reloads', async () => {
    const server = await committeeBackend();
    await failedNotice(server);
    const refusing: Backend = (fn, event) =>
      event.action === 'retryDelivery'
        ? { ok: false, code: 'INVALID_STATE', message: '这条通知不是发送失败的状态' }
        : server.as('u-committee-chen')(fn, event);
    const { calls } = await openDeliveries(server, refusing);
    await waitFor(() => expect(problems()).toHaveLength(1));
    const id = problems()[0].id.replace(/^delivery-/, '');
    fireEvent.click($(`#delivery-retry-${id}`));
    await waitFor(() => expect(calls.filter((c) => c.event.action === 'deliveryProblems')).toHaveLength(2));
    expect(problems()).toHaveLength(1);
    await waitFor(() => expect(text(`#delivery-${id}-refused`)).toBe('这条通知不是发送失败的状态'));
  });

  it('is opened from the control panel of a matter', async () => {
    const server = await committeeBackend();
    const id = await server.raise('u-resident-zhang', '3号楼前乱停车');
    (Taro.getCurrentInstance as jest.Mock).mockReturnValue({
      router: { path: '/packages/committee/manage/index', params: { id } },
    });
    renderPage(<ManagePage />, server.as('u-committee-chen'));
    await appears('#deliveries-link');
    fireEvent.click($('#deliveries-link'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/committee/deliveries/index' });
  });

  it('is only for the committee', async () => {
    const server = await committeeBackend();
    renderPage(<DeliveriesPage />, server.as('u-resident-zhang'));
    await appears('#state-error');
    expect(document.querySelector('#deliveries-page')).toBeNull();
    expect(text('#state-error')).toContain('仅社区居委会可用');
  });
});
