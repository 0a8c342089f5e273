import { fireEvent, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import MinePage from '../../src/pages/mine/index';
import { resetTaroMock } from '../support/taroMock';
import { realBackend } from './realBackend';
import { renderPage } from './render';

beforeEach(() => resetTaroMock());

describe('the committee pages are entered from 我的 (jsdom, real services over SQLite)', () => {
  it('offers 说事审核与办理 to the committee, which opens the moderation queue', async () => {
    const { backend } = await realBackend('u-committee-chen');
    renderPage(<MinePage />, backend);
    const title = await screen.findByText('说事审核与办理');
    fireEvent.click(title.closest('.nut-cell')!);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/committee/moderation/index' });
  });

  it('does not offer it to residents or cadres', async () => {
    for (const userId of ['u-resident-li', 'u-cadre-liu']) {
      const { backend } = await realBackend(userId);
      const page = renderPage(<MinePage />, backend);
      await screen.findByText('长辈模式（字更大、按钮更大）');
      expect(screen.queryByText('说事审核与办理')).toBeNull();
      page.unmount();
    }
  });
});
