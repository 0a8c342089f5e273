import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import './StateView.scss';

interface StateViewProps {
  kind: 'loading' | 'error' | 'empty';
  title: string;
  detail?: string;
  actionText?: string;
  onAction?: () => void;
}

const icons = { loading: '…', error: '!', empty: '○' } as const;

/** The loading, error and empty screens: always a plain sentence, and a way forward where there is one. */
export function StateView({ kind, title, detail, actionText, onAction }: StateViewProps) {
  return (
    <View className="mq-state" id={`state-${kind}`} role={kind === 'error' ? 'alert' : undefined}>
      <View className="mq-state__icon">{icons[kind]}</View>
      <Text className="mq-state__title">{title}</Text>
      {detail ? <Text className="mq-state__detail">{detail}</Text> : null}
      {actionText && onAction ? (
        <Button className="mq-state__action" type="primary" fill="outline" onClick={onAction}>
          {actionText}
        </Button>
      ) : null}
    </View>
  );
}

export function LoadingView({ title = '正在加载…' }: { title?: string }) {
  return <StateView kind="loading" title={title} />;
}

export function ErrorView({ message, onRetry }: { message: string; onRetry: () => void }) {
  return <StateView kind="error" title="加载失败" detail={message} actionText="重试" onAction={onRetry} />;
}
