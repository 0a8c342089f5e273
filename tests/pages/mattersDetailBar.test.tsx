import { act, fireEvent, render, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { hasMatterBar, MatterBar } from '../../src/components/matters/MatterBar';
import MatterPage from '../../src/packages/resident/matter/index';
import type { MatterDetail } from '@domain/matters/views';
import { resetTaroMock } from '../support/taroMock';
import { mattersBackend } from './mattersBackend';
import { setRouterParams } from './mattersTaroMock';
import { renderPage } from './render';
import { $, appears, click, text } from './dom';

jest.mock('@tarojs/taro', () => require('./mattersTaroMock').taroWithPageHooks());

beforeEach(() => resetTaroMock());
afterEach(() => jest.restoreAllMocks());

/** A thousand characters, as long as a matter may be: one plain sentence again and again. */
const LONG_BODY = '东门口每天晚上都停满了车，消防通道被堵死，老人出门要绕很远的路。'.repeat(32).slice(0, 1000);
const LONG_COMMENT = '我家就在东门口，晚上八点以后车一辆挨着一辆，救护车上次就进不来。'.repeat(4);

type Server = Awaited<ReturnType<typeof mattersBackend>>;

async function openAs(userId: string, scene: (server: Server) => Promise<string>, server?: Server) {
  const backend = server ?? (await mattersBackend());
  const id = await scene(backend);
  // The viewer's clock is the server's, so 今天 is the day the scene happened.
  jest.spyOn(Date, 'now').mockReturnValue(backend.deps.clock.now());
  setRouterParams({ id });
  const page = renderPage(<MatterPage />, backend.as(userId));
  await appears('#matter-detail');
  return { server: backend, id, ...page };
}

const longMatter = (s: Server) => s.publish('u-resident-li', '东门口晚上乱停车', { body: LONG_BODY });

describe('a long matter: folded text and the bottom bar (jsdom, real services over SQLite)', () => {
  it('folds a 1000-character body to its first lines with 展开全文, and 收起 folds it again', async () => {
    await openAs('u-resident-zhang', longMatter);
    expect(text('#matter-detail-body')).toBe(LONG_BODY);
    expect($('#matter-detail-body').dataset.folded).toBe('yes');
    expect($('#matter-detail-body').className).toContain('mq-folded__text--body');
    expect(text('#matter-detail-body-toggle')).toBe('展开全文');

    click('#matter-detail-body-toggle');
    expect($('#matter-detail-body').dataset.folded).toBe('no');
    expect($('#matter-detail-body').className).not.toContain('mq-folded__text--body');
    expect(text('#matter-detail-body-toggle')).toBe('收起');
    click('#matter-detail-body-toggle');
    expect($('#matter-detail-body').dataset.folded).toBe('yes');
  });

  it('leaves a short body and a short comment whole, with nothing to tap', async () => {
    await openAs('u-resident-zhang', async (s) => {
      const id = await s.publish('u-resident-li', '3号楼前乱停车');
      await s.act('u-resident-li', 'comment', { matterId: id, body: '晚上八点以后最堵' });
      return id;
    });
    await appears('#comment-list');
    expect($('#matter-detail-body').dataset.folded).toBe('no');
    expect(document.querySelector('#matter-detail-body-toggle')).toBeNull();
    expect(document.querySelector('#comment-list .mq-folded__toggle')).toBeNull();
  });

  it('folds a long comment the same way', async () => {
    const { id } = await openAs('u-resident-zhang', async (s) => {
      const matterId = await s.publish('u-resident-li', '3号楼前乱停车');
      await s.act('u-resident-li', 'comment', { matterId, body: LONG_COMMENT });
      return matterId;
    });
    await appears('#comment-list');
    const body = document.querySelector<HTMLElement>('#comment-list .mq-comment__body')!;
    expect(body.textContent).toBe(LONG_COMMENT);
    expect(body.dataset.folded).toBe('yes');
    click(`#${body.id}-toggle`);
    expect(body.dataset.folded).toBe('no');
    expect(id).toBeTruthy();
  });

  it('keeps 附议 (with its count), 关注 and 写评论 in a fixed bar, the page padded so it hides nothing', async () => {
    const { server, id } = await openAs('u-resident-zhang', longMatter);
    expect($('#matter-detail').className).toContain('mq-matter-bar-room');
    const bar = $('#matter-bar');
    expect(bar.className).toContain('mq-matter-bar');
    expect([...bar.querySelectorAll('[id]')].map((node) => node.id)).toEqual([
      'support-button',
      'bar-support-count',
      'follow-button',
      'write-comment',
    ]);
    expect(text('#bar-support-count')).toBe('0');

    click('#support-button');
    await waitFor(() => expect(text('#bar-support-count')).toBe('1'));
    expect(text('#support-button')).toBe('取消附议');
    expect(text('#support-count')).toBe('1');
    click('#follow-button');
    await waitFor(() => expect(text('#follow-button')).toBe('取消关注'));
    expect(await server.storage.matters.relationOf(id, 'u-resident-zhang')).toMatchObject({
      supported: true,
      following: true,
    });
  });

  it('写评论 brings the comment box into view and puts the cursor in it; 回复 does the same', async () => {
    await openAs('u-resident-zhang', async (s) => {
      const id = await s.publish('u-resident-li', '3号楼前乱停车', { body: LONG_BODY });
      await s.act('u-resident-li', 'comment', { matterId: id, body: '晚上八点以后最堵' });
      return id;
    });
    await appears('#comment-list');
    click('#write-comment');
    expect(Taro.pageScrollTo).toHaveBeenLastCalledWith({ selector: '#comment-box', duration: 300 });
    await waitFor(() => expect($('#comment-input').dataset.focus).toBe('true'));

    act(() => void fireEvent.blur($('#comment-input')));
    expect($('#comment-input').dataset.focus).toBe('false');
    const first = document.querySelector('#comment-list [id^="reply-"]')!;
    fireEvent.click(first);
    expect(text('#reply-to')).toContain('回复 李明');
    expect(Taro.pageScrollTo).toHaveBeenCalledTimes(2);
    await waitFor(() => expect($('#comment-input').dataset.focus).toBe('true'));
  });

  it('takes a resident who has not verified a phone to that check, which stands where the box will be', async () => {
    const server = await mattersBackend();
    await server.unverifyPhone('u-resident-li');
    await openAs('u-resident-li', (s) => s.publish('u-resident-zhang', '3号楼前乱停车'), server);
    await appears('#phone-verify');
    expect(document.querySelector('#comment-box')).toBeNull();
    click('#write-comment');
    expect(Taro.pageScrollTo).toHaveBeenLastCalledWith({ selector: '#phone-verify', duration: 300 });
  });

  it('offers the committee only what it may do: 关注 and 写评论, no 附议', async () => {
    await openAs('u-committee-chen', longMatter);
    expect(document.querySelector('#support-button')).toBeNull();
    expect(text('#follow-button')).toBe('关注');
    expect(text('#write-comment')).toBe('写评论');
    expect($('#matter-detail').className).toContain('mq-matter-bar-room');
  });

  it('shows no bar, and keeps no room for one, to someone who may do none of it', () => {
    const { container } = render(
      <MatterBar
        matter={{ supportCount: 3, mine: { supported: false, following: false } as MatterDetail['mine'] }}
        canSupport={false}
        canFollow={false}
        canComment={false}
        busy={null}
        onSupport={jest.fn()}
        onFollow={jest.fn()}
        onWrite={jest.fn()}
      />,
    );
    expect(container.innerHTML).toBe('');
    expect(hasMatterBar({ canSupport: false, canFollow: false, canComment: false })).toBe(false);
  });

  it('gives the author 关注 and 写评论 but not 附议 on their own matter', async () => {
    await openAs('u-resident-li', longMatter);
    expect(document.querySelector('#support-button')).toBeNull();
    expect(document.querySelector('#write-comment')).not.toBeNull();
  });
});

describe('the timeline on the matter page', () => {
  it('puts the latest step on top, its time in the one format (今天 10:05, 11月24日 10:05)', async () => {
    await openAs('u-resident-zhang', async (s) => {
      const id = await s.publish('u-resident-li', '3号楼前乱停车');
      s.deps.clock.advance(60_000);
      await s.act('u-committee-chen', 'conclude', { matterId: id, ending: 'resolve', reason: '已划定停车位' });
      return id;
    });
    const labels = [...document.querySelectorAll('#timeline .mq-timeline__label')].map((n) => n.textContent);
    expect(labels).toEqual(['问题已解决', '审核通过并公开', '提出说事']);
    expect(document.querySelector('#timeline .mq-timeline__entry')!.className).toContain('mq-timeline__entry--latest');
    const metas = [...document.querySelectorAll('#timeline .mq-timeline__meta')].map((n) => n.textContent);
    for (const meta of metas) expect(meta).toMatch(/ · 今天 \d\d:\d\d$/);
    expect(text('#matter-detail-author')).toMatch(/ · 今天 \d\d:\d\d$/);
  });
});
