import { Button, Popup } from '@nutui/nutui-react-taro';
import { ScrollView, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { ApiError } from '../../api/apiError';
import './Sheet.scss';

/** What every form sheet is given besides its own data: how to say it is done (in the toast's words) and how to close. */
export type SheetProps<Data> = Data & { onDone: (message: string) => void; onClose: () => void };

/**
 * A bottom sheet holding one committee form: a title, the fields (scrolling if long), what went
 * wrong in plain Chinese, and one big submit button. A refusal is said above the button unless
 * every point of it is already said next to its field (`fieldPaths`: the fields that show theirs).
 */
export function Sheet({
  id,
  title,
  submitId,
  submitText,
  busy,
  error,
  fieldPaths = [],
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
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const saidAtField =
    error !== null && error.issues.length > 0 && error.issues.every((issue) => fieldPaths.includes(issue.path));
  return (
    <Popup visible position="bottom" round title={title} onClose={onClose} closeable>
      <View className="cm-sheet" id={id}>
        <ScrollView className="cm-sheet__body" scrollY>
          {children}
        </ScrollView>
        {error && !saidAtField ? (
          <View className="cm-sheet__error" id={`${id}-error`} role="alert">
            {error.message}
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
