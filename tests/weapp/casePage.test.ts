/** @jest-environment jsdom */
import { routes } from '@domain/routes';
import { caseDetail } from '../support/builders/caseViews';
import { signedInBackend, userView, weappPageTests } from './fixtures';
import { ok } from './harness';
import { typeInto } from './textBox';

describe('案件详情 (real weapp build)', () => {
  const pages = weappPageTests();

  test('the property company accepts, then feeds back', async () => {
    const dispatched = { ...caseDetail('k1'), actions: ['accept', 'return'] as const };
    const accepted = {
      ...dispatched,
      summary: { ...dispatched.summary, state: 'accepted' as const },
      actions: ['feedback', 'requestExtension', 'markLongTerm'] as const,
    };
    const backend = signedInBackend(pages.data, userView(pages.data, 'u-property-zheng'))
      .reply('casework', 'case', { case: dispatched })
      .on('casework', 'accept', () => ok({ case: accepted }))
      .on('casework', 'feedback', (data) =>
        ok({
          case: {
            ...accepted,
            summary: { ...accepted.summary, state: 'handled' },
            feedback: { text: (data as { text: string }).text, photos: [], at: Date.now() },
            actions: [],
          },
        }),
      );
    const p = pages.open(routes.case.path, { backend, query: { id: 'k1' } });
    await p.waitForId('case-accept');
    expect(p.text('case-state')).toBe('已派遣，待受理');
    p.tap('case-accept');
    await p.waitFor(() => p.find('case-feedback'), '#case-feedback');
    expect(p.text('case-state')).toBe('处理中');
    expect(backend.callsOf('casework', 'accept')[0].data).toEqual({ caseId: 'k1' });
    p.tap('case-feedback');
    await p.waitForId('case-sheet');
    p.tap('case-sheet-submit');
    await p.waitFor(() => p.text('case-sheet').includes('请写明做了什么，至少4个字'), 'the field complaint');
    expect(backend.callsOf('casework', 'feedback')).toEqual([]);
    typeInto(p, 'case-feedback-text', '已更换灯泡，路灯恢复照明');
    p.tap('case-sheet-submit');
    await p.waitFor(() => p.text('case-state') === '已反馈，待核查', 'the handled state');
    expect(backend.callsOf('casework', 'feedback')[0].data).toEqual({
      caseId: 'k1',
      text: '已更换灯泡，路灯恢复照明',
      photos: [],
    });
    expect(p.text('case-outcome-feedback')).toContain('已更换灯泡，路灯恢复照明');
    expect(p.find('case-actions')).toBeUndefined();
  }, 30_000);
});
