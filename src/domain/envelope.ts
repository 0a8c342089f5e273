import type { ErrorCode, FieldIssue } from './errors';

/** The one answer shape of every cloud function action and of the local host's API. */
export type OkEnvelope<T> = { ok: true; data: T };
export type ErrorEnvelope = { ok: false; code: ErrorCode; message: string; issues?: FieldIssue[] };
export type Envelope<T> = OkEnvelope<T> | ErrorEnvelope;

export function okEnvelope<T>(data: T): OkEnvelope<T> {
  return { ok: true, data };
}

export function errorEnvelope(code: ErrorCode, message: string, issues?: FieldIssue[]): ErrorEnvelope {
  return issues && issues.length > 0 ? { ok: false, code, message, issues } : { ok: false, code, message };
}
