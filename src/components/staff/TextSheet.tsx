import type { ReactNode } from 'react';
import type { ApiError } from '../../api/apiError';
import type { Command } from '../../hooks/useCommand';
import { Field } from './Field';
import { Sheet } from './Sheet';
import { TextBox } from './TextBox';

/** The one text a sheet is for: its box, its words, and the command's field its complaint is about. */
export interface SheetText {
  /** The command's field path: its complaint is said under the box. */
  path: string;
  /** The box's element id (tests and scripts type into it). */
  id: string;
  label: string;
  hint?: string;
  placeholder?: string;
  /** 100 or more shows a counter under the box. */
  maxLength: number;
  value: string;
  onChange: (value: string) => void;
}

/**
 * A bottom sheet whose point is a text the other side will read (a reason, a note): any other
 * fields the step needs (`children`) above the text box with its counter, the command's refusal
 * and one submit. What is sent, and how it is checked, stays with the step.
 */
export function TextSheet({
  id,
  submitId,
  title,
  submitText,
  command,
  error,
  fieldPaths,
  text,
  onSubmit,
  onClose,
  children,
}: {
  id: string;
  submitId: string;
  title: string;
  submitText: string;
  command: Command;
  /** Said above the button when the command has nothing to say (a list the sheet needs failed to load). */
  error?: ApiError | null;
  /** The fields said at their place; the text's own path when not given. */
  fieldPaths?: readonly string[];
  text: SheetText;
  onSubmit: () => void;
  onClose: () => void;
  children?: ReactNode;
}) {
  return (
    <Sheet
      id={id}
      title={title}
      submitId={submitId}
      submitText={submitText}
      busy={command.busy}
      error={command.error ?? error ?? null}
      fieldPaths={fieldPaths ?? [text.path]}
      onSubmit={onSubmit}
      onClose={onClose}
    >
      {children}
      <Field label={text.label} hint={text.hint} error={command.fieldError(text.path)}>
        <TextBox
          id={text.id}
          multiline
          value={text.value}
          placeholder={text.placeholder}
          maxLength={text.maxLength}
          onChange={text.onChange}
        />
      </Field>
    </Sheet>
  );
}
