import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import MatterNewPage from '../../src/packages/resident/matter-new/index';
import MatterPage from '../../src/packages/resident/matter/index';
import { resetTaroMock } from '../support/taroMock';
import { mattersBackend } from './mattersBackend';
import { setRouterParams } from './mattersTaroMock';
import { renderPage } from './render';
import { $, appears, click, typeInto } from './dom';

jest.mock('@tarojs/taro', () => require('./mattersTaroMock').taroWithPageHooks());
jest.mock('../../src/api/photos', () => ({
  uploadPhoto: jest.fn(async (path: string) => ({
    fileId: `local/${path.replace(/[^a-z0-9]/g, '').slice(-12)}.jpg`,
    url: '/files/x.jpg',
  })),
}));

beforeEach(() => resetTaroMock());

/** Waits until the selector matches (waitFor retries only when the callback throws). */

async function openForm(userId = 'u-resident-zhang') {
  const server = await mattersBackend();
  const page = renderPage(<MatterNewPage />, server.as(userId));
  await appears('#raise-form');
  return { server, ...page };
}

describe('raising a matter (jsdom, real services over SQLite)', () => {
  it('raises a matter with a photo, says it waits for review, and opens it', async () => {
    (Taro.chooseImage as jest.Mock).mockResolvedValueOnce({ tempFilePaths: ['blob:photo-abcdef123456'] });
    const { server, calls, unmount } = await openForm();
    // The place comes from the profile.
    expect(document.querySelector('#compound-p-xingfu')?.getAttribute('aria-checked')).toBe('true');

    click('#category-parking');
    typeInto('matter-title', '3号楼前晚上乱停车');
    typeInto('matter-body', '每天晚上3号楼前停满了车，消防通道被堵住，老人出门很不方便。');
    expect(document.querySelector('#matter-body-count')?.textContent).toBe('30/1000');
    click('#photo-add');
    // A new user agrees to the privacy sheet before their first photo (privacySheet.test.tsx).
    await appears('#privacy-sheet');
    click('#privacy-agree');
    await waitFor(() => expect(document.querySelector('#photo-0')?.getAttribute('data-status')).toBe('done'));
    // The stand-in upload above is recorded as the host records a real one: hers.
    const [upload] = (jest.requireMock('../../src/api/photos').uploadPhoto as jest.Mock).mock.results;
    server.deps.uploads.record((await upload.value).fileId, 'u-resident-zhang');
    click('#anonymous-switch');
    click('#raise-submit');

    expect(await screen.findByText('已提交，社区居委会审核后公开')).toBeTruthy();
    const raise = calls.find((c) => c.event.action === 'raise')!;
    expect(raise.event.requestId).toMatch(/^[a-z0-9]+-[a-z0-9]+$/);
    expect(raise.event.data).toMatchObject({ category: 'parking', anonymous: true, compoundId: 'p-xingfu' });
    const url = (Taro.redirectTo as jest.Mock).mock.calls[0][0].url as string;
    const id = decodeURIComponent(url.match(/id=([^&]+)/)![1]);
    expect(url).toContain('queued=1');
    const stored = await server.storage.matters.findById(id);
    expect(stored).toMatchObject({ state: 'pending_review', anonymous: true, title: '3号楼前晚上乱停车' });
    expect(stored?.photos).toHaveLength(1);

    // The matter page the author lands on says the same, and shows the unpublished state.
    unmount();
    setRouterParams({ id, raised: '1', queued: '1' });
    renderPage(<MatterPage />, server.as('u-resident-zhang'));
    await appears('#matter-detail');
    expect($('#raise-notice').textContent).toContain('已提交，社区居委会审核后公开');
    expect($('#matter-state').textContent).toBe('待审核');
    expect($('#matter-detail-author').textContent).toContain('张桂兰（对居民匿名）');
    // The author sees the photo even before it has passed the check.
    expect(document.querySelectorAll('#matter-photos .mq-gallery__item')).toHaveLength(1);
  });

  it('tells the author which numbers were hidden', async () => {
    await openForm();
    click('#category-noise');
    typeInto('matter-title', '楼上半夜装修很吵');
    typeInto('matter-body', '楼上半夜还在装修，打电话13812345678也没人理，车牌鲁H12345的车也堵门。');
    click('#raise-submit');
    const masked = await appears('#raise-notice-masked');
    expect(masked.textContent).toContain('手机号、车牌号');
    expect((Taro.redirectTo as jest.Mock).mock.calls[0][0].url).toContain('masked=phone,plate');
  });

  it('checks the fields before sending and shows each problem next to its field', async () => {
    const { calls } = await openForm();
    typeInto('matter-title', '停车');
    click('#raise-submit');
    expect(await screen.findAllByText('请选择事项类别')).not.toHaveLength(0);
    expect(screen.getByText('标题至少4个字')).toBeTruthy();
    expect(screen.getByText('请把事情说清楚，至少10个字')).toBeTruthy();
    expect(calls.some((c) => c.event.action === 'raise')).toBe(false);
  });

  it('shows every problem at once on submit, scrolls to the first, and clears each as soon as it is fixed', async () => {
    const { calls } = await openForm();
    typeInto('matter-title', '停车');
    click('#raise-submit');
    await waitFor(() => expect($('#raise-field-category').textContent).toContain('请选择事项类别'));
    expect($('#raise-field-title').textContent).toContain('标题至少4个字');
    expect($('#raise-field-body').textContent).toContain('请把事情说清楚，至少10个字');
    expect($('#raise-error').textContent).toBe('还有3处需要修改，已在上面标出');
    await waitFor(() =>
      expect(Taro.pageScrollTo).toHaveBeenCalledWith({ selector: '#raise-field-category', duration: 300 }),
    );

    // A chosen category and a long enough title lose their complaints at once; the body keeps its.
    click('#category-parking');
    await waitFor(() => expect($('#raise-field-category').querySelector('[role="alert"]')).toBeNull());
    typeInto('matter-title', '3号楼前乱停车');
    await waitFor(() => expect($('#raise-field-title').querySelector('[role="alert"]')).toBeNull());
    expect($('#raise-field-body').textContent).toContain('请把事情说清楚，至少10个字');
    expect($('#raise-error').textContent).toBe('还有1处需要修改，已在上面标出');
    typeInto('matter-body', '每天晚上3号楼前停满了车，消防通道被堵住。');
    await waitFor(() => expect(document.querySelector('#raise-error')).toBeNull());
    expect(document.querySelectorAll('#raise-form [role="alert"]')).toHaveLength(0);
    expect(calls.some((c) => c.event.action === 'raise')).toBe(false);
  });

  it("says the day's quota when the form opens, with one call, and closes the form at 0", async () => {
    const server = await mattersBackend();
    for (const title of ['第一件关于停车的事', '第二件关于停车的事', '第三件关于停车的事']) {
      await server.raise('u-resident-zhang', title);
    }
    const { calls, unmount } = renderPage(<MatterNewPage />, server.as('u-resident-zhang'));
    await waitFor(() => expect($('#raise-quota').textContent).toBe('今天还可以提 2 件（每人每天最多5件）'));
    // Opening the form asks the server once for the quota; the session is the app's (loaded at launch).
    const ofThePage = calls.filter((c) => c.fn !== 'account').map((c) => `${c.fn}.${c.event.action}`);
    expect(ofThePage).toEqual(['matter.raiseQuota']);
    unmount();

    await server.raise('u-resident-zhang', '第四件关于停车的事');
    await server.raise('u-resident-zhang', '第五件关于停车的事');
    renderPage(<MatterNewPage />, server.as('u-resident-zhang'));
    const spent = await appears('#raise-quota-spent');
    expect(spent.textContent).toContain('今天已提交5件说事，达到每天上限。明天0点后可以再提。');
    expect(spent.textContent).toMatch(/\d+月\d+日 00:00起可以再提/);
    expect(document.querySelector('#matter-title')).toBeNull();
  });

  it('retries a failed submission with the same request id, and a changed draft with a new one', async () => {
    const server = await mattersBackend();
    const backend = server.as('u-resident-zhang');
    let failures = 2;
    const { calls } = renderPage(<MatterNewPage />, (fn, event) =>
      event.action === 'raise' && failures-- > 0
        ? { ok: false, code: 'INTERNAL', message: '系统开小差了，请稍后再试' }
        : backend(fn, event),
    );
    await appears('#raise-form');
    click('#category-parking');
    typeInto('matter-title', '3号楼前晚上乱停车');
    typeInto('matter-body', '每天晚上3号楼前停满了车，消防通道被堵住。');
    click('#raise-submit');
    await waitFor(() => expect($('#raise-error').textContent).toBe('系统开小差了，请稍后再试'));
    click('#raise-submit');
    await waitFor(() => expect(calls.filter((c) => c.event.action === 'raise')).toHaveLength(2));
    typeInto('matter-title', '3号楼前晚上总是乱停车');
    click('#raise-submit');
    await appears('#raise-notice');
    const ids = calls.filter((c) => c.event.action === 'raise').map((c) => c.event.requestId);
    expect(ids).toHaveLength(3);
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).not.toBe(ids[0]);
  });

  it("shows the server's refusal as it comes", async () => {
    const { server } = await openForm();
    click('#category-other');
    typeInto('matter-title', '小区有人组织赌博');
    typeInto('matter-body', '晚上地下室总有人聚在一起赌博，声音很大，影响休息。');
    click('#raise-submit');
    const error = await appears('#raise-error');
    expect(error.textContent).toBe('内容可能违反平台规定（赌博），请修改后再提交');
    expect(await server.storage.matters.countByAuthorSince('u-resident-zhang', 0)).toBe(0);
  });

  it('offers similar matters while the title is typed, and supports one from there', async () => {
    const server = await mattersBackend();
    const existing = await server.publish('u-resident-li', '3号楼前乱停车');
    const { calls } = renderPage(<MatterNewPage />, server.as('u-resident-zhang'));
    await appears('#raise-form');
    click('#category-parking');
    typeInto('matter-title', '3号楼前乱停车太多');
    const list = await appears('#similar-list', 3000);
    expect(list.textContent).toContain('这些说事和您要说的相似，可以直接附议');
    expect(list.textContent).toContain('3号楼前乱停车');
    expect(calls.filter((c) => c.event.action === 'similar')).toHaveLength(1);

    click(`#similar-support-${existing}`);
    await waitFor(() => expect(document.querySelector(`#similar-support-${existing}`)?.textContent).toBe('已附议'));
    expect((await server.storage.matters.findById(existing))?.supportCount).toBe(1);
  });

  it('sends a resident without a community to the profile first', async () => {
    const server = await mattersBackend();
    renderPage(<MatterNewPage />, server.as('u-resident-new'));
    expect(await screen.findByText('请先完善个人资料')).toBeTruthy();
    expect(document.querySelector('#raise-form')).toBeNull();
    await act(async () => {
      fireEvent.click(document.querySelector('#state-empty .mq-state__action')!);
    });
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/resident/profile/index' });
  });
});
