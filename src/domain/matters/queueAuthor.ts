import { z } from 'zod';
import { idSchema } from '../ids';
import { contactText } from '../textFields';

/**
 * What the committee sees of a matter's author in the moderation queue, so nobody approves blind:
 * where they live (the residence datum of the privacy registry, which the committee may see),
 * whether WeChat vouched for their phone (never the number), and their record of matters.
 */
export const queueAuthorSchema = z.object({
  communityId: idSchema.nullable(),
  compoundId: idSchema.nullable(),
  building: contactText(),
  phoneVerified: z.boolean(),
  /** Their other matters (this one not counted), in any state, and how many of those were rejected. */
  otherMatters: z.number().int(),
  rejectedMatters: z.number().int(),
});
export type QueueAuthor = z.infer<typeof queueAuthorSchema>;

/**
 * How much of the body the queue carries: enough to judge most matters at a glance (the card
 * shows three lines, 展开 shows this much), small enough that two full queue pages stay well under
 * a function's answer size (60 x 300 characters); the rest is on the matter's page.
 */
export const QUEUE_BODY_PREVIEW_CHARS = 300;

export function bodyPreview(body: string): { body: string; bodyCut: boolean } {
  const characters = Array.from(body);
  if (characters.length <= QUEUE_BODY_PREVIEW_CHARS) return { body, bodyCut: false };
  return { body: characters.slice(0, QUEUE_BODY_PREVIEW_CHARS).join(''), bodyCut: true };
}

/** `东门社区 · 幸福小区 · 3号楼2单元`, from the names the directory gives. */
export function authorPlaceLine(parts: readonly (string | null | undefined)[]): string {
  return parts.filter((part): part is string => Boolean(part && part.trim())).join(' · ') || '未填写住址';
}

/** `另提过 4 件，被驳回 1 件`, or `首次说事`. */
export function authorRecordLine(author: Pick<QueueAuthor, 'otherMatters' | 'rejectedMatters'>): string {
  if (author.otherMatters === 0) return '首次说事';
  return `另提过 ${author.otherMatters} 件，被驳回 ${author.rejectedMatters} 件`;
}
