import { screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import ManagePage from '../../src/packages/committee/manage/index';
import { shanghaiDateOf, shanghaiWallClockToMs } from '@domain/time';
import { resetTaroMock } from '../support/taroMock';
import { committeeBackend } from './committeeBackend';
import { renderPage } from './render';
import { $, click, typeInto } from './dom';

const DAY = 24 * 60 * 60 * 1000;

/** The element, or a throw: `waitFor` retries only on a throw. */

const stateShown = () => document.querySelector('#matter-state')?.textContent;

/** A matter raised by 张桂兰 and published by the committee; the page is opened on it as 陈秀英. */
type Server = Awaited<ReturnType<typeof committeeBackend>>;

async function openMatter(
  options: { publish?: boolean; before?: (server: Server, id: string) => Promise<unknown> } = {},
) {
  const server = await committeeBackend();
  const id = await server.raise('u-resident-zhang', '3号楼前乱停车');
  if (options.publish !== false) {
    await server.act('u-committee-chen', 'moderate', { targetType: 'matter', targetIds: [id], decision: 'approve' });
    await server.act('u-resident-li', 'support', { matterId: id });
  }
  await options.before?.(server, id);
  // The phone's clock agrees with the server's.
  jest.spyOn(Date, 'now').mockReturnValue(server.deps.clock.now());
  (Taro.getCurrentInstance as jest.Mock).mockReturnValue({
    router: { path: '/packages/committee/manage/index', params: { id } },
  });
  const page = renderPage(<ManagePage />, server.as('u-committee-chen'));
  await waitFor(() => $('#action-panel'));
  return { ...server, ...page, id };
}

beforeEach(() => resetTaroMock());
afterEach(() => jest.restoreAllMocks());

describe('committee control panel for one matter (jsdom, real services over SQLite)', () => {
  it('offers review only while a matter waits for it, and approving publishes it', async () => {
    const { id, storage } = await openMatter({ publish: false });
    expect(stateShown()).toBe('待审核');
    expect($('#matter-title').textContent).toBe('3号楼前乱停车');
    expect(document.querySelector('#action-approve')).toBeTruthy();
    expect(document.querySelector('#action-reject')).toBeTruthy();
    expect(document.querySelector('#action-convene')).toBeNull();
    expect(document.querySelector('#action-conclude')).toBeNull();

    click('#action-approve');
    await waitFor(() => expect(stateShown()).toBe('征集意见'));
    expect((await storage.matters.findById(id))?.state).toBe('open');
    expect(document.querySelector('#action-approve')).toBeNull();
    expect(document.querySelector('#action-convene')).toBeTruthy();
    expect($('#timeline').textContent).toContain('审核通过并公开');
  });

  it('rejects with a reason from the sheet', async () => {
    const { id, storage, calls } = await openMatter({ publish: false });
    click('#action-reject');
    click('#reject-confirm');
    expect((await screen.findAllByText('请选择或填写驳回原因')).length).toBeGreaterThan(0);
    expect(calls.some((c) => c.event.action === 'moderate')).toBe(false);
    typeInto('reason-input', '与3号楼停车一事重复');
    click('#reject-confirm');
    await waitFor(() => expect(stateShown()).toBe('未通过'));
    expect($('#rejection-reason').textContent).toContain('与3号楼停车一事重复');
    expect((await storage.matters.findById(id))?.rejectionReason).toBe('与3号楼停车一事重复');
    expect($('#no-actions')).toBeTruthy();
  });

  it('convenes a consultation: the matter moves to 协商中 and the detail shows it', async () => {
    const { id, storage, calls, deps } = await openMatter();
    expect(stateShown()).toBe('征集意见');
    click('#action-convene');
    await waitFor(() => $('#convene-sheet'));
    // Tomorrow (Shanghai) at 19:00 is chosen unless the committee changes it.
    const tomorrow = shanghaiDateOf(deps.clock.now() + DAY);
    expect($('#convene-date').getAttribute('data-value')).toBe(tomorrow);
    expect($('#convene-time-1900').getAttribute('aria-checked')).toBe('true');
    click('#convene-time-1430');
    typeInto('convene-place', '东门社区红帆驿站');
    click('#department-1');
    typeInto('department-input', '交警大队');
    click('#department-add');
    // The community's cadres are offered by name.
    await waitFor(() => $('#convene-cadre-u-cadre-liu'));
    click('#convene-cadre-u-cadre-liu');
    click('#convene-submit');

    await waitFor(() => expect(stateShown()).toBe('协商中'));
    expect($('#consultation').textContent).toContain('刘建国');
    const card = $('#consultation');
    expect(card.textContent).toContain('东门社区红帆驿站');
    expect(card.textContent).toContain('14:30');
    expect(card.textContent).toContain('街道办事处');
    expect(card.textContent).toContain('交警大队');
    expect(card.textContent).toContain('邀请居民2人');
    expect(document.querySelector('#convene-sheet')).toBeNull();
    expect((await storage.matters.findById(id))?.state).toBe('consulting');
    const convene = calls.find((c) => c.event.action === 'convene')!;
    expect(convene.event.data).toMatchObject({
      matterId: id,
      scheduledAt: shanghaiWallClockToMs(tomorrow, '14:30'),
      inviteSupporters: true,
      departments: ['街道办事处', '交警大队'],
      cadreIds: ['u-cadre-liu'],
    });
    expect(convene.event.requestId).toMatch(/^[a-z0-9]+-[a-z0-9]+$/);
    // Minutes wait for the meeting (tomorrow 14:30): not offered yet, and the card says when.
    expect(document.querySelector('#action-minutes')).toBeNull();
    expect($('#consultation-minutes-note').textContent).toBe('协商会开始后可记录纪要');
  });

  it('shows the server refusal in Chinese and keeps the sheet open', async () => {
    const { calls } = await openMatter();
    click('#action-convene');
    await waitFor(() => $('#convene-sheet'));
    typeInto('convene-place', '东');
    click('#convene-submit');
    expect((await screen.findAllByText('请填写地点')).length).toBeGreaterThan(0);
    expect($('#convene-sheet')).toBeTruthy();
    // Submitting the same input again is a retry of the same intent: same request id.
    click('#convene-submit');
    await waitFor(() => expect(calls.filter((c) => c.event.action === 'convene')).toHaveLength(2));
    const [first, second] = calls.filter((c) => c.event.action === 'convene');
    expect(second.event.requestId).toBe(first.event.requestId);
  });

  it('records minutes with agreed actions, then concludes the matter as resolved after confirming the open item', async () => {
    const { id, storage } = await openMatter({
      before: async (server, matterId) => {
        await server.act('u-committee-chen', 'convene', {
          matterId,
          scheduledAt: server.deps.clock.now() + DAY,
          place: '东门社区红帆驿站',
          agenda: '商量3号楼停车',
        });
        server.deps.clock.advance(DAY); // the meeting has taken place
      },
    });
    expect(stateShown()).toBe('协商中');
    click('#action-minutes');
    await waitFor(() => $('#minutes-sheet'));
    typeInto('minutes-text', '物业、居民代表到会，同意在3号楼西侧划线停车。');
    click('#action-add');
    typeInto('action-desc-0', '3号楼西侧划停车线');
    typeInto('action-owner-0', '物业公司');
    click('#action-state-0-doing');
    typeInto('minutes-outcome', '两周内完成划线');
    click('#minutes-submit');
    await waitFor(() => $('#consultation-minutes'));
    expect($('#consultation-minutes').textContent).toContain('同意在3号楼西侧划线停车');
    expect($('#consultation-actions').textContent).toContain('3号楼西侧划停车线');
    expect($('#consultation-actions').textContent).toContain('办理中');
    expect($('#consultation-outcome').textContent).toContain('两周内完成划线');

    click('#action-conclude');
    await waitFor(() => $('#conclude-sheet'));
    expect($('#conclude-ending-resolve').getAttribute('aria-checked')).toBe('true');
    click('#conclude-submit');
    // The server's own words for a missing reason.
    expect((await screen.findAllByText('请填写原因')).length).toBeGreaterThan(0);
    typeInto('conclude-reason', '停车线已划好，车辆停放有序');
    click('#conclude-submit');
    await waitFor(() => expect(stateShown()).toBe('已解决'));
    // The item was still 办理中: the committee was asked, with the item named, and said yes.
    expect(Taro.showModal).toHaveBeenCalledTimes(1);
    const asked = (Taro.showModal as jest.Mock).mock.calls[0][0] as { content: string; confirmText: string };
    expect(asked.content).toContain('还有1项议定事项未完成：3号楼西侧划停车线（物业公司');
    expect(asked.confirmText).toBe('仍要办结');
    expect((await storage.matters.findById(id))?.state).toBe('resolved');
    expect($('#timeline').textContent).toContain('停车线已划好，车辆停放有序');
  });

  it('keeps the matter open when the committee answers 再等等 to the open items', async () => {
    const { id, storage } = await openMatter({
      before: async (server, matterId) => {
        const convened = await server.act<{ consultation: { id: string } }>('u-committee-chen', 'convene', {
          matterId,
          scheduledAt: server.deps.clock.now() + DAY,
          place: '东门社区红帆驿站',
          agenda: '商量3号楼停车',
        });
        server.deps.clock.advance(DAY);
        await server.act('u-committee-chen', 'recordMinutes', {
          consultationId: convened.consultation.id,
          minutes: '到会商议',
          actions: [{ description: '3号楼西侧划停车线', owner: '物业公司', dueDate: '2026-12-20', state: 'todo' }],
        });
      },
    });
    (Taro.showModal as jest.Mock).mockResolvedValueOnce({ confirm: false, cancel: true });
    click('#action-conclude');
    await waitFor(() => $('#conclude-sheet'));
    typeInto('conclude-reason', '停车线已划好，车辆停放有序');
    click('#conclude-submit');
    await waitFor(() => expect(Taro.showModal).toHaveBeenCalledTimes(1));
    expect($('#conclude-sheet')).toBeTruthy();
    expect((await storage.matters.findById(id))?.state).toBe('consulting');
  });

  it("says so in the server's words when the matter moved on meanwhile", async () => {
    const { id, act: serverAct } = await openMatter();
    await serverAct('u-committee-chen', 'conclude', { matterId: id, ending: 'refer', reason: '已转交区住建局' });
    click('#action-conclude');
    await waitFor(() => $('#conclude-sheet'));
    typeInto('conclude-reason', '问题已经解决');
    click('#conclude-submit');
    expect(await screen.findByText(/说事当前为「已转办」/)).toBeTruthy();
  });

  it('escalates to the street, shows an overdue answer in red, then records the answer', async () => {
    const { id, storage, deps } = await openMatter();
    click('#action-escalate');
    await waitFor(() => $('#escalate-sheet'));
    const due = shanghaiDateOf(deps.clock.now() + 7 * DAY);
    expect($('#escalate-due').getAttribute('data-value')).toBe(due);
    typeInto('escalate-department', '古槐街道城管科');
    typeInto('escalate-note', '占道停车需要执法');
    click('#escalate-submit');
    await waitFor(() => expect(stateShown()).toBe('已上报'));
    expect($('#escalation').textContent).toContain('古槐街道城管科');
    expect(document.querySelector('#escalation-overdue')).toBeNull();
    expect((await storage.matters.findById(id))?.escalation).toMatchObject({ level: 'street', dueDate: due });
    expect(document.querySelector('#action-answer')).toBeTruthy();
    expect(document.querySelector('#action-escalate')).toBeNull();
  });

  it('highlights an escalation past its due date, and records the answer', async () => {
    const { id, storage } = await openMatter({
      before: async (server, matterId) => {
        await server.act('u-committee-chen', 'escalate', {
          matterId,
          level: 'district',
          department: '任城区住建局',
          dueDate: shanghaiDateOf(server.deps.clock.now() + 2 * DAY),
        });
        server.deps.clock.advance(5 * DAY);
      },
    });
    expect($('#escalation-overdue').textContent).toContain('已超过答复期限');
    expect($('#escalation').className).toContain('mq-escalation--overdue');
    click('#action-answer');
    await waitFor(() => $('#answer-sheet'));
    typeInto('answer-response', '住建局下周二到现场查看');
    click('#answer-submit');
    // Escalated straight from 征集意见: the answer hands it back there, no meeting was called.
    await waitFor(() => expect(stateShown()).toBe('征集意见'));
    expect($('#escalation-response').textContent).toContain('住建局下周二到现场查看');
    expect(document.querySelector('#escalation-overdue')).toBeNull();
    expect((await storage.matters.findById(id))?.escalation?.response).toBe('住建局下周二到现场查看');
  });

  it('pins and merges a duplicate into the matter found by title', async () => {
    let keptId = '';
    const { id, storage } = await openMatter({
      before: async (server) => {
        keptId = await server.raise('u-resident-li', '小区东门口车辆乱停');
        await server.act('u-committee-chen', 'moderate', {
          targetType: 'matter',
          targetIds: [keptId],
          decision: 'approve',
        });
      },
    });
    click('#action-pin');
    await waitFor(() => $('#matter-pinned'));
    expect((await storage.matters.findById(id))?.pinned).toBe(true);
    expect($('#action-pin').textContent).toBe('取消置顶');

    click('#action-merge');
    await waitFor(() => $('#merge-sheet'));
    typeInto('merge-search', '东门口');
    click('#merge-search-submit');
    await waitFor(() => $(`#merge-candidate-${keptId}`));
    expect(document.querySelector(`#merge-candidate-${id}`)).toBeNull();
    click(`#merge-candidate-${keptId}`);
    click('#merge-submit');
    await waitFor(() => $('#merged-into-link'));
    expect(await storage.matters.findById(id)).toMatchObject({ state: 'closed', mergedIntoId: keptId });
    expect((await storage.matters.findById(keptId))?.supportCount).toBe(1);
  });

  it('tells a resident that the page is for the committee only', async () => {
    const server = await committeeBackend();
    (Taro.getCurrentInstance as jest.Mock).mockReturnValue({ router: { params: { id: 'x' } } });
    renderPage(<ManagePage />, server.as('u-resident-li'));
    expect(await screen.findByText('仅社区居委会可用')).toBeTruthy();
  });
});
