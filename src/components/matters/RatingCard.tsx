import { Text, View } from '@tarojs/components';
import type { MatterDetail } from '@domain/matters/views';

/** The author's rating of the resolution, for everyone to see. */
export function RatingCard({ rating }: { rating: NonNullable<MatterDetail['rating']> }) {
  return (
    <View className="mq-card" id="matter-rating">
      <View className="mq-card-title">提出人的评价</View>
      <View className="matter-rating__stars">
        {'★'.repeat(rating.score)}
        <Text className="matter-rating__empty">{'★'.repeat(5 - rating.score)}</Text>
        <Text className="mq-muted"> {rating.score}分</Text>
      </View>
      {rating.comment ? <View className="mq-text">{rating.comment}</View> : null}
    </View>
  );
}
