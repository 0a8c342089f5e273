import { Text } from '@tarojs/components';
import './Badge.scss';

/** A small plain label beside a state: 置顶, 对居民匿名, 官方回复… */
export function Tag({
  children,
  tone = 'plain',
  id,
}: {
  children: string;
  tone?: 'plain' | 'warn' | 'alert';
  id?: string;
}) {
  return (
    <Text id={id} className={`cm-badge cm-badge--${tone}`}>
      {children}
    </Text>
  );
}
