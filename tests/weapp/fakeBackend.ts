import { findAction } from '@domain/contract';
import { requestIdSchema } from '@domain/ids';

/** The cloud behind `wx.cloud.callFunction` in the weapp tests (harness.ts re-exports it). */
export interface FieldIssue {
  path: string;
  message: string;
}

export type Envelope =
  | { ok: true; data: unknown }
  | { ok: false; code: string; message: string; issues?: FieldIssue[] };

/** One `Taro.cloud.callFunction` as the backend received it. */
export interface CloudCall {
  name: string;
  action: string;
  data: unknown;
  requestId?: string;
}

export type ActionHandler = (data: unknown, call: CloudCall) => Envelope | Promise<Envelope>;

export const ok = (data: unknown): Envelope => ({ ok: true, data });

export const failure = (code: string, message: string, issues?: FieldIssue[]): Envelope =>
  issues ? { ok: false, code, message, issues } : { ok: false, code, message };

/**
 * Answers `wx.cloud.callFunction` the way a CloudBase function does (`{ result: envelope }`).
 * Every request and every answer is checked against the shared contract, so a page that sends a
 * malformed payload, or a test fixture that drifts from the real output shape, is reported in
 * `violations` instead of passing silently.
 */
export class FakeBackend {
  readonly calls: CloudCall[] = [];
  readonly violations: string[] = [];
  private readonly handlers = new Map<string, ActionHandler>();
  private answering = 0;

  /** Calls received and not yet answered. */
  get pending(): number {
    return this.answering;
  }

  on(fn: string, action: string, handler: ActionHandler): this {
    this.handlers.set(`${fn}.${action}`, handler);
    return this;
  }

  reply(fn: string, action: string, data: unknown): this {
    return this.on(fn, action, () => ok(data));
  }

  fail(fn: string, action: string, code: string, message: string, issues?: FieldIssue[]): this {
    return this.on(fn, action, () => failure(code, message, issues));
  }

  callsOf(fn: string, action: string): CloudCall[] {
    return this.calls.filter((call) => call.name === fn && call.action === action);
  }

  /** The shape `wx.cloud.callFunction` resolves with. */
  async handle(params: { name: string; data?: unknown }): Promise<{ result: Envelope; errMsg: string }> {
    const event = (params.data ?? {}) as { action?: unknown; data?: unknown; requestId?: unknown };
    const call: CloudCall = {
      name: params.name,
      action: String(event.action),
      data: event.data,
      ...(typeof event.requestId === 'string' ? { requestId: event.requestId } : {}),
    };
    this.calls.push(call);
    this.answering += 1;
    try {
      const problem = this.checkRequest(call);
      const result = problem ? failure('BAD_REQUEST', problem) : await this.answer(call);
      return { result, errMsg: 'cloud.callFunction:ok' };
    } finally {
      this.answering -= 1;
    }
  }

  private async answer(call: CloudCall): Promise<Envelope> {
    const handler = this.handlers.get(`${call.name}.${call.action}`);
    if (!handler) {
      return this.violation(`no answer set for ${call.name}.${call.action}`);
    }
    const result = await handler(call.data, call);
    const spec = findAction(call.name, call.action);
    if (result.ok && spec) {
      const parsed = spec.output.safeParse(result.data);
      if (!parsed.success)
        return this.violation(`answer for ${call.name}.${call.action} breaks the contract: ${parsed.error.message}`);
    }
    return result;
  }

  private checkRequest(call: CloudCall): string | null {
    const spec = findAction(call.name, call.action);
    if (!spec) return this.violationText(`unknown action ${call.name}.${call.action}`);
    const input = spec.input.safeParse(call.data);
    if (!input.success) return this.violationText(`${call.name}.${call.action} input: ${input.error.message}`);
    // Commands must carry a request id so a retried submit never runs twice.
    if (spec.kind === 'command' && !requestIdSchema.safeParse(call.requestId).success) {
      return this.violationText(`${call.name}.${call.action} is a command but has no valid requestId`);
    }
    return null;
  }

  private violationText(message: string): string {
    this.violations.push(message);
    return `fake backend: ${message}`;
  }

  private violation(message: string): Envelope {
    return failure('INTERNAL', this.violationText(message));
  }
}
