import { Image, Text, View } from '@tarojs/components';
import type { MatterSummary } from '@domain/matters/views';
import { formatWhen } from '@domain/time';
import { MatterTags } from './MatterTags';
import './MatterCard.scss';
import { routes } from '@domain/routes';
import { openPage } from '../../navigation';

/**
 * Who raised it, as this viewer may see it; the committee and the author also see that it is
 * anonymous to others. A matter raised for a resident says so: 民情书记刘建国代居民提出 (from a
 * visit) or 由陈秀英代办 (红色代办).
 */
export function authorLine(matter: Pick<MatterSummary, 'author' | 'anonymous' | 'raisedBy'>): string {
  const author =
    matter.anonymous && matter.author.id ? `${matter.author.name}（对居民匿名）` : matter.author.name || '居民';
  return matter.raisedBy ? `${author} · ${matter.raisedBy.line}` : author;
}

/** One matter in a list: what it is about, where it stands, how many back it, and a photo if there is one. */
export function MatterCard({ matter }: { matter: MatterSummary }) {
  return (
    <View
      id={`matter-card-${matter.id}`}
      className="mq-matter-card"
      onClick={() => void openPage(routes.matter, { id: matter.id })}
    >
      <View className="mq-matter-card__main">
        <MatterTags matter={matter} />
        <View className="mq-matter-card__title">{matter.title}</View>
        <View className="mq-matter-card__meta">
          {authorLine(matter)} · {formatWhen(matter.createdAt, Date.now())}
        </View>
        <View className="mq-matter-card__counts">
          <Text className="mq-matter-card__count" id={`matter-card-${matter.id}-supports`}>
            附议 {matter.supportCount}
          </Text>
          <Text className="mq-matter-card__count" id={`matter-card-${matter.id}-comments`}>
            评论 {matter.commentCount}
          </Text>
        </View>
      </View>
      {matter.coverUrl ? (
        <Image className="mq-matter-card__cover" src={matter.coverUrl} mode="aspectFill" lazyLoad />
      ) : null}
    </View>
  );
}
