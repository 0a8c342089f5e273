import { z } from 'zod';
import { shanghaiDateSchema } from '../dateSchema';
import type { FieldIssue } from '../errors';
import { idSchema } from '../ids';
import { charCount } from '../text';
import { toFieldIssues } from '../validation';
import { lazySchema } from '../lazySchema';
import { phoneSchema } from '../users';
import { addressSchema, topicSchema, visitPhoneSchema } from './text';
import type { VisitMode } from './views';

/** What a resident sends to book a slot: the `visit.book` input, and what the booking form checks. */
export const bookInputSchema = z.strictObject({
  slotId: idSchema,
  /**
   * The slot's date as the page shows it: lets the server read the slot together with the rest
   * of its day (one query) for the day's page it answers with. Optional: a client that leaves it
   * out, or whose day has since moved, costs one read more and nothing else.
   */
  date: shanghaiDateSchema.optional(),
  topic: topicSchema,
  /** Needed for a home visit: whether it is depends on the slot (homeAddressMissing). */
  address: addressSchema.default(''),
  phone: visitPhoneSchema,
});
export type BookInput = z.output<typeof bookInputSchema>;

/**
 * What staff send to book for a resident at the door (红色代办, `visit.bookFor`) besides whom it is
 * for: the same booking, the phone optional (an elder may have none; the family's will do).
 */
export const bookForFieldsSchema = lazySchema(() =>
  bookInputSchema.omit({ phone: true }).extend({
    // The grouping people type (139 0537 1234) is dropped, as in a resident's own booking.
    phone: z
      .string()
      .default('')
      .transform((v) => v.replace(/[\s-]/g, ''))
      .pipe(phoneSchema),
  }),
);
export type BookForFields = z.output<typeof bookForFieldsSchema>;

export const HOME_ADDRESS_REQUIRED = '入户走访请填写地址';

/** A home visit goes to the resident: it needs an address the cadre can walk to (2 characters at least). */
export function homeAddressMissing(mode: VisitMode, address: string): boolean {
  return mode === 'home' && charCount(address.trim()) < 2;
}

const fieldOrder = ['topic', 'address', 'phone'];

/**
 * The booking form's check, the server's rules exactly: the contract's schema, then the home
 * address for a home visit. An address typed for another mode is not sent.
 */
export function checkBooking(
  slot: { id: string; mode: VisitMode; date: string },
  draft: { topic: string; address: string; phone: string },
): { ok: true; input: BookInput } | { ok: false; issues: FieldIssue[] } {
  const address = slot.mode === 'home' ? draft.address : '';
  const parsed = bookInputSchema.safeParse({
    slotId: slot.id,
    date: slot.date,
    topic: draft.topic,
    address,
    phone: draft.phone,
  });
  const issues = parsed.success ? [] : toFieldIssues(parsed.error);
  if (!issues.some((issue) => issue.path === 'address') && homeAddressMissing(slot.mode, address)) {
    issues.push({ path: 'address', message: HOME_ADDRESS_REQUIRED });
  }
  if (issues.length > 0 || !parsed.success) {
    return { ok: false, issues: issues.sort((a, b) => fieldOrder.indexOf(a.path) - fieldOrder.indexOf(b.path)) };
  }
  return { ok: true, input: parsed.data };
}
