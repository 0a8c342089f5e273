import type { z } from 'zod';
import type { CallerRole } from '../users';

/**
 * One action of one cloud function: declared once here, then the client is typed from it,
 * the server validates and authorizes from it, and tests enumerate it.
 */
export interface ActionSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  /** `query` reads; `command` changes state and must carry a client request id. */
  kind: 'query' | 'command';
  summary: string;
  roles: readonly CallerRole[];
  input: I;
  output: O;
}

export function query<I extends z.ZodType, O extends z.ZodType>(
  spec: Omit<ActionSpec<I, O>, 'kind'>,
): ActionSpec<I, O> {
  return { ...spec, kind: 'query' };
}

export function command<I extends z.ZodType, O extends z.ZodType>(
  spec: Omit<ActionSpec<I, O>, 'kind'>,
): ActionSpec<I, O> {
  return { ...spec, kind: 'command' };
}

export type FunctionSpec = Record<string, ActionSpec>;

export type InputOf<A extends ActionSpec> = z.input<A['input']>;
export type ParsedInputOf<A extends ActionSpec> = z.output<A['input']>;
export type OutputOf<A extends ActionSpec> = z.output<A['output']>;

/** Every registered user role, for actions open to all signed-in users. */
export const ANY_USER = ['resident', 'cadre', 'committee', 'admin'] as const satisfies readonly CallerRole[];
