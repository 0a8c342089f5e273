import type { ZodType } from 'zod';
import type { Command } from '../../../hooks/useCommand';

/**
 * A field checked with the contract's own schema before anything is sent: the value to send, or
 * undefined after the complaint was put next to its field (the server would say the same).
 */
export function checked<T>(command: Command, schema: ZodType<T>, value: unknown, path: string): T | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  command.refuse(result.error.issues[0]?.message ?? '请检查填写的内容', path);
  return undefined;
}
