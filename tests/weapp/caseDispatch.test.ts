/** @jest-environment jsdom */
import { routes } from '@domain/routes';
import { shanghaiWallClockToMs } from '@domain/time';
import { caseDetail, CHENGGUAN, GRID, PROPERTY, STREET } from '../support/builders/caseViews';
import { signedInBackend, userView, weappPageTests } from './fixtures';
import type { MiniPage } from './harness';
import { typeInto } from './textBox';

// 陈主任 of 东门社区's committee dispatches 张桂兰's matter m1 (host/seed.ts).
const CHEN = 'u-committee-chen';

describe('派遣 (real weapp build)', () => {
  const pages = weappPageTests();

  function openDispatch(): MiniPage {
    const backend = signedInBackend(pages.data, userView(pages.data, CHEN))
      .reply('casework', 'routeSuggestion', {
        suggested: PROPERTY,
        ruleId: 'r1',
        slaClass: 'utilities',
        dueAt: shanghaiWallClockToMs('2026-12-08', '17:00'),
        choices: [GRID, PROPERTY, CHENGGUAN, STREET],
      })
      .on('casework', 'dispatch', (data) => {
        const { holder } = data as { holder?: { id: string } };
        const detail = caseDetail('k1', { holder: holder?.id === CHENGGUAN.id ? CHENGGUAN : PROPERTY });
        return { ok: true, data: { case: detail } };
      });
    return pages.open(routes.caseDispatch.path, { backend, query: { matterId: 'm1' } });
  }

  test('shows the routing table’s suggestion; 确认派遣 sends it without a holder and opens the case', async () => {
    const p = openDispatch();
    await p.waitForId('dispatch-suggestion');
    expect(p.text('dispatch-suggestion')).toContain('物业 · 幸福物业');
    expect(p.text('dispatch-suggestion')).toContain('水电气暖（24小时）');
    expect(p.text('dispatch-suggestion')).toContain('12月8日17:00前答复');
    expect(p.text('dispatch-mode-suggested')).toBe('按建议：幸福物业');
    expect(p.classes('dispatch-mode-suggested')).toContain('mq-choice--active');
    expect(p.backend.callsOf('casework', 'routeSuggestion').map((c) => c.data)).toEqual([{ matterId: 'm1' }]);

    p.tap('dispatch-submit');
    await p.waitFor(() => p.wx.navigations.length > 0, 'the case page');
    expect(p.backend.callsOf('casework', 'dispatch').map((c) => c.data)).toEqual([
      { matterId: 'm1', overrideReason: '' },
    ]);
    expect(p.wx.navigations).toEqual([{ api: 'redirectTo', url: '/packages/cases/case/index?id=k1' }]);
  }, 30_000);

  test('another body without a reason is refused in Chinese and nothing is sent; with one it is', async () => {
    const p = openDispatch();
    await p.waitForId('dispatch-mode-other');
    p.tap('dispatch-mode-other');
    await p.waitForId('dispatch-holder-department-dep-chengguan');
    // The suggested body is not offered again as "another".
    expect(p.find('dispatch-holder-property-pc-xingfu')).toBeUndefined();

    p.tap('dispatch-submit');
    await p.waitFor(() => p.find('dispatch-error'), 'the holder complaint');
    expect(p.text('dispatch-error')).toBe('请选择派给哪个单位');

    p.tap('dispatch-holder-department-dep-chengguan');
    await p.waitFor(
      () => p.classes('dispatch-holder-department-dep-chengguan').includes('mq-choice--active'),
      'chosen',
    );
    p.tap('dispatch-submit');
    await p.waitFor(() => p.find('dispatch-error'), 'the reason complaint');
    expect(p.text('dispatch-error')).toBe('请写明原因，至少4个字');
    await p.settle();
    expect(p.backend.callsOf('casework', 'dispatch')).toEqual([]);
    expect(p.wx.navigations).toEqual([]);

    typeInto(p, 'dispatch-reason', '路灯线路属市政管网，物业无权维修');
    p.tap('dispatch-submit');
    await p.waitFor(() => p.wx.navigations.length > 0, 'the case page');
    expect(p.backend.callsOf('casework', 'dispatch').map((c) => c.data)).toEqual([
      {
        matterId: 'm1',
        holder: { kind: 'department', id: 'dep-chengguan' },
        overrideReason: '路灯线路属市政管网，物业无权维修',
      },
    ]);
    expect(p.wx.navigations).toEqual([{ api: 'redirectTo', url: '/packages/cases/case/index?id=k1' }]);
  }, 30_000);
});
