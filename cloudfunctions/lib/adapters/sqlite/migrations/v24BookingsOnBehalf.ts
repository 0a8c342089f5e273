import type { Migration } from './migration';

export const v24BookingsOnBehalf: Migration = {
  version: 24,
  name: '红色代办 for 民意5来听: a booking made on a resident’s behalf keeps who booked it and how they agreed',
  sql: `
    -- The OnBehalfRecord as JSON, like service_orders.on_behalf_json; NULL for a resident's own booking.
    ALTER TABLE bookings ADD COLUMN on_behalf_json TEXT;
  `,
};
