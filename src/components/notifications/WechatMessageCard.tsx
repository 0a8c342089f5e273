import { View } from '@tarojs/components';
import { bundledTemplates } from '@domain/notifications/bundledTemplates';
import type { FieldSource } from '@domain/notifications/templates';
import {
  deliveryStateLabels,
  deliveryStateTones,
  type DeliveryState,
  type WechatMessage,
} from '@domain/notifications/views';
import { formatWhen } from '@domain/time';
import { deliveryNote } from './format';
import { Tag } from '../Tag';
import './WechatMessageCard.scss';

const sourceLabels: Record<FieldSource, string> = {
  subject: '事项',
  status: '状态',
  note: '说明',
  time: '时间',
  place: '地点',
};

/** The label WeChat shows beside a field (thing1 -> 事项), from this deployment's template. */
function fieldLabel(message: WechatMessage, key: string): string {
  const template = bundledTemplates.templates.find((t) => t.key === message.templateKey);
  const source = template?.fields[key] as FieldSource | undefined;
  return source ? sourceLabels[source] : '内容';
}

/**
 * One would-be WeChat message: the template's title and fields as WeChat shows them, and its fate,
 * in the words of who reads it (`labels`: residents read residentDeliveryLabels).
 */
export function WechatMessageCard({
  message,
  labels = deliveryStateLabels,
}: {
  message: WechatMessage;
  labels?: Record<DeliveryState, string>;
}) {
  return (
    <View id={`wechat-${message.id}`} className="mq-wechat" data-state={message.state}>
      <View className="mq-wechat__head">
        <View className="mq-wechat__title">{message.templateTitle}</View>
        <Tag tone={deliveryStateTones[message.state]} id={`wechat-${message.id}-state`}>
          {labels[message.state]}
        </Tag>
      </View>
      <View className="mq-wechat__fields">
        {message.fields.map((field) => (
          <View key={field.key} className="mq-wechat__field">
            <View className="mq-wechat__label">{fieldLabel(message, field.key)}</View>
            <View className="mq-wechat__value">{field.value}</View>
          </View>
        ))}
      </View>
      <View className="mq-wechat__note" id={`wechat-${message.id}-note`}>
        {deliveryNote(message)}
      </View>
      <View className="mq-wechat__time">通知产生于 {formatWhen(message.createdAt, Date.now())}</View>
    </View>
  );
}
