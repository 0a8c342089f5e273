import { Button, Popup } from '@nutui/nutui-react-taro';
import { ScrollView, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { ApiError } from '../../api/apiError';
import { issuesSummary } from '@domain/validation';
import './Sheet.scss';

/** What every form sheet is given besides its own data: how to say it is done (in the toast's words) and how to close. */
export type SheetProps<Data> = Data & { onDone: (message: string) => void; onClose: () => void };

/**
 * A bottom sheet holding one committee form: a title, the fields (scrolling if long), what went
 * wrong in plain Chinese, and one big submit button. A refusal is always said right above the
 * button, where the tap was: a field's complaint alone may sit out of view in the scrolled body,
 * so when every point is said at its field (`fieldPaths`) the button's line counts them instead.
 * When it is about a field that shows its own (`fieldPaths`) and `fieldId` names that field's
 * element, the body scrolls to the first such field.
 */
export function Sheet({
  id,
  title,
  submitId,
  submitText,
  busy,
  error,
  fieldPaths = [],
  fieldId,
  onSubmit,
  onClose,
  children,
}: {
  id: string;
  title: string;
  submitId: string;
  submitText: string;
  busy: boolean;
  error: ApiError | null;
  fieldPaths?: readonly string[];
  /** The id of a field's element (`Field`'s `id`), for scrolling to the first complained about. */
  fieldId?: (path: string) => string;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const saidAtField =
    error !== null && error.issues.length > 0 && error.issues.every((issue) => fieldPaths.includes(issue.path));
  const firstAtField = error?.issues.find((issue) => fieldPaths.includes(issue.path));
  const scrollTarget = firstAtField && fieldId ? fieldId(firstAtField.path) : undefined;
  return (
    <Popup visible position="bottom" round title={title} onClose={onClose} closeable>
      <View className="cm-sheet" id={id}>
        <ScrollView className="cm-sheet__body" scrollY scrollIntoView={scrollTarget} scrollWithAnimation>
          {children}
        </ScrollView>
        {error ? (
          <View className="cm-sheet__error" id={`${id}-error`} role="alert">
            {saidAtField ? issuesSummary(error.issues.length) : error.message}
          </View>
        ) : null}
        <Button
          id={submitId}
          className="cm-sheet__submit"
          type="primary"
          size="large"
          block
          loading={busy}
          onClick={onSubmit}
        >
          {submitText}
        </Button>
      </View>
    </Popup>
  );
}
