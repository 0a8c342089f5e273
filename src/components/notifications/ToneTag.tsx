import { Text } from '@tarojs/components';
import type { Tone } from '@domain/tones';
import './ToneTag.scss';

/** A status word in a coloured tag: 预约成功, 已送达微信, 发送失败… */
export function ToneTag({ tone, id, children }: { tone: Tone; id?: string; children: string }) {
  return (
    <Text id={id} className={`mq-tone mq-tone--${tone}`}>
      {children}
    </Text>
  );
}
