import { measureWeapp } from '../../scripts/weapp-quality';
import { packageBudgets } from '../../bench/sizes';
import { assertWeappBuilt, DIST_DIR } from './harness';

const WECHAT_PACKAGE_LIMIT = 2 * 1024 * 1024;

// What a resident downloads before the first screen: the main package (the four tabs and what they
// need). Every other page is in a subpackage, each within WeChat's own limit.
describe('the built weapp package sizes', () => {
  assertWeappBuilt();
  const sizes = measureWeapp(DIST_DIR);

  test(`keeps the main package within issue 11's budget (${packageBudgets['weapp.mainPackageBytes']} bytes)`, () => {
    expect(sizes.mainPackageBytes).toBeLessThanOrEqual(packageBudgets['weapp.mainPackageBytes']);
  });

  test('keeps every subpackage under WeChat’s 2 MB', () => {
    for (const bytes of Object.values(sizes.subpackages)) expect(bytes).toBeLessThan(WECHAT_PACKAGE_LIMIT);
  });
});
