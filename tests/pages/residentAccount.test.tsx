import Taro from '@tarojs/taro';
import ResidentAccountPage from '../../src/packages/resident/account/index';
import { resetTaroMock } from '../support/taroMock';
import { $, appears, click, text } from './dom';
import { realBackend } from './realBackend';
import { renderPage, type Backend } from './render';

beforeEach(() => resetTaroMock());

async function open(userId: string) {
  (Taro.getCurrentInstance as jest.Mock).mockReturnValue({
    router: { path: '/packages/resident/account/index', params: {} },
    page: {},
  });
  const { backend, storage } = await realBackend(userId);
  const calls: string[] = [];
  const counted: Backend = (fn, event) => {
    calls.push(`${fn}.${event.action}`);
    return backend(fn, event);
  };
  renderPage(<ResidentAccountPage />, counted);
  return { storage, calls };
}

describe('账号与隐私 (jsdom, real services over SQLite)', () => {
  it('exports the resident’s data and offers the file, valid for an hour', async () => {
    const { calls } = await open('u-resident-zhang');
    await appears('#resident-account-page');
    expect(text('#account-delete')).toContain('已注销用户');
    click('#account-export-start');
    await appears('#account-export-ready');
    expect(calls).toContain('account.exportMyData');
    expect(text('#account-export-ready')).toMatch(/minqing-my-data-\d{8}-\d{4}\.xlsx，\d{2}:\d{2}前有效/);
    expect(text('#account-export-take')).toBe('下载表格');
  });

  it('注销 asks once, then deletes the account at once', async () => {
    const { storage, calls } = await open('u-resident-zhang');
    await appears('#account-delete-start');
    (Taro.showModal as jest.Mock).mockResolvedValueOnce({ confirm: false, cancel: true });
    click('#account-delete-start');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).not.toContain('account.deleteAccount');
    expect((await storage.users.findById('u-resident-zhang'))?.name).toBe('张桂兰');

    click('#account-delete-start');
    await waitUntil(() => calls.includes('account.deleteAccount'));
    expect(Taro.showModal).toHaveBeenLastCalledWith(
      expect.objectContaining({ confirmText: '确认注销', confirmColor: '#c8102e' }),
    );
    await waitUntil(async () => (await storage.users.findById('u-resident-zhang'))?.name !== '张桂兰');
  });

  it('tells staff that their account is closed by the administrator', async () => {
    await open('u-cadre-liu');
    await appears('#account-delete-staff');
    expect(() => $('#account-delete-start')).toThrow();
    expect(text('#account-delete-staff')).toContain('联系系统管理员');
  });
});

async function waitUntil(check: () => boolean | Promise<boolean>, timeout = 3000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeout) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
