import type { NotificationKind } from '@domain/notifications/kinds';
import type { MessageValues, TemplateKey } from '@domain/notifications/templates';
import type { OutboxRow, OutboxStatus } from '../../ports/notifications';

/** An outbox row as SQLite keeps it. */
export interface OutboxDbRow {
  id: string;
  user_id: string;
  community_id: string;
  kind: string;
  template_key: string;
  template_id: string;
  page: string;
  data_json: string;
  values_json: string;
  digest_key: string | null;
  status: string;
  attempts: number;
  not_before: number;
  expires_at: number | null;
  claim_token: string | null;
  claimed_until: number | null;
  last_error: string;
  merged_into: string | null;
  credit_taken: number;
  created_at: number;
  updated_at: number;
  sent_at: number | null;
}

export function toOutboxRow(row: OutboxDbRow): OutboxRow {
  return {
    id: row.id,
    userId: row.user_id,
    communityId: row.community_id,
    kind: row.kind as NotificationKind,
    templateKey: row.template_key as TemplateKey,
    templateId: row.template_id,
    page: row.page,
    data: JSON.parse(row.data_json) as OutboxRow['data'],
    values: JSON.parse(row.values_json) as MessageValues,
    digestKey: row.digest_key,
    status: row.status as OutboxStatus,
    attempts: row.attempts,
    notBefore: row.not_before,
    expiresAt: row.expires_at,
    claimToken: row.claim_token,
    claimedUntil: row.claimed_until,
    lastError: row.last_error,
    mergedInto: row.merged_into,
    creditTaken: row.credit_taken === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    sentAt: row.sent_at,
  };
}

export const outboxColumns = `id, user_id, community_id, kind, template_key, template_id, page, data_json, values_json, digest_key,
  status, attempts, not_before, expires_at, claim_token, claimed_until, last_error, merged_into, credit_taken,
  created_at, updated_at, sent_at`;

export const outboxValues = `@id, @userId, @communityId, @kind, @templateKey, @templateId, @page, @dataJson,
  @valuesJson, @digestKey, @status, @attempts, @notBefore, @expiresAt, @claimToken, @claimedUntil, @lastError, @mergedInto,
  @creditTaken, @createdAt, @updatedAt, @sentAt`;

export function outboxParams(row: OutboxRow) {
  return {
    ...row,
    dataJson: JSON.stringify(row.data),
    valuesJson: JSON.stringify(row.values),
    creditTaken: row.creditTaken ? 1 : 0,
  };
}
