import { seededBackend } from '../../support/seededBackend';
import { engines } from '../../support/storages';

describe.each(engines)('home.residentOverview on %s', (engine) => {
  it('answers a resident', async () => {
    const server = await seededBackend({ engine });
    expect(await server.call('home', 'u-resident-zhang', 'residentOverview', {})).toMatchObject({ ok: true });
  });

  it('refuses a cadre', async () => {
    const server = await seededBackend({ engine });
    const result = await server.call('home', 'u-cadre-liu', 'residentOverview', {});
    expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('refuses a field the contract does not know, with BAD_INPUT', async () => {
    const server = await seededBackend({ engine });
    const result = await server.call('home', 'u-resident-zhang', 'residentOverview', { unexpected: '13912345678' });
    expect(result).toMatchObject({ ok: false, code: 'BAD_INPUT' });
  });
});
