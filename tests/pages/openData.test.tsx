import Taro from '@tarojs/taro';
import { openDataFiles } from '@domain/stats/openData';
import OpenDataPage from '../../src/packages/resident/open-data/index';
import ResidentAccountPage from '../../src/packages/resident/account/index';
import { resetTaroMock } from '../support/taroMock';
import { $, appears, click, text } from './dom';
import { realBackend } from './realBackend';
import { renderPage } from './render';

beforeEach(() => resetTaroMock());

function at(path: string, params: Record<string, string> = {}) {
  (Taro.getCurrentInstance as jest.Mock).mockReturnValue({ router: { path, params }, page: {} });
}

describe('社区公开数据 (jsdom, real services over SQLite)', () => {
  it('is one tap from 账号与隐私, with the community it is about', async () => {
    at('/packages/resident/account/index');
    const { backend } = await realBackend('u-resident-zhang');
    renderPage(<ResidentAccountPage />, backend);
    await appears('#account-open-data');
    click('#account-open-data');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/resident/open-data/index?communityId=c-dongmen' });
  });

  it("shows the community's package, its address, and what every column means", async () => {
    at('/packages/resident/open-data/index', { communityId: 'c-ximen' });
    const { backend } = await realBackend('u-resident-zhang');
    renderPage(<OpenDataPage />, backend);
    await appears('#open-data-page');
    expect(text('#open-data-summary')).toContain('西门社区公开数据');
    expect(text('#open-data-updated')).toContain('西门社区公开数据.zip · 更新于');
    // The test backend keeps the ZIP in memory; the host answers /open-data/c-ximen.zip (tests/host/openData.test.ts).
    expect(text('#open-data-address')).toBe('memory://open-data/c-ximen.zip');
    expect(text('#open-data-take')).toBe('下载数据包');
    for (const file of openDataFiles) {
      expect(text('#open-data-dictionary')).toContain(file.name);
      for (const column of file.columns) expect(text('#open-data-dictionary')).toContain(column.meaning);
    }
  });

  it('says so when the community does not exist, with 重试', async () => {
    at('/packages/resident/open-data/index', { communityId: 'c-nowhere' });
    const { backend } = await realBackend('u-resident-zhang');
    renderPage(<OpenDataPage />, backend);
    await appears('#state-error');
    expect(text('#state-error')).toContain('没有找到这个社区');
    expect(() => $('#open-data-page')).toThrow();
  });
});
