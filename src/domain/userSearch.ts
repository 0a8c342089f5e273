import { z } from 'zod';

/** What the admin types into 搜索用户: part of a name, or the last digits of a phone. */
export const userSearchSchema = z.string().trim().max(20, '搜索内容最多20个字');

/**
 * How a search is read. The admin sees phones masked (138****5678), so digits match the end of the
 * phone (its visible tail, at most 4); anything else matches part of the name.
 */
export type UserSearch = { kind: 'phoneTail'; digits: string } | { kind: 'name'; text: string };

export function parseUserSearch(raw: string | undefined): UserSearch | null {
  const text = (raw ?? '').trim();
  if (!text) return null;
  if (/^\d{1,4}$/.test(text)) return { kind: 'phoneTail', digits: text };
  return { kind: 'name', text };
}
