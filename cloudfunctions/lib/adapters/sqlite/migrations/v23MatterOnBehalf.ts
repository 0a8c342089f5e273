import type { Migration } from './migration';

export const v23MatterOnBehalf: Migration = {
  version: 23,
  name: "红色代办 for 说事: who raised a matter on a resident's behalf, how they agreed, whom to tell",
  sql: `
    -- The on-behalf record (staff, consent note, the resident's name, a family member to tell) of
    -- a matter staff raised for a resident at the door; NULL for every other matter. Read whole
    -- with the matter, never queried by: "由陈秀英代办" shows wherever the matter does.
    ALTER TABLE matters ADD COLUMN on_behalf_json TEXT;
  `,
};
