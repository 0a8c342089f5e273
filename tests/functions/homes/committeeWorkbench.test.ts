import { seededBackend } from '../../support/seededBackend';
import { engines } from '../../support/storages';

describe.each(engines)('home.committeeWorkbench on %s', (engine) => {
  it('answers a committee', async () => {
    const server = await seededBackend({ engine });
    expect(await server.call('home', 'u-committee-chen', 'committeeWorkbench', {})).toMatchObject({ ok: true });
  });

  it('refuses a resident', async () => {
    const server = await seededBackend({ engine });
    const result = await server.call('home', 'u-resident-zhang', 'committeeWorkbench', {});
    expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('refuses a field the contract does not know, with BAD_INPUT', async () => {
    const server = await seededBackend({ engine });
    const result = await server.call('home', 'u-committee-chen', 'committeeWorkbench', { unexpected: '13912345678' });
    expect(result).toMatchObject({ ok: false, code: 'BAD_INPUT' });
  });
});
