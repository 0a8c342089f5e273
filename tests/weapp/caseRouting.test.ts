/** @jest-environment jsdom */
import { routes } from '@domain/routes';
import { seededBackend } from '../support/seededBackend';
import { servedBy, signedInBackend, userView, weappPageTests } from './fixtures';

// The real casework service over the seeded SQLite behind the fake cloud: 古槐街道's demo routing
// table (host/seedRouting.ts) as the server sends it, kept by 周涛 and read by 陈主任.
const ZHOU = 'u-street-zhou';
const CHEN = 'u-committee-chen';

describe('路由表 (real weapp build)', () => {
  const pages = weappPageTests();

  test('周涛 sees the street’s rules and time limits, and changes one that the server keeps', async () => {
    const server = await seededBackend();
    const backend = servedBy(signedInBackend(pages.data, userView(pages.data, ZHOU)), server, ZHOU, 'casework');
    const p = pages.open(routes.caseRouting.path, { backend });
    await p.waitForId('routing-rules');

    expect(p.text('routing-page')).toContain('古槐街道：派遣时按最具体的规则');
    expect(p.text('rule-rr-demo-parking')).toContain('停车 · 全街道 → 区公安分局交警大队');
    expect(p.text('rule-rr-demo-facilities-xingfu')).toContain('设施 · 幸福小区 → 幸福物业');
    expect(p.find('rule-add')).toBeTruthy();
    expect(p.find('rule-edit-rr-demo-parking')).toBeTruthy();
    expect(p.text('sla-safety')).toBe('安全紧急（2小时） ›');
    expect(p.text('sla-parking')).toBe('停车一般（7天） ›');

    p.tap('sla-parking');
    await p.waitForId('sla-sheet');
    // The sheet's title is the popup's, outside #sla-sheet.
    expect(p.text()).toContain('「停车」的办理时限');
    p.tap('sla-class-utilities');
    await p.waitFor(() => p.classes('sla-class-utilities').includes('mq-choice--active'), 'the chosen class');
    p.tap('sla-submit');
    await p.waitFor(() => !p.find('sla-sheet') && p.text('sla-parking').includes('水电气暖'), 'the saved limit');
    expect(p.text('sla-parking')).toBe('停车水电气暖（24小时） ›');
    const [saved] = backend.callsOf('casework', 'setSlaClass');
    expect(saved.data).toEqual({ category: 'parking', slaClass: 'utilities' });
    expect(saved.requestId).toBeTruthy();
    const table = await server.act('casework', ZHOU, 'routingTable', {});
    expect(table.slaClasses).toContainEqual({ category: 'parking', slaClass: 'utilities' });
    await server.storage.close();
  }, 30_000);

  test('陈主任 reads the same table, with nothing to change', async () => {
    const server = await seededBackend();
    const backend = servedBy(signedInBackend(pages.data, userView(pages.data, CHEN)), server, CHEN, 'casework');
    const p = pages.open(routes.caseRouting.path, { backend });
    await p.waitForId('routing-rules');

    expect(p.text('routing-page')).toContain('路由表由街道维护。');
    expect(p.text('rule-rr-demo-parking')).toContain('停车 · 全街道 → 区公安分局交警大队');
    expect(p.text('sla-safety')).toBe('安全紧急（2小时）');
    expect(p.find('rule-add')).toBeUndefined();
    expect(p.find('rule-edit-rr-demo-parking')).toBeUndefined();
    p.tap('sla-parking');
    await p.settle();
    expect(p.find('sla-sheet')).toBeUndefined();
    await server.storage.close();
  }, 30_000);
});
