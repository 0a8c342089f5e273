/** @jest-environment jsdom */
import { routes } from '@domain/routes';
import { disputedOrderForElder, overdueOrder, page, volunteerView } from '../support/builders/serviceViews';
import { signedInBackend, userView, weappPageTests } from './fixtures';
import { ok } from './harness';

const overdue = overdueOrder;
const forElder = disputedOrderForElder;

describe('服务订单 for the committee (real weapp build)', () => {
  const pages = weappPageTests();

  test('marks an overdue order red, shows 由陈秀英代办, and assigns the overdue one to a volunteer', async () => {
    const backend = signedInBackend(pages.data, userView(pages.data, 'u-committee-chen'))
      .reply('service', 'communityOrders', page([overdue, forElder]))
      .reply('service', 'volunteers', page([volunteerView({ userId: 'u-resident-wang', name: '王芳' })]))
      .on('service', 'assignOrder', () =>
        ok({
          order: {
            ...overdue,
            state: 'claimed',
            overdue: false,
            claimant: { id: 'u-resident-wang', name: '王芳' },
            actions: [],
          },
        }),
      );
    const p = pages.open(routes.committeeServiceOrders.path, { backend });
    await p.waitForId('order-o-late');

    expect(p.classes('order-o-late')).toContain('so-order--overdue');
    expect(p.text('order-o-late-overdue')).toBe('超时未接单');
    expect(p.find('order-o-elder-overdue')).toBeUndefined();
    expect(p.text('order-o-elder-behalf')).toBe('由陈秀英代办');
    expect(backend.callsOf('service', 'communityOrders')[0].data).toEqual({
      communityId: 'c-dongmen',
      states: ['placed', 'claimed', 'in_progress', 'done', 'disputed'],
      limit: 20,
    });

    p.tap('order-o-late');
    await p.waitForId('order-step-assign');
    p.tap('order-step-assign');
    await p.waitForId('assign-to-u-resident-wang');
    p.tap('assign-to-u-resident-wang');
    await p.settle();
    p.tap('assign-submit');
    await p.waitFor(() => p.find('order-no-steps'), '#order-no-steps');
    expect(backend.callsOf('service', 'assignOrder')[0].data).toEqual({
      orderId: 'o-late',
      volunteerUserId: 'u-resident-wang',
    });
    expect(p.text('sheet-order')).toContain('王芳');
  }, 30_000);
});
