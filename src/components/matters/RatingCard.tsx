import { Text, View } from '@tarojs/components';
import type { MatterDetail } from '@domain/matters/views';
import { CardTitle } from '../CardTitle';

/** The author's rating of the resolution, for everyone to see. */
export function RatingCard({ rating }: { rating: NonNullable<MatterDetail['rating']> }) {
  return (
    <View className="mq-card" id="matter-rating">
      <CardTitle>提出人的评价</CardTitle>
      <View className="matter-rating__stars">
        {'★'.repeat(rating.score)}
        <Text className="matter-rating__empty">{'★'.repeat(5 - rating.score)}</Text>
        <Text className="mq-muted"> {rating.score}分</Text>
      </View>
      {rating.comment ? <View className="mq-text">{rating.comment}</View> : null}
    </View>
  );
}
