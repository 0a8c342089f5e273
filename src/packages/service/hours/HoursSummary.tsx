import { View } from '@tarojs/components';
import { hoursText, STAR_HOURS } from '@domain/service/hours';
import './HoursSummary.scss';

export interface HoursTotals {
  totalMinutes: number;
  stars: number;
  hoursToNextStar: number | null;
}

/** `★★☆☆☆`: five places, the earned ones filled. */
export function starRow(stars: number): string {
  return `${'★'.repeat(stars)}${'☆'.repeat(STAR_HOURS.length - stars)}`;
}

/** What a volunteer has given: total hours, stars, and how far the next star is. */
export function HoursSummary({ totals }: { totals: HoursTotals }) {
  const { totalMinutes, stars, hoursToNextStar } = totals;
  return (
    <View className="mq-card sv-hours" id="hours-summary">
      <View className="mq-muted">累计志愿时长</View>
      <View className="sv-hours__total" id="hours-total">
        {hoursText(totalMinutes)}
        <View className="sv-hours__unit">小时</View>
      </View>
      <View className="sv-hours__stars" id="hours-stars" aria-label={`${stars}星`}>
        {starRow(stars)}
        <View className="sv-hours__star-words">{stars ? `${stars}星志愿者` : '还没有星级'}</View>
      </View>
      <View className="mq-text" id="hours-next">
        {hoursToNextStar === null ? '已是五星志愿者，谢谢您！' : `再服务${hoursToNextStar}小时可升到${stars + 1}星`}
      </View>
    </View>
  );
}
