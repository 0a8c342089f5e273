import type { OutputOf } from '@domain/contract';
import type { visitContract } from '@domain/contract/visit';

/** What `visit.days` answers: the community's next visit days, the office phone, my booking per day. */
export type DaysAnswer = OutputOf<typeof visitContract.days>;
export type VisitDayView = DaysAnswer['days'][number];
/** What `visit.slots` answers for one day. */
export type SlotsAnswer = OutputOf<typeof visitContract.slots>;
/** How a booking or reschedule ended: a seat, or a place on the waitlist. */
export type BookStatus = OutputOf<typeof visitContract.book>['status'];
