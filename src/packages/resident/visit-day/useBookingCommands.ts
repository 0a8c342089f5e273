import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { ApiError } from '../../../api/apiError';
import { call } from '../../../api/client';
import { acceptedConsent, withConsent } from '../../../api/subscribe';
import type { BookOutcome } from '../../../components/visits/BookResult';
import type { SlotsAnswer } from '../../../components/visits/types';
import { timeWindow } from '../../../components/visits/format';
import { notifyVisitChanged } from '../../../components/visits/visitEvents';
import { formatShanghaiDay } from '@domain/time';
import type { BookInput } from '@domain/visits/bookingInput';
import type { BookingView, SlotView } from '@domain/visits/views';
import { useCommand } from '../../../hooks/useCommand';

/** Back to the top, where the answer to what was just done is shown. */
export function scrollToTop() {
  try {
    void Promise.resolve(Taro.pageScrollTo({ scrollTop: 0, duration: 0 })).catch(() => undefined);
  } catch {
    // not every platform scrolls on request; the answer is still on the page
  }
}

/**
 * A resident's bookings on one visit day: choosing a slot and booking it (or its waitlist), and
 * cancelling or moving the booking, each through the command hook (the same filled-in form or
 * reason sent again after a timeout keeps its request id). What came of it is kept for the page.
 */
export function useBookingCommands(
  mine: BookingView | null,
  day: { reload: () => Promise<void>; show: (answer: SlotsAnswer) => void },
  toast: string,
) {
  const [choosing, setChoosing] = useState<SlotView | null>(null);
  const [outcome, setOutcome] = useState<BookOutcome | null>(null);
  const [cancelled, setCancelled] = useState<string | null>(null);
  const [lateMessage, setLateMessage] = useState<string | null>(null);
  const booking = useCommand();
  const changing = useCommand({ toast });

  /**
   * Done: the command answered with the day as it now stands, shown from the top without asking
   * again; the other visit pages hear of it and reload when they are next shown.
   */
  function changed(answer: SlotsAnswer) {
    notifyVisitChanged();
    scrollToTop();
    day.show(answer);
  }

  /** Refused: the day may have moved on (a seat taken, cancelling closed); show it as it is now. */
  function refused(error: ApiError | null): false {
    if (!error) return false;
    // Too late to cancel or move it here: the server says whom to call, and that replaces the buttons.
    if (error.code === 'DEADLINE_PASSED') setLateMessage(error.message);
    if (error.code !== 'BAD_INPUT' && !error.unanswered) void day.reload();
    return false;
  }

  function choose(slot: SlotView | null) {
    setChoosing(slot);
    if (slot) scrollToTop();
  }

  async function book(input: BookInput): Promise<void> {
    // Still inside the tap on 确认预约 (the form checked it synchronously): WeChat's consent dialog
    // may only open here. What was accepted goes with the booking, in the same call.
    const accepted = await acceptedConsent('booking');
    const sent = await booking.run(input, (requestId) =>
      call('visit', 'book', withConsent(input, accepted), { requestId }),
    );
    if (!sent.ok) return void refused(sent.error);
    setOutcome({ status: sent.value.status, booking: sent.value.booking });
    setCancelled(null);
    setChoosing(null);
    setLateMessage(null);
    changed(sent.value.day);
  }

  async function cancel(reason: string): Promise<boolean> {
    const input = { bookingId: mine!.id, reason };
    const sent = await changing.run(input, (requestId) => call('visit', 'cancel', input, { requestId }), {
      done: '已取消预约',
    });
    if (!sent.ok) return refused(sent.error);
    setOutcome(null);
    setCancelled(`已取消${formatShanghaiDay(mine!.date)} ${timeWindow(mine!)}的预约。想换个时段，可以在下面重新预约。`);
    changed(sent.value.day);
    return true;
  }

  async function reschedule(toSlotId: string, reason: string): Promise<boolean> {
    const input = { bookingId: mine!.id, toSlotId, reason };
    const sent = await changing.run(input, (requestId) => call('visit', 'reschedule', input, { requestId }));
    if (!sent.ok) return refused(sent.error);
    setOutcome({ status: sent.value.status, booking: sent.value.booking, rescheduled: true });
    changed(sent.value.day);
    return true;
  }

  return { choosing, choose, outcome, cancelled, lateMessage, booking, changing, book, cancel, reschedule };
}
