import { randomBytes } from 'node:crypto';

/** Makes record ids. Time-ordered prefix keeps SQLite's b-tree inserts local. */
export interface IdGenerator {
  newId(): string;
}

export const randomIds: IdGenerator = {
  newId: () => `${Date.now().toString(36)}${randomBytes(8).toString('hex')}`,
};
