import { z } from 'zod';
import { contract, type FunctionSpec } from '@domain/contract';

/** Every function's actions as JSON Schema, for `GET /api/contract`. */
export function contractAsJsonSchema() {
  const functions: Record<string, Record<string, unknown>> = {};
  for (const [fn, actions] of Object.entries(contract) as [string, FunctionSpec][]) {
    functions[fn] = {};
    for (const [name, spec] of Object.entries(actions)) {
      functions[fn][name] = {
        kind: spec.kind,
        summary: spec.summary,
        roles: spec.roles,
        requestIdRequired: spec.kind === 'command',
        input: z.toJSONSchema(spec.input, { io: 'input', unrepresentable: 'any' }),
        output: z.toJSONSchema(spec.output, { io: 'output', unrepresentable: 'any' }),
      };
    }
  }
  return { envelope: '{ ok: true, data } | { ok: false, code, message, issues? }', functions };
}
