import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { PhotoGallery } from '../../src/components/matters/PhotoGallery';
import MatterPage from '../../src/packages/resident/matter/index';
import { resetTaroMock } from '../support/taroMock';
import { mattersBackend } from './mattersBackend';
import { pageHooks, setRouterParams } from './mattersTaroMock';
import { renderPage } from './render';
import { $, appears, click, text } from './dom';

jest.mock('@tarojs/taro', () => require('./mattersTaroMock').taroWithPageHooks());

beforeEach(() => resetTaroMock());

function typeInto(selector: string, value: string) {
  const field = $(selector) as HTMLTextAreaElement;
  fireEvent.change(field, { target: { value } });
  fireEvent.input(field, { target: { value } });
}

async function openMatter(
  userId: string,
  scene: (server: Awaited<ReturnType<typeof mattersBackend>>) => Promise<string>,
) {
  const server = await mattersBackend();
  const id = await scene(server);
  setRouterParams({ id });
  const page = renderPage(<MatterPage />, server.as(userId));
  await appears('#matter-detail');
  return { server, id, ...page };
}

describe('one matter (jsdom, real services over SQLite)', () => {
  it('shows the matter, its timeline, and toggles 附议 with the count', async () => {
    const { server, id, calls } = await openMatter('u-resident-zhang', (s) =>
      s.publish('u-resident-li', '3号楼前乱停车'),
    );
    expect(text('#matter-detail-title')).toBe('3号楼前乱停车');
    expect(text('#matter-detail-author')).toContain('李明');
    expect(text('#timeline')).toContain('提出说事');
    expect(text('#timeline')).toContain('审核通过并公开');
    expect(text('#timeline')).toContain('社区居委会');
    expect(text('#support-count')).toBe('0');

    click('#support-button');
    await waitFor(() => expect(text('#support-count')).toBe('1'));
    expect(text('#support-button')).toContain('取消附议');
    expect((await server.storage.matters.findById(id))?.supportCount).toBe(1);

    click('#support-button');
    await waitFor(() => expect(text('#support-count')).toBe('0'));
    expect(text('#support-button')).toContain('附议');
    expect((await server.storage.matters.findById(id))?.supportCount).toBe(0);
    const commands = calls.filter((c) => ['support', 'unsupport'].includes(c.event.action));
    expect(commands.map((c) => c.event.action)).toEqual(['support', 'unsupport']);
    expect(new Set(commands.map((c) => c.event.requestId)).size).toBe(2);
  });

  it('says plainly that a cadre raised it for a resident, on the page and on the timeline', async () => {
    await openMatter('u-resident-li', (s) => s.raiseFromVisit('3号楼楼道灯坏了', true));
    expect(text('#matter-detail-author')).toContain('匿名居民 · 民情书记刘建国代居民提出');
    expect(text('#matter-detail-author')).not.toContain('张桂兰');
    expect(text('#timeline')).toContain('民情书记刘建国代居民提出（走访记录 2026-12-05）');
    expect(text('#timeline')).toContain('民情书记');
  });

  it('shows the resident a matter raised for them as theirs, and lets them change whether it is anonymous', async () => {
    const { server, id } = await openMatter('u-resident-zhang', (s) => s.raiseFromVisit('3号楼楼道灯坏了', false));
    expect(text('#matter-detail-author')).toContain('张桂兰 · 民情书记刘建国代居民提出');
    expect(text('#matter-anonymity-state')).toBe('其他居民能看到您的姓名。这是民情书记代您提出时，按您的意思选的。');
    click('#matter-anonymity-change');
    await waitFor(() => expect(text('#matter-anonymity-state')).toContain('其他居民看不到您的姓名（匿名）'));
    expect(text('#matter-detail-author')).toContain('张桂兰（对居民匿名） · 民情书记刘建国代居民提出');
    expect((await server.storage.matters.findById(id))?.anonymous).toBe(true);
  });

  it('offers the anonymity choice to the author only', async () => {
    await openMatter('u-resident-li', (s) => s.raiseFromVisit('3号楼楼道灯坏了', false));
    expect(document.querySelector('#matter-anonymity')).toBeNull();
    expect(text('#matter-detail-author')).toContain('张桂兰 · 民情书记刘建国代居民提出');
  });

  it('does not offer 附议 to the author', async () => {
    await openMatter('u-resident-li', (s) => s.publish('u-resident-li', '3号楼前乱停车'));
    expect(document.querySelector('#support-button')).toBeNull();
    expect(document.querySelector('#flag-button')).toBeNull();
    expect(screen.getByText('这是您提出的说事，有进展会通知您。')).toBeTruthy();
  });

  it('posts a comment that then appears, and the committee replies officially', async () => {
    const { server, id, unmount } = await openMatter('u-resident-zhang', (s) =>
      s.publish('u-resident-li', '3号楼前乱停车'),
    );
    expect(await screen.findByText('还没有评论，说说您的看法吧')).toBeTruthy();
    typeInto('#comment-input', '我家楼下也是这样，晚上救护车都进不来');
    click('#comment-submit');
    await waitFor(() => expect(text('#comment-list')).toContain('我家楼下也是这样，晚上救护车都进不来'));
    expect(text('#comment-list')).toContain('张桂兰');
    expect(text('#comment-count')).toBe('1');
    expect(($('#comment-input') as HTMLTextAreaElement).value).toBe('');
    unmount();

    setRouterParams({ id });
    renderPage(<MatterPage />, server.as('u-committee-chen'));
    await appears('#comment-list');
    const first = document.querySelector('#comment-list [id^="comment-"]')!.id.slice(8);
    click(`#reply-${first}`);
    expect(text('#reply-to')).toContain('回复 张桂兰');
    typeInto('#comment-input', '已记下，本周约物业一起商量');
    click('#comment-submit');
    await waitFor(() => expect(text('#comment-list')).toContain('已记下，本周约物业一起商量'));
    expect(text('#comment-list')).toContain('官方回复');
    const [thread] = (
      await server.act<{ items: { replies: { official: boolean }[] }[] }>('u-resident-zhang', 'comments', {
        matterId: id,
      })
    ).items;
    expect(thread.replies).toEqual([expect.objectContaining({ official: true })]);
  });

  it('refuses an empty comment without calling the server', async () => {
    const { calls } = await openMatter('u-resident-zhang', (s) => s.publish('u-resident-li', '3号楼前乱停车'));
    click('#comment-submit');
    expect(await screen.findByText('请填写评论内容')).toBeTruthy();
    expect(calls.some((c) => c.event.action === 'comment')).toBe(false);
  });

  it('follows and reports a matter', async () => {
    const { server, id } = await openMatter('u-resident-zhang', (s) => s.publish('u-resident-li', '3号楼前乱停车'));
    click('#follow-button');
    await waitFor(() => expect(text('#follow-button')).toContain('取消关注'));
    expect(await server.storage.matters.relationOf(id, 'u-resident-zhang')).toMatchObject({ following: true });

    click('#flag-button');
    click('#flag-submit');
    expect(await screen.findByText('请选择举报原因')).toBeTruthy();
    click('#flag-reason-广告');
    click('#flag-submit');
    await waitFor(() => expect(document.querySelector('#flag-sheet')).toBeNull());
    expect((await server.storage.matters.findById(id))?.flagCount).toBe(1);
  });

  it('lets the author rate a resolved matter, which closes it', async () => {
    const { server, id } = await openMatter('u-resident-li', async (s) => {
      const matterId = await s.publish('u-resident-li', '3号楼前乱停车');
      await s.act('u-committee-chen', 'conclude', { matterId, ending: 'resolve', reason: '已划定停车位并安装挡车桩' });
      return matterId;
    });
    expect(text('#timeline')).toContain('已划定停车位并安装挡车桩');
    expect(document.querySelector('#reopen-panel')).not.toBeNull();
    click('#rate-submit');
    expect(await screen.findByText('请点星星打分')).toBeTruthy();
    fireEvent.click(document.querySelectorAll('#rate-stars .nut-rate-item')[3]);
    typeInto('#rate-comment', '解决得很快');
    click('#rate-submit');
    await waitFor(() => expect(text('#matter-state')).toBe('已办结'));
    expect(text('#matter-rating')).toContain('4分');
    expect(document.querySelector('#rate-panel')).toBeNull();
    expect((await server.storage.matters.findById(id))?.rating).toMatchObject({ score: 4, comment: '解决得很快' });
  });

  it('lets the author reopen a resolved matter with a reason', async () => {
    const { server, id } = await openMatter('u-resident-li', async (s) => {
      const matterId = await s.publish('u-resident-li', '3号楼前乱停车');
      await s.act('u-committee-chen', 'conclude', { matterId, ending: 'resolve', reason: '已划定停车位' });
      return matterId;
    });
    click('#reopen-start');
    typeInto('#reopen-reason', '晚上还是停满了车');
    click('#reopen-submit');
    await waitFor(() => expect(text('#matter-state')).toBe('征集意见'));
    expect(text('#timeline')).toContain('晚上还是停满了车');
    expect((await server.storage.matters.findById(id))?.state).toBe('open');
  });

  it('shows a rejected matter with its reason to the author', async () => {
    await openMatter('u-resident-li', async (s) => {
      const matterId = await s.raise('u-resident-li', '3号楼前乱停车');
      await s.act('u-committee-chen', 'moderate', {
        targetType: 'matter',
        targetIds: [matterId],
        decision: 'reject',
        reason: '与已有说事重复，请附议原说事',
      });
      return matterId;
    });
    expect(text('#rejection-reason')).toContain('原因：与已有说事重复，请附议原说事');
    expect(document.querySelector('#comment-box')).toBeNull();
  });

  it('shares the matter with its title, and reloads on pull-down', async () => {
    const { server, id } = await openMatter('u-resident-zhang', (s) => s.publish('u-resident-li', '3号楼前乱停车'));
    expect(pageHooks.share!()).toEqual({ title: '3号楼前乱停车', path: `/packages/resident/matter/index?id=${id}` });
    await server.act('u-resident-li', 'comment', { matterId: id, body: '补充：主要是晚上八点以后' });
    await act(async () => void pageHooks.pullDown!());
    await waitFor(() => expect(text('#comment-list')).toContain('补充：主要是晚上八点以后'));
    expect(Taro.stopPullDownRefresh).toHaveBeenCalled();
  });

  it('says so when the matter cannot be seen', async () => {
    const server = await mattersBackend();
    const pending = await server.raise('u-resident-li', '还在审核的一件事');
    setRouterParams({ id: pending });
    renderPage(<MatterPage />, server.as('u-resident-zhang'));
    expect(await screen.findByText('这件说事不存在或暂不公开')).toBeTruthy();
    expect(screen.getByText('重试')).toBeTruthy();
  });

  it("marks the author's photos still being checked, and opens them full screen on tap", () => {
    render(
      <PhotoGallery
        photos={[
          { fileId: 'local/aaaaaaaa11.jpg', url: '/files/aaaaaaaa11.jpg', status: 'passed' },
          { fileId: 'local/bbbbbbbb22.jpg', url: '/files/bbbbbbbb22.jpg', status: 'checking' },
        ]}
      />,
    );
    expect(text('#matter-photo-0')).toBe('');
    expect(text('#matter-photo-1')).toBe('审核中');
    click('#matter-photo-1');
    expect(Taro.previewImage).toHaveBeenCalledWith({
      current: '/files/bbbbbbbb22.jpg',
      urls: ['/files/aaaaaaaa11.jpg', '/files/bbbbbbbb22.jpg'],
    });
  });
});
