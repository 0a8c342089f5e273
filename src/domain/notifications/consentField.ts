import { z } from 'zod';

/** The template ids a user accepted in WeChat's consent dialog (WeChat asks about 3 at most). */
export const acceptedTemplateIdsSchema = z.array(z.string().min(1).max(128)).max(3, '一次最多3个模板');

/**
 * A command the consent dialog was opened for carries what the user accepted, so the consent is
 * recorded by the same call instead of a separate `notification.subscribe` (one round trip per tap).
 * Absent when the dialog was not shown or nothing was accepted.
 */
export const consentShape = { acceptedTemplateIds: acceptedTemplateIdsSchema.optional() };
