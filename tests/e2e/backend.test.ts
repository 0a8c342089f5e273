import { startHostProcess, e2eBackend, type HostProcess } from './support/hostProcess';

// The browser suites run twice (jest projects e2e and e2e-cloudbase): this proves each run is on
// the backend it is named for, so a green e2e-cloudbase run really came from the deployed bundles.
describe('the host the browser suites run on', () => {
  let host: HostProcess;
  beforeAll(async () => {
    host = await startHostProcess();
  }, 60_000);
  afterAll(() => host?.stop());

  it('answers from the backend this project names', async () => {
    const health = (await (await fetch(`${host.url}/api/health`)).json()) as { backend: string };
    expect(health.backend).toBe(e2eBackend());
    expect(['sqlite', 'cloudbase-local']).toContain(health.backend);
  });
});
