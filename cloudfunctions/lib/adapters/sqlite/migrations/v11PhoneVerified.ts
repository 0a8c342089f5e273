import type { Migration } from './migration';

export const v11PhoneVerified: Migration = {
  version: 11,
  name: 'users: when the phone number was verified through WeChat',
  sql: `
    -- Publishing (raise, comment) needs a phone number WeChat vouched for (account.verifyPhone).
    -- Numbers typed in before are not verified: their owners verify once, at their next post.
    ALTER TABLE users ADD COLUMN phone_verified_at INTEGER;
  `,
};
