import { z } from 'zod';
import { command, contract, findAction, functionNames, query, type FunctionSpec } from '@domain/contract';
import { errorCatalog, errorCodes } from '@domain/errors';
import { decodeCursor, encodeCursor } from '@domain/pagination';
import { profileInputSchema } from '@domain/users';

describe('the contract', () => {
  it('declares every action with a summary, roles, and schemas that convert to JSON Schema', () => {
    for (const fn of functionNames) {
      for (const [name, spec] of Object.entries(contract[fn] as FunctionSpec)) {
        expect({ name, summary: spec.summary.length > 0, roles: spec.roles.length > 0 }).toEqual({
          name,
          summary: true,
          roles: true,
        });
        expect(() => z.toJSONSchema(spec.input, { io: 'input', unrepresentable: 'any' })).not.toThrow();
        expect(() => z.toJSONSchema(spec.output, { io: 'output', unrepresentable: 'any' })).not.toThrow();
      }
    }
  });

  it('builds an action on its first read only, once, so a cold start builds only the action it serves', () => {
    const build = jest.fn(() => ({
      summary: '读',
      roles: ['resident'] as const,
      input: z.object({}),
      output: z.object({}),
    }));
    const spec = query(build);
    expect(spec.kind).toBe('query');
    expect(build).not.toHaveBeenCalled();
    expect(spec.roles).toEqual(['resident']);
    expect(spec.input).toBe(spec.input);
    expect(spec.summary).toBe('读');
    expect(build).toHaveBeenCalledTimes(1);
    expect(command(build).kind).toBe('command');
  });

  it('finds only own actions, never inherited object keys', () => {
    expect(findAction('account', 'login')?.kind).toBe('command');
    expect(findAction('account', 'toString')).toBeUndefined();
    expect(findAction('constructor', 'login')).toBeUndefined();
  });

  it('gives every error code a Chinese message and an HTTP status', () => {
    for (const code of errorCodes) {
      expect(errorCatalog[code].message).toMatch(/[\u4e00-\u9fa5]/);
      expect(errorCatalog[code].status).toBeGreaterThanOrEqual(400);
    }
  });

  it('speaks Chinese for checks a schema does not word itself', () => {
    const result = profileInputSchema.safeParse({ name: '李明', communityId: 42 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toMatch(/[\u4e00-\u9fa5]/);
  });
});

describe('cursors', () => {
  it('round-trip a position and reject anything else', () => {
    const cursor = encodeCursor({ at: 1795774412857, id: 'u-resident.li/1' });
    expect(decodeCursor(cursor)).toEqual({ at: 1795774412857, id: 'u-resident.li/1' });
    expect(decodeCursor(undefined)).toBeNull();
    expect(decodeCursor('garbage')).toBeNull();
    expect(decodeCursor('zz.%E0%A4%A')).toBeNull();
    expect(decodeCursor('-5.x')).toBeNull();
  });
});
