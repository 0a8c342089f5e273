import { pick, seededRandom } from '../contention/prng';
import { actionAt, type ResidentAction } from './mix';
import { MATTERS, loadMatter, openMatter } from './loadData';

/** Refusals the rules give (a booking on a full day, a daily limit): correct answers, not errors. */
const REFUSALS = new Set(['CONFLICT', 'INVALID_STATE', 'RATE_LIMITED']);
const TIMEOUT_MS = 10_000;

export interface LoadLog {
  latencies: number[];
  refusals: number;
  errors: string[];
  byAction: Record<string, number>;
}

/** What each answer must hold to count as a good one: the field its page reads first. */
const shapes: Record<ResidentAction, (data: any) => boolean> = {
  'matter.list': (d) => Array.isArray(d?.items),
  'matter.detail': (d) => typeof d?.id === 'string' && typeof d?.title === 'string',
  'matter.comments': (d) => Array.isArray(d?.items),
  'visit.days': (d) => Array.isArray(d?.days),
  'visit.slots': (d) => Array.isArray(d?.slots),
  'matter.support': (d) => typeof d?.supportCount === 'number',
  'visit.book': (d) => typeof d?.booking?.id === 'string',
  'matter.comment': (d) => typeof d?.comment?.id === 'string',
  'visit.cancel': (d) => typeof d?.booking?.id === 'string',
  'account.me': (d) => d !== undefined,
};

interface ClientState {
  token: string;
  random: () => number;
  supported: Set<string>;
  booking: string | null;
  sent: number;
}

/** The request an action makes for this client now (support toggles; book or cancel its one booking). */
function requestFor(action: ResidentAction, client: ClientState, slots: string[], dates: string[]) {
  const { random } = client;
  const someMatter = loadMatter(pick(random, MATTERS));
  const requestId = `load-${client.token.slice(0, 8)}-${(client.sent += 1)}`;
  switch (action) {
    case 'matter.list':
      return { action: 'list', data: { tab: random() < 0.7 ? 'active' : 'all', sort: 'newest' } };
    case 'matter.detail':
      return { action: 'detail', data: { matterId: someMatter } };
    case 'matter.comments':
      return { action: 'comments', data: { matterId: someMatter } };
    case 'visit.days':
      return { action: 'days', data: {} };
    case 'visit.slots':
      return { action: 'slots', data: { date: dates[pick(random, dates.length)] } };
    case 'matter.support': {
      const matterId = openMatter(pick(random, 50));
      const undo = client.supported.has(matterId);
      return { action: undo ? 'unsupport' : 'support', data: { matterId }, requestId };
    }
    case 'matter.comment':
      return {
        action: 'comment',
        data: { matterId: openMatter(pick(random, 50)), body: '同意，希望尽快解决' },
        requestId,
      };
    case 'visit.book':
    case 'visit.cancel':
      return client.booking
        ? { action: 'cancel', data: { bookingId: client.booking, reason: '临时有事' }, requestId }
        : {
            action: 'book',
            data: {
              slotId: slots[pick(random, slots.length)],
              topic: '想反映停车问题',
              address: '',
              phone: '13800000000',
            },
            requestId,
          };
    case 'account.me':
      return { action: 'me', data: {} };
  }
}

/** Remembers what the answer changed for this client (its supports, its booking). */
function remember(client: ClientState, fn: string, request: { action: string; data: any }, data: any): void {
  if (fn === 'matter' && request.action === 'support') client.supported.add(request.data.matterId);
  if (fn === 'matter' && request.action === 'unsupport') client.supported.delete(request.data.matterId);
  if (fn === 'visit' && request.action === 'book') client.booking = data.booking.id;
  if (fn === 'visit' && request.action === 'cancel') client.booking = null;
}

/**
 * Each client, signed in as its own resident, sends one request after another (the next as soon
 * as the answer is in) until `until`, drawing each action from the mix with its own seed.
 */
export async function runClients(
  url: string,
  tokens: string[],
  slots: string[],
  dates: string[],
  until: number,
): Promise<LoadLog> {
  const log: LoadLog = { latencies: [], refusals: 0, errors: [], byAction: {} };
  async function client(index: number): Promise<void> {
    const state: ClientState = {
      token: tokens[index],
      random: seededRandom(index + 1),
      supported: new Set(),
      booking: null,
      sent: 0,
    };
    while (performance.now() < until) {
      const action = actionAt(state.random());
      const fn = action.slice(0, action.indexOf('.'));
      const request = requestFor(action, state, slots, dates);
      const started = performance.now();
      try {
        const response = await fetch(`${url}/api/${fn}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${state.token}`, 'content-type': 'application/json' },
          body: JSON.stringify(request),
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
        const envelope = (await response.json()) as { ok: boolean; code?: string; data?: unknown };
        log.latencies.push(performance.now() - started);
        log.byAction[`${fn}.${request.action}`] = (log.byAction[`${fn}.${request.action}`] ?? 0) + 1;
        if (envelope.ok && shapes[action](envelope.data)) remember(state, fn, request, envelope.data);
        else if (!envelope.ok && REFUSALS.has(envelope.code ?? '')) log.refusals += 1;
        else log.errors.push(`${fn}.${request.action}: ${response.status} ${JSON.stringify(envelope).slice(0, 200)}`);
      } catch (error) {
        log.errors.push(`${fn}.${request.action}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  await Promise.all(tokens.map((_, i) => client(i)));
  return log;
}
