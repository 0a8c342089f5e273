import { measureH5FirstLoad } from '../../bench/h5FirstLoad';
import { packageBudgets } from '../../bench/sizes';

// A signed-in resident opening the h5 app: the JavaScript fetched before the home page shows.
describe('h5 first load', () => {
  it(`stays within issue 11's budget (${packageBudgets['h5.firstLoadJsGzipBytes']} bytes gzip)`, async () => {
    const { files, gzipBytes } = await measureH5FirstLoad();
    expect(gzipBytes).toBeLessThanOrEqual(packageBudgets['h5.firstLoadJsGzipBytes']);
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(files.filter((file) => !file.startsWith('/js/'))).toEqual([]);
  }, 90_000);
});
