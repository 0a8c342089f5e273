/** @jest-environment jsdom */
import { routes } from '@domain/routes';
import { orderView } from '../support/builders/serviceViews';
import { signedInBackend, userView, weappPageTests } from './fixtures';
import { ok } from './harness';

const ZHANG = 'u-resident-zhang';
const HOUR = 3_600_000;
const placedAt = Date.UTC(2026, 10, 27, 1, 0);

/** 陈秀英 ordered 代办证件 for 张桂兰 at the committee's door; 李明 says it is done. */
const doneForZhang = orderView({
  state: 'done',
  onBehalfLine: '由陈秀英代办',
  consent: '本人到居委会口头同意',
  claimant: { id: null, name: '李志愿者' },
  claimedAt: placedAt + HOUR,
  startedAt: placedAt + 2 * HOUR,
  doneAt: placedAt + 4 * HOUR,
  actions: ['confirm', 'dispute'],
});

describe('one 服务订单 (real weapp build)', () => {
  const pages = weappPageTests();

  test('张桂兰 in elder mode reads the 代办 order as hers and confirms it with four stars', async () => {
    const backend = signedInBackend(pages.data, userView(pages.data, ZHANG, { elderMode: 'on' }))
      .reply('service', 'order', { order: doneForZhang })
      .on('service', 'confirmOrder', (data) => {
        const { rating, thanks } = data as { rating: number; thanks: string };
        return ok({ order: { ...doneForZhang, state: 'confirmed', rating, thanks, actions: [] } });
      });
    const p = pages.open(routes.serviceOrder.path, {
      backend,
      query: { id: 'o-1' },
      storage: { 'mq.elderMode': 'on' },
    });
    await p.waitForId('order-state');
    expect(p.screenClasses()).toContain('mq-elder');
    expect(p.text('order-state')).toBe('待确认');
    expect(p.text('order-behalf')).toBe('由陈秀英代办');
    expect(p.text('order-consent')).toContain('本人到居委会口头同意');
    expect(p.text('order-claimant')).toContain('李志愿者');

    p.tap('confirm-submit');
    await p.waitFor(() => p.text('confirm-panel').includes('请点星星打分'), 'the missing-score hint');
    expect(backend.callsOf('service', 'confirmOrder')).toEqual([]);

    p.tapNode(p.root.querySelectorAll('.nut-rate-item')[3]);
    await p.waitFor(() => p.textsOf('confirm-stars', 'mq-outcome__score')[0] === '满意', 'four stars: 满意');
    p.tap('confirm-submit');
    const call = await p.waitFor(() => backend.callsOf('service', 'confirmOrder')[0], 'the confirm call');
    expect(call.data).toEqual({ orderId: 'o-1', rating: 4, thanks: '' });
    expect(typeof call.requestId).toBe('string');
    await p.waitFor(() => p.text('order-state') === '已完成', 'the order confirmed');
    expect(p.find('confirm-panel')).toBeUndefined();
  }, 30_000);
});
