import type { Migration } from './migration';

export const v20VisitStats: Migration = {
  version: 20,
  name: "民意5来听's figures: visit records by slot, follow-ups by community and due date",
  // The figures read the period's slots by slots_by_community_day, then each slot's bookings by
  // bookings_by_slot and its records by the first index here; follow-ups due in the period (open
  // or closed) are a range of the second, per community.
  sql: `
    CREATE INDEX visit_records_by_slot ON visit_records (slot_id);
    CREATE INDEX visit_records_follow_ups_by_community ON visit_records (community_id, follow_up_due_date)
      WHERE follow_up_due_date IS NOT NULL;
  `,
};
