import { waitFor } from '@testing-library/react';
import CommitteeServiceOrdersPage from '../../src/packages/committee/service-orders/index';
import { resetTaroMock } from '../support/taroMock';
import { $, appears, click, text, typeInto } from './dom';
import { realBackend } from './realBackend';
import type { Backend } from './render';
import { page, Refusal, serviceStandIn, volunteerView, openCommitteePage } from './serviceStandIn';
import { disputedOrderForElder, overdueOrder } from '../support/builders/serviceViews';

jest.mock('@tarojs/taro', () => require('./mattersTaroMock').taroWithPageHooks());

beforeEach(() => resetTaroMock());

const open = (backend: Backend) => openCommitteePage('service-orders', CommitteeServiceOrdersPage, backend);

const overdue = overdueOrder;
const forElder = disputedOrderForElder;

describe('服务订单 for the committee (jsdom)', () => {
  it('lists the open orders first, an overdue one marked red, and filters by state', async () => {
    const { backend, sent } = await serviceStandIn('u-committee-chen', {
      communityOrders: ({ states }) =>
        page(states?.includes('confirmed') && states.length === 1 ? [] : [overdue, forElder]),
    });
    open(backend);
    await appears('#order-o-late');
    expect(text('#community-name')).toBe('东门社区');
    expect(sent('communityOrders')[0].data).toEqual({
      communityId: 'c-dongmen',
      states: ['placed', 'claimed', 'in_progress', 'done', 'disputed'],
      limit: 20,
    });
    expect($('#order-o-late').className).toContain('so-order--overdue');
    expect(text('#order-o-late-overdue')).toBe('超时未接单');
    expect(text('#order-o-late')).toContain('待接单');
    expect(text('#order-o-late')).toContain('还没有人接单');
    // The list shows what to act on; the address and phone are in the opened order.
    expect(text('#order-o-late')).not.toContain('13800001234');
    expect(document.querySelector('#order-o-elder-overdue')).toBeNull();
    expect(text('#order-o-elder-behalf')).toBe('由陈秀英代办');
    expect(text('#order-o-elder')).toContain('有异议');

    click('#order-state-confirmed');
    await appears('#state-empty');
    expect(text('#state-empty')).toContain('没有「已完成」的服务订单');
    expect(sent('communityOrders')[1].data.states).toEqual(['confirmed']);
    click('#order-state-all');
    await appears('#order-o-late');
    expect(sent('communityOrders')[2].data).not.toHaveProperty('states');
  });

  it('loads the next page at the foot of the list', async () => {
    const { backend, sent } = await serviceStandIn('u-committee-chen', {
      communityOrders: ({ cursor }) => (cursor ? page([forElder]) : page([overdue], 'next-1')),
    });
    open(backend);
    await appears('#order-feed-more');
    click('#order-feed-more');
    await appears('#order-o-elder');
    expect(sent('communityOrders')[1].data.cursor).toBe('next-1');
    await appears('#order-feed-end');
  });

  it('assigns an overdue order to an approved volunteer, those who do the kind of service first', async () => {
    const assigned = {
      ...overdue,
      state: 'claimed' as const,
      overdue: false,
      claimant: { id: 'u-resident-wang', name: '王芳' },
      actions: [],
    };
    const { backend, sent } = await serviceStandIn('u-committee-chen', {
      communityOrders: () => page([overdue]),
      volunteers: () =>
        page([
          volunteerView({ userId: 'u-resident-li', name: '李明', categories: ['repair'], totalMinutes: 6000 * 1 }),
          volunteerView({
            id: 'v-2',
            userId: 'u-resident-wang',
            name: '王芳',
            categories: ['errand'],
            teamName: '红帆服务队',
          }),
        ]),
      assignOrder: () => ({ order: assigned }),
    });
    open(backend);
    await appears('#order-o-late');
    click('#order-o-late');
    await appears('#order-sheet');
    expect(text('#sheet-order')).toContain('东门小区3号楼2单元401');
    expect(text('#sheet-order')).toContain('13800001234');
    expect(document.querySelector('#order-step-settle')).toBeNull();
    click('#order-step-assign');
    await appears('#assign-to-u-resident-wang');
    expect(sent('volunteers')[0].data).toEqual({ communityId: 'c-dongmen', state: 'approved', limit: 50 });
    const choices = [...document.querySelectorAll('[id^="assign-to-"]')].map((c) => c.textContent);
    expect(choices).toEqual(['王芳 · 红帆服务队（能做代办跑腿）', '李明 · 1星']);

    click('#assign-submit');
    await waitFor(() => expect(text('#assign-sheet-error')).toContain('1处'));
    expect(sent('assignOrder')).toHaveLength(0);
    click('#assign-to-u-resident-wang');
    click('#assign-submit');
    await appears('#order-sheet');
    expect(sent('assignOrder')[0].data).toEqual({ orderId: 'o-late', volunteerUserId: 'u-resident-wang' });
    expect(text('#sheet-order')).toContain('王芳');
    expect(text('#order-no-steps')).toContain('不需要居委会操作');
    await waitFor(() => expect(sent('communityOrders')).toHaveLength(2));
  });

  it('settles a disputed order with a reason, and shows the server’s refusal in Chinese', async () => {
    let refuse = true;
    const { backend, sent } = await serviceStandIn('u-committee-chen', {
      communityOrders: () => page([forElder]),
      settleOrder: () => {
        if (refuse) throw new Refusal('INVALID_STATE', '订单当前为「已完成」，不能核实完成');
        return { order: { ...forElder, state: 'confirmed', actions: [] } };
      },
    });
    open(backend);
    await appears('#order-o-elder');
    click('#order-o-elder');
    expect(text('#order-step-reopen')).toBe('退回重做');
    click('#order-step-settle');
    await appears('#order-step');
    click('#order-step-submit');
    await waitFor(() => expect(text('#order-step')).toContain('请填写原因'));
    expect(sent('settleOrder')).toHaveLength(0);

    click('#order-step-usual-0');
    click('#order-step-submit');
    await waitFor(() => expect(text('#order-step-error')).toBe('订单当前为「已完成」，不能核实完成'));
    refuse = false;
    typeInto('order-step-reason', '电话回访孙大爷，已陪诊完毕');
    click('#order-step-submit');
    await appears('#order-no-steps');
    expect(sent('settleOrder').map((c) => c.data)).toEqual([
      { orderId: 'o-elder', outcome: 'confirmed', reason: '电话回访居民，服务已完成' },
      { orderId: 'o-elder', outcome: 'confirmed', reason: '电话回访孙大爷，已陪诊完毕' },
    ]);
    expect(text('#sheet-order')).toContain('已完成');
  });

  it('tells a resident that only the committee may use it', async () => {
    const { backend } = await realBackend('u-resident-zhang');
    open(backend);
    await appears('#state-error');
    expect(text('#state-error')).toContain('仅社区居委会可用');
  });
});
