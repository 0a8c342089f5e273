import { View } from '@tarojs/components';
import { authorLine } from '../../../components/matters/MatterCard';
import { FoldedText } from '../../../components/matters/FoldedText';
import { MatterTags } from '../../../components/matters/MatterTags';
import { PhotoGallery } from '../../../components/matters/PhotoGallery';
import type { MatterDetail } from '@domain/matters/views';
import { formatWhen } from '@domain/time';

/** The matter as it was raised: where it stands, what it is about, who raised it and when, its photos. */
export function MatterHead({ matter }: { matter: MatterDetail }) {
  return (
    <View className="mq-card matter-head">
      <MatterTags matter={matter} onOwnPage />
      <View className="matter-head__title" id="matter-detail-title">
        {matter.title}
      </View>
      <View className="matter-head__meta" id="matter-detail-author">
        {authorLine(matter)} · {formatWhen(matter.createdAt, Date.now())}
      </View>
      {matter.raisedBy?.consent ? (
        <View className="matter-head__meta" id="matter-detail-consent">
          居民如何同意：{matter.raisedBy.consent}
        </View>
      ) : null}
      <FoldedText id="matter-detail-body" className="matter-head__body" text={matter.body} kind="body" />
      <PhotoGallery photos={matter.photos} />
    </View>
  );
}
