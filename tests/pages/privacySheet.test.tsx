import { act, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { sheetData } from '@domain/privacy/registry';
import { routes } from '@domain/routes';
import { answerWechatPrivacyRequests } from '../../src/api/privacy';
import MatterNewPage from '../../src/packages/resident/matter-new/index';
import { resetTaroMock } from '../support/taroMock';
import { $, appears, click, text, typeInto } from './dom';
import { mattersBackend } from './mattersBackend';
import { resetWechatPrivacy, wechatNeedsAuthorization, wechatPrivacy } from './privacyTaroMock';
import { renderPage } from './render';

jest.mock('@tarojs/taro', () => require('./privacyTaroMock').taroWithPrivacy());
jest.mock('../../src/api/photos', () => ({
  uploadPhoto: jest.fn(async (path: string) => ({ fileId: `local/${path.slice(-12)}.jpg`, url: '/files/x.jpg' })),
}));

const chooseImage = Taro.chooseImage as jest.Mock;

beforeEach(() => {
  resetTaroMock();
  resetWechatPrivacy();
  chooseImage.mockResolvedValue({ tempFilePaths: ['blob:photo-abcdef123456'] });
});
afterEach(() => {
  delete process.env.TARO_ENV;
  chooseImage.mockReset();
});

async function openForm() {
  const server = await mattersBackend();
  const page = renderPage(<MatterNewPage />, server.as('u-resident-zhang'));
  await appears('#raise-form');
  return { server, ...page };
}

const sheetGone = () => waitFor(() => expect(document.querySelector('#privacy-sheet')).toBeNull());

describe('the privacy sheet answers WeChat (weapp)', () => {
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp';
    answerWechatPrivacyRequests();
  });

  it('shows when WeChat asks, names what is collected and why, and its agree button resolves the request', async () => {
    await openForm();
    let released: boolean | null = null;
    act(() => wechatNeedsAuthorization((agreed) => (released = agreed)));
    await appears('#privacy-sheet');
    for (const datum of sheetData) expect(text(`#privacy-item-${datum.key}`)).toContain(datum.purpose);
    expect($('#privacy-agree').getAttribute('data-open-type')).toBe('agreePrivacyAuthorization');

    click('#privacy-agree');
    await waitFor(() => expect(released).toBe(true));
    expect(wechatPrivacy.answers).toEqual([
      { event: 'exposureAuthorization' },
      { buttonId: 'privacy-agree', event: 'agree' },
    ]);
    await sheetGone();
  });

  it('declining answers WeChat disagree, which fails the held-back API', async () => {
    await openForm();
    let released: boolean | null = null;
    act(() => wechatNeedsAuthorization((agreed) => (released = agreed)));
    await appears('#privacy-sheet');
    click('#privacy-decline');
    await waitFor(() => expect(released).toBe(false));
    expect(wechatPrivacy.answers).toEqual([{ event: 'exposureAuthorization' }, { event: 'disagree' }]);
  });

  it('a page without a sheet (no API there needs the agreement) answers disagree, not exposure', async () => {
    let released: boolean | null = null;
    act(() => wechatNeedsAuthorization((agreed) => (released = agreed)));
    await waitFor(() => expect(released).toBe(false));
    expect(wechatPrivacy.answers).toEqual([{ event: 'disagree' }]);
  });

  it('opens the full guide as WeChat shows it', async () => {
    await openForm();
    act(() => wechatNeedsAuthorization(() => undefined));
    await appears('#privacy-sheet');
    click('#privacy-guide-link');
    expect(Taro.openPrivacyContract).toHaveBeenCalled();
    expect(Taro.navigateTo).not.toHaveBeenCalled();
  });

  it('photo picking waits for the agreement, then picks', async () => {
    await openForm();
    click('#photo-add');
    await appears('#privacy-sheet');
    expect(chooseImage).not.toHaveBeenCalled();
    click('#privacy-agree');
    await waitFor(() => expect(chooseImage).toHaveBeenCalledTimes(1));
    await appears('#photo-0[data-status="done"]');
    // Agreed once: WeChat does not ask again.
    click('#photo-add');
    await waitFor(() => expect(chooseImage).toHaveBeenCalledTimes(2));
    expect(wechatPrivacy.answers).toHaveLength(2);
  });
});

describe('the privacy sheet in h5 (no WeChat: the agreement is kept on the device)', () => {
  it('photo picking waits for the agreement, kept per user', async () => {
    const { unmount } = await openForm();
    click('#photo-add');
    await appears('#privacy-sheet');
    expect(chooseImage).not.toHaveBeenCalled();
    click('#privacy-agree');
    await waitFor(() => expect(chooseImage).toHaveBeenCalledTimes(1));
    await sheetGone();
    unmount();

    // The same person later: not asked again.
    await openForm();
    click('#photo-add');
    await waitFor(() => expect(chooseImage).toHaveBeenCalledTimes(2));
    expect(document.querySelector('#privacy-sheet')).toBeNull();
  });

  it('declining never opens the picker, says why, leaves the form usable and offers the sheet again', async () => {
    const { calls } = await openForm();
    click('#photo-add');
    await appears('#privacy-sheet');
    click('#privacy-decline');
    await appears('#photo-privacy-declined');
    expect(text('#photo-privacy-declined')).toContain('添加照片需要你先同意');
    expect(chooseImage).not.toHaveBeenCalled();

    // Everything else works: the matter is raised without a photo.
    click('#category-parking');
    typeInto('matter-title', '3号楼前晚上乱停车');
    typeInto('matter-body', '每天晚上3号楼前停满了车，消防通道被堵住，老人出门很不方便。');
    click('#raise-submit');
    await waitFor(() => expect(calls.some((c) => c.event.action === 'raise')).toBe(true));
  });

  it('asks again from the declined message, and picks once agreed', async () => {
    await openForm();
    click('#photo-add');
    await appears('#privacy-sheet');
    click('#privacy-decline');
    await appears('#photo-privacy-again');
    click('#photo-privacy-again');
    await appears('#privacy-sheet');
    click('#privacy-agree');
    await waitFor(() => expect(chooseImage).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(document.querySelector('#photo-privacy-declined')).toBeNull());
  });

  it('links our own guide page', async () => {
    await openForm();
    click('#photo-add');
    await appears('#privacy-sheet');
    click('#privacy-guide-link');
    expect((Taro.navigateTo as jest.Mock).mock.calls[0][0].url).toContain(routes.privacy.path);
  });
});
