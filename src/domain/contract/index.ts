import { accountContract } from './account';
import { matterContract } from './matter';
import { notificationContract } from './notification';
import { visitContract } from './visit';
import type { ActionSpec, FunctionSpec } from './define';
import { homeContract } from './home';
import { serviceContract } from './service';
import { caseworkContract } from './casework';
import { statsContract } from './stats';

/** Every cloud function and its actions. Adding a function starts here. */
export const contract = {
  account: accountContract,
  matter: matterContract,
  visit: visitContract,
  notification: notificationContract,
  home: homeContract,
  service: serviceContract,
  casework: caseworkContract,
  stats: statsContract,
} satisfies Record<string, FunctionSpec>;

export type Contract = typeof contract;
export type FunctionName = keyof Contract;
export type ActionName<F extends FunctionName> = keyof Contract[F] & string;
export type ActionOf<F extends FunctionName, A extends ActionName<F>> = Contract[F][A] extends ActionSpec
  ? Contract[F][A]
  : never;

export const functionNames = Object.keys(contract) as FunctionName[];

export function findAction(fn: string, action: string): ActionSpec | undefined {
  if (!Object.prototype.hasOwnProperty.call(contract, fn)) return undefined;
  const actions = contract[fn as FunctionName] as FunctionSpec;
  return Object.prototype.hasOwnProperty.call(actions, action) ? actions[action] : undefined;
}

export * from './define';
export { auditEntrySchema, type AuditEntry, type AuditTrailEntry } from './account';
