/**
 * 民意5来听 scenes for the weapp tests, set through the real services of a seeded backend
 * (tests/support/seededBackend.ts): cadres publish and cancel slots, residents book, the committee
 * moves a day. The pages are then served by the same visit service, so dates, deadlines, seats,
 * waitlist positions and masking are what the server computes, never a copy of its rules.
 *
 * The server's clock is the test clock (2026-11-27 10:00 in Shanghai); the page reads it too
 * (Date.now() follows it until the test file's afterEach restores the mocks), so a test moves both
 * with `setTime`.
 */
import type { SlotView, BookingView } from '@domain/visits/views';
import { seededBackend, type Caller, type Newcomer, type SeededBackend } from '../support/seededBackend';
import type { DemoData } from './fixtures';
import { servedBy, signedInBackend, userView } from './fixtures';
import type { FakeBackend } from './harness';

export const DONGMEN = 'c-dongmen';
export const OFFICE_PHONE = '0537-2201801';
/** The demo's 民情书记 刘建国. */
export const LIU = 'u-cadre-liu';

export interface SlotInput {
  start: string;
  end: string;
  mode: 'station' | 'home' | 'enterprise';
  place?: string;
  capacity: number;
}

export interface VisitScene {
  server: SeededBackend;
  /** 孙立华, a second 民情书记 of 东门社区 only these tests know. */
  sun: Newcomer;
  publish(cadre: Caller, date: string, slot: SlotInput): Promise<SlotView>;
  cancelSlot(cadre: Caller, slot: SlotView, reason: string): Promise<void>;
  /** A booking of `slot` (a seat, or the waitlist when it is full); the next comes a minute later. */
  book(
    resident: Caller,
    slot: SlotView,
    details?: { topic?: string; address?: string; phone?: string },
  ): Promise<BookingView>;
  /** Another resident of 东门社区, not in the demo seed. */
  neighbour(): Promise<Newcomer>;
  /** 陈秀英 of 东门's committee moves a visit day. */
  moveDay(originalDate: string, movedTo: string, reason: string): Promise<void>;
  /** Moves the server's clock, and with it the page's. */
  setTime(ms: number): void;
  /** The visit function answering the page as the demo user `userId`, behind the signed-in fake cloud. */
  backendFor(data: DemoData, userId: string): FakeBackend;
}

export async function visitScene(): Promise<VisitScene> {
  const server = await seededBackend();
  const { clock } = server.deps;
  // The page reads Date.now() for the cut-offs.
  jest.spyOn(Date, 'now').mockImplementation(() => clock.now());
  const sun = await server.newResident('wx-cadre-sun', '孙立华');
  await server.act('account', 'u-admin', 'assignRole', { userId: sun.userId, role: 'cadre', communityIds: [DONGMEN] });
  let neighbours = 0;

  return {
    server,
    sun,
    async publish(cadre, date, slot) {
      const { slots } = await server.act('visit', cadre, 'publishSlots', { communityId: DONGMEN, date, slots: [slot] });
      return slots[0];
    },
    async cancelSlot(cadre, slot, reason) {
      await server.act('visit', cadre, 'cancelSlot', { slotId: slot.id, reason });
    },
    async book(resident, slot, details = {}) {
      const { booking } = await server.act('visit', resident, 'book', {
        slotId: slot.id,
        topic: '想反映一下小区停车的事',
        address: slot.mode === 'home' ? '东门社区' : '',
        phone: '13805371234',
        ...details,
      });
      // The waitlist goes by the order of booking: the next one comes later.
      clock.advance(60_000);
      return booking;
    },
    async neighbour() {
      neighbours += 1;
      return server.newResident(`wx-neighbour-${neighbours}`, `邻居${neighbours}`);
    },
    async moveDay(originalDate, movedTo, reason) {
      await server.act('visit', 'u-committee-chen', 'moveVisitDay', { originalDate, movedTo, reason });
    },
    setTime(ms) {
      clock.advance(ms - clock.now());
    },
    backendFor(data, userId) {
      return servedBy(signedInBackend(data, userView(data, userId)), server, userId, 'visit');
    },
  };
}
