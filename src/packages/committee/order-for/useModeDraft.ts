import { useState } from 'react';
import type { FieldIssue } from '@domain/errors';
import type { OnBehalfModeProps } from './modeProps';
import { checkWithWho, type WhoInput } from './whoForm';

type Checked<T> = { ok: true; input: T } | { ok: false; issues: FieldIssue[] };

/**
 * A kind of 代办's own draft, checked together with the page's who-part: `update` keeps the
 * complaints shown in step with what is typed (a fixed field loses its complaint at once), and
 * `checkedInput` is what to send, or null once every complaint is shown (the first scrolled to).
 */
export function useModeDraft<Draft, Input>(
  { who, fields }: Pick<OnBehalfModeProps, 'who' | 'fields'>,
  empty: () => Draft,
  checkOwn: (draft: Draft) => Checked<Input>,
) {
  const [draft, setDraft] = useState<Draft>(empty);
  const check = (next: Draft) => checkWithWho(who, checkOwn(next));

  function update(next: Partial<Draft>) {
    const changed = { ...draft, ...next };
    setDraft(changed);
    const checked = check(changed);
    fields.recheck(checked.ok ? [] : checked.issues);
  }

  function checkedInput(): (Input & WhoInput) | null {
    const checked = check(draft);
    if (!checked.ok) {
      fields.showAll(checked.issues);
      return null;
    }
    fields.showAll([]);
    return checked.input;
  }

  return { draft, update, checkedInput };
}
