/**
 * Versioned schema changes, applied in order inside one transaction each. The applied version
 * is kept in `PRAGMA user_version`. Never edit a released migration: add the next one.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}
