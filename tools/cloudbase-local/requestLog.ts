import type { FaultKind } from './faults';

/** One request the endpoint received, as the cloud would count it. */
export interface LoggedRequest {
  /** 1, 2, 3... in the order the requests arrived. */
  seq: number;
  /** The tcb admin API action (`database.queryDocument`, `wx.api`, `storage.batchDeleteFile`...). */
  action: string;
  /** The collection of a database action; null for any other. */
  collection: string | null;
  /** From arrival to answer, injected latency included. */
  ms: number;
  /** The fault injected into this request, if any. */
  fault: FaultKind | null;
}

/**
 * Every request the endpoint received, in order: tests and the bench count round trips here,
 * exactly as the cloud sees them (one entry per HTTP request the SDK sent).
 */
export class RequestLog {
  readonly entries: LoggedRequest[] = [];

  record(entry: LoggedRequest): void {
    this.entries.push(entry);
  }

  /** A mark to count from: `log.since(mark)` is what arrived after it. */
  mark(): number {
    return this.entries.length;
  }

  since(mark: number): LoggedRequest[] {
    return this.entries.slice(mark);
  }

  /** Database requests only (what CloudBase bills and rate-limits as reads and writes). */
  databaseSince(mark: number): LoggedRequest[] {
    return this.since(mark).filter((entry) => entry.action.startsWith('database.'));
  }
}
