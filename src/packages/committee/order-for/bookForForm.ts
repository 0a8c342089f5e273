import type { FieldIssue } from '@domain/errors';
import {
  bookForFieldsSchema,
  HOME_ADDRESS_REQUIRED,
  homeAddressMissing,
  type BookForFields,
} from '@domain/visits/bookingInput';
import type { SlotView } from '@domain/visits/views';
import { toFieldIssues } from '@domain/validation';

/** 预约接访's own fields: the day, the slot on it, what the resident wants to say, where and whom to call. */
export interface BookForDraft {
  date: string | null;
  slot: SlotView | null;
  topic: string;
  address: string;
  phone: string;
}

export const emptyBookFor = (): BookForDraft => ({ date: null, slot: null, topic: '', address: '', phone: '' });

const fieldOrder = ['date', 'slotId', 'topic', 'address', 'phone'];

/**
 * The booking's fields from the form, or every complaint: the contract's own check, then the
 * home address a home visit needs (the server's rule). An address typed for another mode is not sent.
 */
export function checkBookForFields(
  draft: BookForDraft,
): { ok: true; input: BookForFields } | { ok: false; issues: FieldIssue[] } {
  const { slot } = draft;
  const address = slot?.mode === 'home' ? draft.address : '';
  const parsed = bookForFieldsSchema.safeParse({
    slotId: slot?.id,
    date: slot?.date,
    topic: draft.topic,
    address,
    phone: draft.phone,
  });
  const issues = (parsed.success ? [] : toFieldIssues(parsed.error)).map(withChoiceMessage);
  if (!draft.date) issues.unshift({ path: 'date', message: '请选择接访日' });
  if (slot && !issues.some((i) => i.path === 'address') && homeAddressMissing(slot.mode, address)) {
    issues.push({ path: 'address', message: HOME_ADDRESS_REQUIRED });
  }
  if (issues.length > 0 || !parsed.success) {
    const sorted = issues.filter((issue) => !(issue.path === 'slotId' && !draft.date));
    return { ok: false, issues: sorted.sort((a, b) => fieldOrder.indexOf(a.path) - fieldOrder.indexOf(b.path)) };
  }
  return { ok: true, input: parsed.data };
}

/** The slot's id message names an id; the person chose a time. */
function withChoiceMessage(issue: FieldIssue): FieldIssue {
  return issue.path === 'slotId' ? { path: 'slotId', message: '请选择一个时段' } : issue;
}
