import type { Migration } from './migration';

export const v10SlotCadreNames: Migration = {
  version: 10,
  name: "slots: the cadre's name, kept with the slot",
  sql: `
    -- A day's page shows each slot's cadre without reading users (SlotRecord.cadreName); the
    -- slots of before take the name their cadre has now.
    ALTER TABLE slots ADD COLUMN cadre_name TEXT NOT NULL DEFAULT '';
    UPDATE slots SET cadre_name = coalesce((SELECT name FROM users WHERE users.id = slots.cadre_id), '');
  `,
};
