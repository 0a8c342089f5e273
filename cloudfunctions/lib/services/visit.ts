import type { ServiceMap } from '../service';
import { cancelSlot, copyLastDay, publishSlots, updateSlot } from './visits/cadreSlots';
import { addWalkIn, daySheet, markAttendance, revealContact } from './visits/daySheet';
import { moveVisitDay } from './visits/moveDay';
import { closeFollowUp, followUps, openMatter, recordVisit } from './visits/records';
import { book, cancel, reschedule } from './visits/bookingCommands';
import { bookFor, cancelFor } from './visits/bookFor';
import { bookedFor } from './visits/bookedFor';
import { days, myVisits, slots } from './visits/resident';

/** The `visit` function: 民意5来听, one service per contract action. */
export const visitServices: ServiceMap<'visit'> = {
  days,
  slots,
  book,
  cancel,
  reschedule,
  bookFor,
  cancelFor,
  bookedFor,
  myVisits,
  publishSlots,
  copyLastDay,
  updateSlot,
  cancelSlot,
  daySheet,
  revealContact,
  markAttendance,
  addWalkIn,
  recordVisit,
  openMatter,
  followUps,
  closeFollowUp,
  moveVisitDay,
};
