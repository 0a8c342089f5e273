/** @jest-environment jsdom */
import { openPage } from './harness';
import { demoData, signedInBackend, userView } from './fixtures';
test('deep', async () => {
  const data = await demoData();
  const backend = signedInBackend(data, userView(data, 'u-resident-zhang'));
  const page = openPage('pages/matters/index', { backend });
  await new Promise((r) => setTimeout(r, 200));
  const make = (k: number): any => ({
    nn: '3',
    sid: `_d${k}`,
    uid: `deep-${k}`,
    cl: `deep deep-${k}`,
    cn: k < 24 ? [make(k + 1)] : [{ nn: '8', sid: '_t', v: 'bottom' }],
  });
  (page.root.instance as any).setData({ root: { cn: [make(0)] } });
  await new Promise((r) => setTimeout(r, 50));
  console.log(
    page
      .html()
      .replace(/style="[^"]*"/g, '')
      .slice(-1500),
  );
  console.log(
    !!page.root.querySelector('#deep-10'),
    !!page.root.querySelector('#deep-20'),
    page.root.querySelectorAll('comp').length,
    !!page.find('deep-20'),
    page.find('deep-24') && page.text('deep-24'),
    page.find('deep-22') && page.classes('deep-22'),
  );
});
