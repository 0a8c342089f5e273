import Taro from '@tarojs/taro';
import { personalData } from '@domain/privacy/registry';
import { retentionRules } from '@domain/privacy/retention';
import PrivacyGuidePage from '../../src/packages/resident/privacy/index';
import { seededBackend } from '../support/seededBackend';
import { resetTaroMock } from '../support/taroMock';
import { $, appears, text } from './dom';
import { renderPage } from './render';

beforeEach(() => resetTaroMock());

async function open(userId: string, elderMode: 'on' | 'auto' = 'auto') {
  (Taro.getCurrentInstance as jest.Mock).mockReturnValue({
    router: { path: '/packages/resident/privacy/index', params: {} },
    page: {},
  });
  const server = await seededBackend();
  if (elderMode === 'on') await server.act('account', userId, 'setPreferences', { elderMode });
  return renderPage(<PrivacyGuidePage />, server.as(userId));
}

describe('隐私保护指引 (jsdom, real services over SQLite)', () => {
  it('lists every datum of the registry with its purpose, audience and retention', async () => {
    await open('u-resident-zhang');
    await appears('#privacy-guide-page');
    for (const datum of personalData) {
      const entry = text(`#privacy-datum-${datum.key}`);
      expect(entry).toContain(datum.label);
      expect(entry).toContain(datum.purpose);
      expect(entry).toContain(datum.seenBy);
      expect(entry).toContain(retentionRules[datum.retention]);
    }
    expect(text('#privacy-guide-page')).toContain('注销账号');
  });

  it('is drawn in large text for someone in elder mode', async () => {
    await open('u-resident-zhang', 'on');
    await appears('#privacy-guide-page');
    await appears('.mq-elder #privacy-guide-page');
    expect($('#privacy-guide-page').closest('.mq-screen')?.getAttribute('data-elder')).toBe('on');
  });
});
