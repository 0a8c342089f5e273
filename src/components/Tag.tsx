import { Text } from '@tarojs/components';
import type { Tone } from '@domain/tones';
import './Tag.scss';

/**
 * A state or a fact in a small coloured tag: 协商中, 候补第2位, 已送达微信, 置顶. The tone says what it
 * means to the reader; a state takes its tone from the map beside its domain's states
 * (stateTones, bookingStateTones, deliveryStateTones…), so it looks the same on every page.
 * `state` stays on the element as `data-state` for tests and scripts; `className` names what the
 * tag is (mq-comment__official), not how it looks.
 */
export function Tag({
  tone = 'quiet',
  id,
  state,
  className,
  children,
}: {
  tone?: Tone;
  id?: string;
  state?: string;
  className?: string;
  children: string;
}) {
  return (
    <Text id={id} className={`mq-tag mq-tag--${tone}${className ? ` ${className}` : ''}`} data-state={state}>
      {children}
    </Text>
  );
}
