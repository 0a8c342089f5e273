import type { z } from 'zod';
import { roles, type CallerRole } from '../users';

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

type ActionParts<I extends z.ZodType, O extends z.ZodType> = Omit<ActionSpec<I, O>, 'kind'>;

/**
 * Each action is written as a function that builds it, run the first time the action is read.
 * A cold start of a cloud function serves one action, so building every action's zod schemas
 * when the bundle loads was wasted work (docs/adr/0006-cold-start-of-function-bundles.md); the app
 * likewise builds an action's schemas at its first call. Reading any part of an action (its
 * roles, summary or schemas) builds it, once.
 */
export function query<I extends z.ZodType, O extends z.ZodType>(build: () => ActionParts<I, O>): ActionSpec<I, O> {
  return builtOnFirstRead('query', build);
}

export function command<I extends z.ZodType, O extends z.ZodType>(build: () => ActionParts<I, O>): ActionSpec<I, O> {
  return builtOnFirstRead('command', build);
}

function builtOnFirstRead<I extends z.ZodType, O extends z.ZodType>(
  kind: ActionSpec['kind'],
  build: () => ActionParts<I, O>,
): ActionSpec<I, O> {
  let parts: ActionParts<I, O> | undefined;
  const built = () => (parts ??= build());
  return {
    kind,
    get summary() {
      return built().summary;
    },
    get roles() {
      return built().roles;
    },
    get input() {
      return built().input;
    },
    get output() {
      return built().output;
    },
  };
}

export type FunctionSpec = Record<string, ActionSpec>;

export type InputOf<A extends ActionSpec> = z.input<A['input']>;
export type ParsedInputOf<A extends ActionSpec> = z.output<A['input']>;
export type OutputOf<A extends ActionSpec> = z.output<A['output']>;

/** Every registered user role, for actions open to all signed-in users. */
export const ANY_USER = roles;
