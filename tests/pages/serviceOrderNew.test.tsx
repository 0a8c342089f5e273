import Taro from '@tarojs/taro';
import ServiceOrderNewPage from '../../src/packages/service/order-new/index';
import { resetTaroMock } from '../support/taroMock';
import { appears, text } from './dom';
import { realBackend } from './realBackend';
import { renderPage } from './render';

beforeEach(() => resetTaroMock());

async function open(userId: string) {
  (Taro.getCurrentInstance as jest.Mock).mockReturnValue({
    router: { path: '/packages/service/order-new/index', params: {} },
    page: {},
  });
  const { backend } = await realBackend(userId);
  return renderPage(<ServiceOrderNewPage />, backend);
}

describe('我要点单 (jsdom, real services over SQLite)', () => {
  it('opens for a resident', async () => {
    await open('u-resident-zhang');
    await appears('#service-order-new-page');
  });

  it('tells a cadre that only resident may use it', async () => {
    await open('u-cadre-liu');
    await appears('#state-error');
    expect(text('#state-error')).toContain('可用');
  });
});
