import { setTransport } from '../../src/api/client';

/**
 * The client gives every call a request id and so never needs to know a query from a command:
 * it does not load the contract, whose zod schemas would otherwise sit in the weapp main package.
 */
describe('request ids on every call', () => {
  it('sends one with a query (its function ignores it) and a fresh one with each command', async () => {
    const { call } = await import('../../src/api/client');
    const events: { requestId?: string }[] = [];
    setTransport(async (_fn, event) => {
      events.push(event as { requestId?: string });
      return { ok: true, data: {} };
    });
    await call('matter', 'detail', { matterId: 'm1' });
    await call('matter', 'support', { matterId: 'm1' });
    await call('matter', 'support', { matterId: 'm1' });
    expect(events.map((e) => typeof e.requestId)).toEqual(['string', 'string', 'string']);
    expect(new Set(events.map((e) => e.requestId)).size).toBe(3);
  });

  it('loads without the contract', () => {
    jest.isolateModules(() => {
      jest.doMock('@domain/contract', () => {
        throw new Error('the client loaded the contract');
      });
      expect(() => require('../../src/api/client')).not.toThrow();
    });
  });
});
