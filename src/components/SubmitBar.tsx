import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import './SubmitBar.scss';

/**
 * The end of a resident's form or panel: what stands in the way, said in a tinted box, and the one
 * big button that sends it (busy while it goes).
 */
export function SubmitBar({
  id,
  errorId,
  error,
  busy,
  onSubmit,
  children,
}: {
  id: string;
  errorId?: string;
  error: string | null;
  busy: boolean;
  onSubmit: () => void;
  children: string;
}) {
  return (
    <View className="mq-submit">
      {error ? (
        <View className="mq-submit__error" id={errorId} role="alert">
          {error}
        </View>
      ) : null}
      <Button id={id} className="mq-submit__button" type="primary" size="large" block loading={busy} onClick={onSubmit}>
        {children}
      </Button>
    </View>
  );
}
