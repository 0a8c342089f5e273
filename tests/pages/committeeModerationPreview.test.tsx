import { waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import ModerationPage from '../../src/packages/committee/moderation/index';
import { resetTaroMock } from '../support/taroMock';
import { committeeBackend } from './committeeBackend';
import { renderPage } from './render';
import { $, appears, click, text } from './dom';

jest.mock('@tarojs/taro', () => require('./mattersTaroMock').taroWithPageHooks());

beforeEach(() => resetTaroMock());

const LONG_BODY = [
  '3号楼前面的消防通道每天晚上都停满了私家车，',
  '救护车上个月进不来，耽误了老人送医。',
  '物业贴过告示但没人管，希望居委会出面协调，',
  '在通道两头装上隔离桩，再划出临时停车位。',
].join('\n');

type Server = Awaited<ReturnType<typeof committeeBackend>>;

/** 张桂兰 raises a matter with two photos she uploaded; it waits for review. */
async function raiseWithPhotos(server: Server) {
  const photos = ['local/queuephoto01.jpg', 'local/queuephoto02.jpg'];
  for (const fileId of photos) server.deps.uploads.record(fileId, 'u-resident-zhang');
  const { matter } = await server.act<{ matter: { id: string } }>('u-resident-zhang', 'raise', {
    title: '消防通道被占',
    body: LONG_BODY,
    category: 'parking',
    photos,
  });
  return matter.id;
}

describe('committee moderation queue: what the committee reads before deciding (jsdom, real services)', () => {
  it('shows three lines of the body, and all of it after 展开', async () => {
    const server = await committeeBackend();
    const id = await raiseWithPhotos(server);
    renderPage(<ModerationPage />, server.as('u-committee-chen'));

    const body = await appears(`#queue-body-${id}`);
    expect(body.textContent).toBe(LONG_BODY);
    expect(body.getAttribute('data-folded')).toBe('yes');
    click(`#queue-body-toggle-${id}`);
    expect($(`#queue-body-${id}`).getAttribute('data-folded')).toBe('no');
    expect(text(`#queue-body-toggle-${id}`)).toBe('收起');
    // 展开 stays on the card: it does not open the matter's control panel.
    expect(Taro.navigateTo).not.toHaveBeenCalled();
  });

  it('shows the photos as thumbnails that open full screen', async () => {
    const server = await committeeBackend();
    const id = await raiseWithPhotos(server);
    renderPage(<ModerationPage />, server.as('u-committee-chen'));

    await appears(`#queue-photos-${id}`);
    expect(document.querySelectorAll(`#queue-photos-${id} img`)).toHaveLength(2);
    click(`#queue-photo-${id}-1`);
    expect(Taro.previewImage).toHaveBeenCalledWith({
      current: expect.stringContaining('queuephoto02'),
      urls: [expect.stringContaining('queuephoto01'), expect.stringContaining('queuephoto02')],
    });
    expect(Taro.navigateTo).not.toHaveBeenCalled();
  });

  it('says who the author is: name, place, a vouched phone (never the number) and their record', async () => {
    const server = await committeeBackend();
    const earlier = await server.raise('u-resident-zhang', '楼下广告太多');
    await server.act('u-committee-chen', 'moderate', {
      targetType: 'matter',
      targetIds: [earlier],
      decision: 'reject',
      reason: '重复提交',
    });
    const id = await raiseWithPhotos(server);
    const first = await server.raise('u-resident-li', '广场舞音乐太吵');
    renderPage(<ModerationPage />, server.as('u-committee-chen'));

    const author = await appears(`#queue-author-${id}`);
    expect(author.textContent).toContain('张桂兰');
    expect(author.textContent).toContain('东门社区 · 幸福小区 · 3号楼2单元501');
    expect(text(`#queue-phone-${id}`)).toBe('手机已验证');
    expect(author.textContent).toContain('另提过 1 件，被驳回 1 件');
    expect(author.textContent).not.toMatch(/1380537|5371234/);
    expect(text(`#queue-author-${first}`)).toContain('首次说事');
  });

  it('shows a reported comment with its matter’s title', async () => {
    const server = await committeeBackend();
    const id = await server.raise('u-resident-zhang', '3号楼前乱停车');
    await server.act('u-committee-chen', 'moderate', { targetType: 'matter', targetIds: [id], decision: 'approve' });
    const { comment } = await server.act<{ comment: { id: string } }>('u-resident-li', 'comment', {
      matterId: id,
      body: '同意，应该管一管',
    });
    await server.act('u-resident-zhang', 'flag', { targetType: 'comment', targetId: comment.id, reason: '广告' });
    renderPage(<ModerationPage />, server.as('u-committee-chen'));
    await appears('#queue-tab-flagged-comment');
    click('#queue-tab-flagged-comment');
    expect((await appears(`#queue-open-${comment.id}`)).textContent).toContain('所属说事：3号楼前乱停车');
  });

  it('an empty queue says all is done and shows no action bar', async () => {
    const server = await committeeBackend();
    renderPage(<ModerationPage />, server.as('u-committee-chen'));
    await appears('#state-empty');
    expect(text('#state-empty')).toContain('待审核说事都处理完了');
    expect(document.querySelector('#bulk-bar')).toBeNull();
    expect(document.querySelector('#select-all')).toBeNull();
  });

  it('the action bar leaves once the last item is handled', async () => {
    const server = await committeeBackend();
    const id = await server.raise('u-resident-zhang', '3号楼前乱停车');
    renderPage(<ModerationPage />, server.as('u-committee-chen'));
    await appears(`#queue-item-${id}`);
    expect($('#bulk-bar')).toBeTruthy();
    click('#select-all');
    click('#bulk-approve');
    await waitFor(() => expect(document.querySelector('#bulk-bar')).toBeNull());
    expect(text('#state-empty')).toContain('都处理完了');
  });
});
