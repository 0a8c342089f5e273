import { waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import ManagePage from '../../src/packages/committee/manage/index';
import { resetTaroMock } from '../support/taroMock';
import { committeeBackend } from './committeeBackend';
import { renderPage } from './render';
import { $, text } from './dom';

beforeEach(() => resetTaroMock());
afterEach(() => jest.restoreAllMocks());

describe('the committee’s panel for a 说事 raised on a resident’s behalf (jsdom, real services over SQLite)', () => {
  it('names the resident without an account, who raised it for them and how they agreed', async () => {
    const server = await committeeBackend();
    const { matter } = await server.act<{ matter: { id: string } }>('u-grid-sun', 'raiseFor', {
      title: '幸福小区北门路灯不亮',
      body: '北门路灯坏了一周，老人晚上出门看不清路。',
      category: 'facilities',
      residentId: null,
      residentName: '孙大爷',
      consent: '网格员入户，本人口头同意',
      anonymous: true,
    });
    jest.spyOn(Date, 'now').mockReturnValue(server.deps.clock.now());
    (Taro.getCurrentInstance as jest.Mock).mockReturnValue({
      router: { path: '/packages/committee/manage/index', params: { id: matter.id } },
    });
    renderPage(<ManagePage />, server.as('u-committee-chen'));
    await waitFor(() => $('#action-panel'));
    expect(text('#matter-overview')).toContain('孙大爷（由孙丽代办） 提出于');
    expect(text('#matter-consent')).toBe('居民如何同意：网格员入户，本人口头同意');
  });
});
