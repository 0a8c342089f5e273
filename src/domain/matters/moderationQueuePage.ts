import { z } from 'zod';
import { fixedText, freeText } from '../textFields';
import { queueAuthorSchema } from './queueAuthor';
import { commentSchema, matterSummarySchema, photoSchema } from './views';

/** One page of one moderation queue: matters or comments, with what the committee decides on. */
export const moderationQueuePageSchema = z.object({
  matters: z.array(
    matterSummarySchema.extend({
      needsReview: z.boolean(),
      flagCount: z.number().int(),
      /** The start of the body (matters/queueAuthor.ts), so nobody approves unread. */
      body: freeText(),
      bodyCut: z.boolean(),
      /** Every photo with its check status (the committee sees those still being checked). */
      photos: z.array(photoSchema),
      authorContext: queueAuthorSchema,
    }),
  ),
  comments: z.array(commentSchema.extend({ flagCount: z.number().int(), matterTitle: freeText() })),
  nextCursor: fixedText().nullable(),
});
