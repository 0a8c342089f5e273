/** @jest-environment jsdom */
import { openPage } from './harness';
import { demoData, signedInBackend, userView } from './fixtures';
test('explore', async () => {
  const data = await demoData();
  const backend = signedInBackend(data, userView(data, 'u-resident-zhang'));
  const page = openPage('pages/profile/index', { backend });
  await page.waitForId('profile-form');
  const n = page.get('profile-name');
  console.log(
    n.toJSON().tagName,
    n.toJSON().attrs,
    page.inputValue('profile-name'),
    page.classes('community-c-dongmen'),
    page.screenClasses(),
    [...page.wx.missing],
  );
  page.tap('community-c-ximen');
  await page.waitFor(() => page.classes('community-c-ximen').includes('mq-choice--active'), 'ximen active');
  console.log(page.text(), page.find('grid-g-ximen-1') && page.classes('grid-g-ximen-1'));
  page.get('profile-name').dispatchEvent('input', { detail: { value: '张桂英' } });
  await new Promise((r) => setTimeout(r, 100));
  console.log(page.inputValue('profile-name'));
  page.tap('profile-save');
  await page.waitFor(() => backend.callsOf('account', 'updateProfile').length, 'save');
  console.log(JSON.stringify(backend.calls), backend.violations);
  await new Promise((r) => setTimeout(r, 1200));
  console.log(page.wx.navigations, page.text());
  page.close();
});
