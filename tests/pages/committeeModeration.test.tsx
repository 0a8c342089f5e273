import { screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import ModerationPage from '../../src/packages/committee/moderation/index';
import { resetTaroMock } from '../support/taroMock';
import { committeeBackend } from './committeeBackend';
import { mattersBackend } from './mattersBackend';
import { renderPage } from './render';
import { $, click } from './dom';

beforeEach(() => resetTaroMock());

/** The element, or a throw: `waitFor` retries only on a throw. */

describe('committee moderation queue (jsdom, real services over SQLite)', () => {
  it('lists pending matters raised by residents, with the content-check warning', async () => {
    const server = await committeeBackend();
    const plain = await server.raise('u-resident-zhang', '3号楼前乱停车');
    const flagged = await server.raise(
      'u-resident-li',
      '小区门口有人发广告',
      '小区门口天天有人发广告，加微信领礼品，很烦人。',
    );
    renderPage(<ModerationPage />, server.as('u-committee-chen'));

    const item = await waitFor(() => $(`#queue-item-${plain}`));
    expect(item.textContent).toContain('3号楼前乱停车');
    expect(item.textContent).toContain('张桂兰');
    expect(document.querySelector(`#needs-review-${plain}`)).toBeNull();
    expect(document.querySelector(`#needs-review-${flagged}`)?.textContent).toBe('内容安全提示需人工复核');
    expect(document.querySelector('#queue-tab-pending-matter')?.textContent).toContain('2');
    expect(screen.getByText('东门社区')).toBeTruthy();

    click(`#queue-item-${plain}`);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/packages/committee/manage/index?id=${plain}` });
  });

  it('says who raised a matter from a visit, and for whom', async () => {
    const server = await mattersBackend();
    const id = await server.raiseFromVisit('3号楼楼道灯坏了', true, false);
    renderPage(<ModerationPage />, server.as('u-committee-chen'));
    const item = await waitFor(() => $(`#queue-item-${id}`));
    expect(item.textContent).toContain('张桂兰 · 民情书记刘建国代居民提出');
    expect(item.textContent).toContain('对居民匿名');
  });

  it('approves the ticked matters in bulk, publishing them, and shows each result', async () => {
    const server = await committeeBackend();
    const first = await server.raise('u-resident-zhang', '3号楼前乱停车');
    const second = await server.raise('u-resident-li', '广场舞音乐太吵');
    const { calls } = renderPage(<ModerationPage />, server.as('u-committee-chen'));
    await waitFor(() => $(`#queue-item-${first}`));

    expect($('#bulk-approve').classList.contains('nut-button-disabled')).toBe(true);
    click('#select-all');
    expect(document.querySelector('#bulk-count')?.textContent).toBe('已选 2 项');
    click('#bulk-approve');

    const results = await waitFor(() => $('#moderation-results'));
    expect(results.textContent).toContain('已通过 2 项');
    expect(document.querySelector(`#result-${first}`)?.getAttribute('data-ok')).toBe('true');
    expect((await server.storage.matters.findById(first))?.state).toBe('open');
    expect((await server.storage.matters.findById(second))?.state).toBe('open');
    // Published matters leave the queue.
    await waitFor(() => expect(document.querySelector(`#queue-item-${first}`)).toBeNull());
    const moderate = calls.filter((c) => c.event.action === 'moderate');
    expect(moderate).toHaveLength(1);
    expect(moderate[0].event.data).toMatchObject({ targetType: 'matter', decision: 'approve' });
    expect(moderate[0].event.requestId).toMatch(/^[a-z0-9]+-[a-z0-9]+$/);
  });

  it('shows per-item refusals: a matter handled meanwhile is reported, the others go through', async () => {
    const server = await committeeBackend();
    const first = await server.raise('u-resident-zhang', '3号楼前乱停车');
    const second = await server.raise('u-resident-li', '广场舞音乐太吵');
    renderPage(<ModerationPage />, server.as('u-committee-chen'));
    await waitFor(() => $(`#queue-item-${first}`));
    // Another committee member approves one while this page still lists it.
    await server.act('u-committee-chen', 'moderate', {
      targetType: 'matter',
      targetIds: [second],
      decision: 'approve',
    });

    click(`#queue-check-${first}`);
    click(`#queue-check-${second}`);
    click('#bulk-approve');
    await waitFor(() => $('#moderation-results'));
    expect(document.querySelector(`#result-${first}`)?.getAttribute('data-ok')).toBe('true');
    const refused = document.querySelector(`#result-${second}`)!;
    expect(refused.getAttribute('data-ok')).toBe('false');
    expect(refused.textContent).toContain('未处理');
    expect(refused.textContent).toContain('不能进行');
  });

  it('requires a reason to reject, and offers the usual ones', async () => {
    const server = await committeeBackend();
    const id = await server.raise('u-resident-zhang', '3号楼前乱停车');
    const { calls } = renderPage(<ModerationPage />, server.as('u-committee-chen'));
    await waitFor(() => $(`#queue-item-${id}`));

    click(`#queue-check-${id}`);
    click('#bulk-reject');
    await waitFor(() => $('#reject-sheet'));
    click('#reject-confirm');
    expect((await screen.findAllByText('请选择或填写驳回原因')).length).toBeGreaterThan(0);
    expect(calls.some((c) => c.event.action === 'moderate')).toBe(false);
    expect((await server.storage.matters.findById(id))?.state).toBe('pending_review');

    click('#reason-template-1');
    expect((document.querySelector('#reason-input textarea') as HTMLTextAreaElement).value).toBe('重复提交');
    click('#reject-confirm');
    await waitFor(() => $('#moderation-results'));
    expect(document.querySelector(`#result-${id}`)?.textContent).toContain('已驳回');
    expect(await server.storage.matters.findById(id)).toMatchObject({
      state: 'rejected',
      rejectionReason: '重复提交',
    });
  });

  it('lists reported comments under their own tab', async () => {
    const server = await committeeBackend();
    const id = await server.raise('u-resident-zhang', '3号楼前乱停车');
    await server.act('u-committee-chen', 'moderate', { targetType: 'matter', targetIds: [id], decision: 'approve' });
    const { comment } = await server.act<{ comment: { id: string } }>('u-resident-li', 'comment', {
      matterId: id,
      body: '停车的都是外来车辆',
    });
    await server.act('u-resident-zhang', 'flag', { targetType: 'comment', targetId: comment.id, reason: '内容不实' });
    renderPage(<ModerationPage />, server.as('u-committee-chen'));
    await waitFor(() => expect(document.querySelector('#queue-tab-flagged-comment')?.textContent).toContain('1'));

    click('#queue-tab-flagged-comment');
    const item = await waitFor(() => $(`#queue-item-${comment.id}`));
    expect(within(item).getByText('停车的都是外来车辆')).toBeTruthy();
    expect(document.querySelector(`#flag-count-${comment.id}`)?.textContent).toBe('被举报 1 次');
    expect(document.querySelector('#bulk-approve')).toBeNull();
    click(`#queue-check-${comment.id}`);
    click('#bulk-hide');
    await waitFor(() => expect(document.querySelector(`#result-${comment.id}`)?.getAttribute('data-ok')).toBe('true'));
    expect((await server.storage.comments.findById(comment.id))?.state).toBe('hidden');
  });

  it('lets a member serving two communities pick which queue to work on', async () => {
    const server = await committeeBackend();
    const dongmen = await server.raise('u-resident-zhang', '3号楼前乱停车');
    // 西门 publishes at once; a text the content check wants a person to read still waits.
    const ximen = await server.raise(
      'u-resident-wang',
      '西门菜市场门口占道',
      '菜市场门口有人占道发广告，加微信送菜，很挡路。',
    );
    await server.storage.users.assignRole(
      'u-committee-chen',
      { role: 'committee', communityIds: ['c-dongmen', 'c-ximen'], gridIds: [], orgId: null },
      server.deps.clock.now(),
    );
    renderPage(<ModerationPage />, server.as('u-committee-chen'));
    await waitFor(() => $(`#queue-item-${dongmen}`));
    expect(document.querySelector(`#queue-item-${ximen}`)).toBeNull();
    expect($('#community-c-dongmen').getAttribute('aria-checked')).toBe('true');

    click('#community-c-ximen');
    await waitFor(() => $(`#queue-item-${ximen}`));
    expect(document.querySelector(`#queue-item-${dongmen}`)).toBeNull();
  });

  it('tells a resident that the page is for the committee only', async () => {
    const server = await committeeBackend();
    renderPage(<ModerationPage />, server.as('u-resident-zhang'));
    expect(await screen.findByText('仅社区居委会可用')).toBeTruthy();
  });
});
