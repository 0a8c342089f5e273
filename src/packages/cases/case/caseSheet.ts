import type { SheetText } from '../../../components/staff/TextSheet';

/** One sheet of the case page is open at a time; its page and weapp tests find it by these ids. */
export const caseSheetIds = { id: 'case-sheet', submitId: 'case-sheet-submit' } as const;

/** The reason a case step asks for, as caseReasonSchema checks it (4 to 300 characters). */
export function reasonText(
  value: string,
  onChange: (value: string) => void,
  words: { label?: string; hint?: string } = {},
): SheetText {
  return {
    path: 'reason',
    id: 'case-reason',
    label: words.label ?? '原因（必填）',
    hint: words.hint,
    placeholder: '至少4个字',
    maxLength: 300,
    value,
    onChange,
  };
}
