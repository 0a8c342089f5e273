import Taro from '@tarojs/taro';
import ServiceOrderPage from '../../src/packages/service/order/index';
import { resetTaroMock } from '../support/taroMock';
import { appears, text } from './dom';
import { realBackend } from './realBackend';
import { renderPage } from './render';

beforeEach(() => resetTaroMock());

async function open(userId: string) {
  (Taro.getCurrentInstance as jest.Mock).mockReturnValue({
    router: { path: '/packages/service/order/index', params: {} },
    page: {},
  });
  const { backend } = await realBackend(userId);
  return renderPage(<ServiceOrderPage />, backend);
}

describe('服务订单 (jsdom, real services over SQLite)', () => {
  it('opens for a resident', async () => {
    await open('u-resident-zhang');
    await appears('#service-order-page');
  });

  it('tells a admin that only resident/committee/cadre may use it', async () => {
    await open('u-admin');
    await appears('#state-error');
    expect(text('#state-error')).toContain('可用');
  });
});
