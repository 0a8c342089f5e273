import type { Migration } from './migration';

export const v8BookingPromotions: Migration = {
  version: 8,
  name: 'bookings: which cancelled booking a promoted one took its seat from',
  sql: `
    -- Set when a cancel hands its seat to the waitlist, so a cancel retried after a failure can
    -- still tell the promoted resident (bookings.promotedInto). Looked up within the slot, so
    -- bookings_by_slot serves it.
    ALTER TABLE bookings ADD COLUMN promoted_from TEXT;
  `,
};
