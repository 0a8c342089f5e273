import { Text, View } from '@tarojs/components';
import { kindTones } from '@domain/notifications/kinds';
import type { InboxItem } from '@domain/notifications/views';
import { formatWhen } from '@domain/time';
import { Tag } from '../Tag';
import './InboxCard.scss';

/**
 * One entry of 我的 > 消息: unread ones carry a red bar, a dot and the word 未读 (colour alone is
 * easy to miss), then the status, title, sentence and time. The whole card is the tap target.
 */
export function InboxCard({ item, read, onOpen }: { item: InboxItem; read: boolean; onOpen: () => void }) {
  return (
    <View
      id={`inbox-${item.id}`}
      className={`mq-inbox ${read ? '' : 'mq-inbox--unread'}`}
      data-read={read ? 'yes' : 'no'}
      onClick={onOpen}
    >
      <View className="mq-inbox__head">
        {read ? null : (
          <Text className="mq-inbox__unread" id={`inbox-${item.id}-unread`}>
            未读
          </Text>
        )}
        <Tag tone={kindTones[item.kind]} id={`inbox-${item.id}-status`}>
          {item.status}
        </Tag>
        <Text className="mq-inbox__time">{formatWhen(item.createdAt, Date.now())}</Text>
      </View>
      <View className="mq-inbox__title">{item.title}</View>
      <View className="mq-inbox__text">{item.text}</View>
      <View className="mq-inbox__more">查看详情 ›</View>
    </View>
  );
}
