import { seededBackend } from '../../support/seededBackend';
import { engines } from '../../support/storages';
import { secondCadre } from './homeScene';

describe.each(engines)('home.adminWorkbench on %s', (engine) => {
  it('counts the users of each role', async () => {
    const server = await seededBackend({ engine });
    const before = await server.call('home', 'u-admin', 'adminWorkbench', {});
    expect(before).toMatchObject({ ok: true, data: { users: { resident: 4, cadre: 1, committee: 2, admin: 1 } } });
    await secondCadre(server.storage);
    const after = await server.act('home', 'u-admin', 'adminWorkbench', {});
    expect(after.users).toEqual({
      resident: 4,
      cadre: 2,
      committee: 2,
      admin: 1,
      gridWorker: 1,
      street: 1,
      department: 1,
      property: 1,
    });
  });

  it('refuses a committee', async () => {
    const server = await seededBackend({ engine });
    const result = await server.call('home', 'u-committee-chen', 'adminWorkbench', {});
    expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('refuses a field the contract does not know, with BAD_INPUT', async () => {
    const server = await seededBackend({ engine });
    const result = await server.call('home', 'u-admin', 'adminWorkbench', { unexpected: '13912345678' });
    expect(result).toMatchObject({ ok: false, code: 'BAD_INPUT' });
  });
});
