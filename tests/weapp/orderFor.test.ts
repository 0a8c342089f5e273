/** @jest-environment jsdom */
import { routes } from '@domain/routes';
import { seededBackend } from '../support/seededBackend';
import { servedBy, signedInBackend, userView, weappPageTests } from './fixtures';
import { typeInto } from './textBox';

// 红色代办 on the real build, served by the real service and matter functions over the seeded
// SQLite: 陈秀英 raises a 说事 for 王桂芝, who has no account, and names her daughter to tell.
const CHEN = 'u-committee-chen';
const ZHANG = 'u-resident-zhang';

describe('红色代办 (real weapp build)', () => {
  const pages = weappPageTests();

  test('陈秀英 names 王桂芝, finds the family member to tell, and raises a 说事 for her', async () => {
    const server = await seededBackend();
    let backend = signedInBackend(pages.data, userView(pages.data, CHEN));
    for (const fn of ['service', 'matter', 'visit'] as const) backend = servedBy(backend, server, CHEN, fn);
    const p = pages.open(routes.committeeOrderFor.path, { backend });
    await p.waitForId('resident-mode-named');

    p.tap('resident-mode-named');
    await p.waitForId('resident-name');
    typeInto(p, 'resident-name', '王桂芝');
    p.tap('order-consent-usual-0');
    typeInto(p, 'family-search', '张桂兰');
    p.tap('family-search-go');
    await p.waitForId(`family-${ZHANG}`);
    expect(p.text(`family-${ZHANG}`)).toMatch(/^张桂兰 · .* · 138\*{4}\d{4}$/);
    p.tap(`family-${ZHANG}`);
    await p.waitForId('family-chosen');

    p.tap('on-behalf-mode-matter');
    await p.waitForId('matter-title');
    // One step at a time, as a person taps and types: each waits for the page to show it.
    p.tap('category-facilities');
    await p.waitFor(() => p.classes('category-facilities').includes('mq-choice--active'), 'the chosen category');
    typeInto(p, 'matter-title', '楼道扶手松动');
    await p.waitFor(() => p.inputValue('matter-title') === '楼道扶手松动', 'the title typed');
    typeInto(p, 'matter-body', '三楼到五楼的扶手松了，老人上下楼不安全，希望尽快加固。');
    await p.waitFor(() => p.text('matter-body-count') === '27/1000', 'the words typed');
    p.tap('order-for-submit');
    await p.waitForId('raise-for-done');

    expect(p.text('raise-for-done-line')).toContain('已为王桂芝提出说事');
    expect(p.text('raise-for-done')).toContain('由陈秀英代办');
    expect(p.text('raise-for-consent')).toContain('本人口头同意');
    const [sent] = backend.callsOf('matter', 'raiseFor');
    expect(sent.data).toMatchObject({ residentId: null, residentName: '王桂芝', familyId: ZHANG });
    expect(sent.requestId).toBeTruthy();
    const { items } = await server.storage.inbox.list(ZHANG, null, 10);
    expect(items.map((news) => news.text).join()).toContain('您的家人王桂芝');
    await server.storage.close();
  }, 30_000);
});
