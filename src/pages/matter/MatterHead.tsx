import { Text, View } from '@tarojs/components';
import { fullTime } from '../../components/matters/format';
import { authorLine } from '../../components/matters/MatterCard';
import { PhotoGallery } from '../../components/matters/PhotoGallery';
import { StateBadge } from '../../components/matters/StateBadge';
import { categoryLabels } from '@domain/matters/categories';
import type { MatterDetail } from '@domain/matters/views';

/** The matter as it was raised: where it stands, what it is about, who raised it and when, its photos. */
export function MatterHead({ matter }: { matter: MatterDetail }) {
  return (
    <View className="mq-card matter-head">
      <View className="matter-head__tags">
        {matter.pinned ? <Text className="matter-head__pin">置顶</Text> : null}
        <StateBadge state={matter.state} />
        <Text className="matter-head__category">{categoryLabels[matter.category]}</Text>
      </View>
      <View className="matter-head__title" id="matter-detail-title">
        {matter.title}
      </View>
      <View className="matter-head__meta" id="matter-detail-author">
        {authorLine(matter)} · {fullTime(matter.createdAt)}
      </View>
      <View className="matter-head__body" id="matter-detail-body">
        {matter.body}
      </View>
      <PhotoGallery photos={matter.photos} />
    </View>
  );
}
