import { ChoiceList } from '../ChoiceList';
import { Field } from './Field';
import { TextBox } from './TextBox';

/**
 * A reason residents will read (why a slot is cancelled, a visit day moved, a matter turned down),
 * with the usual ones a tap away: choosing one fills the box, which can still be edited.
 */
export function ReasonField({
  id,
  usualId,
  usual,
  label,
  hint,
  error,
  value,
  onChange,
  maxLength,
  rows,
  placeholder = '选择上面的常用原因，或自己填写',
  usualLabel = '常用原因',
}: {
  /** The text box; `usualId` prefixes the usual reasons' choices. */
  id: string;
  usualId: string;
  usual: readonly string[];
  label: string;
  hint: string;
  error?: string;
  value: string;
  onChange: (reason: string) => void;
  maxLength: number;
  rows?: number;
  placeholder?: string;
  /** The heading of the usual ones, when they are not reasons (常用说法). */
  usualLabel?: string;
}) {
  const chosen = usual.indexOf(value.trim());
  return (
    <>
      <Field label={usualLabel}>
        <ChoiceList
          idPrefix={usualId}
          choices={usual.map((reason, index) => ({ id: String(index), label: reason }))}
          selected={chosen >= 0 ? String(chosen) : null}
          onSelect={(index) => onChange(usual[Number(index)])}
        />
      </Field>
      <Field label={label} hint={hint} error={error}>
        <TextBox
          id={id}
          multiline
          rows={rows}
          value={value}
          placeholder={placeholder}
          maxLength={maxLength}
          onChange={onChange}
        />
      </Field>
    </>
  );
}
