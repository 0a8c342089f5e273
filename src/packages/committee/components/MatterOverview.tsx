import { Image, View } from '@tarojs/components';
import type { MatterDetail } from '@domain/matters/views';
import { formatWhen } from '@domain/time';
import { MatterTags } from '../../../components/matters/MatterTags';
import './MatterOverview.scss';
import { routes } from '@domain/routes';
import { replacePage } from '../../../navigation';

/** The matter as the committee sees it: who raised it (even if anonymous to others), what, and how many care. */
export function MatterOverview({ matter }: { matter: MatterDetail }) {
  return (
    <View className="mq-card" id="matter-overview">
      <View className="mq-title" id="matter-title">
        {matter.title}
      </View>
      <View className="cm-overview__tags">
        <MatterTags matter={matter} forCommittee onOwnPage />
      </View>
      <View className="mq-muted">
        {matter.author.name}
        {matter.raisedBy ? `（${matter.raisedBy.line}）` : ''} 提出于 {formatWhen(matter.createdAt, Date.now())}
      </View>
      {matter.raisedBy?.consent ? (
        <View className="mq-muted" id="matter-consent">
          居民如何同意：{matter.raisedBy.consent}
        </View>
      ) : null}
      {matter.building ? (
        <View className="mq-muted" id="matter-building">
          楼栋门牌：{matter.building}（仅居委会可见）
        </View>
      ) : null}
      <View className="cm-overview__stats" id="matter-stats">
        <View className="cm-overview__stat">
          <View className="cm-overview__number">{matter.supportCount}</View>
          <View className="mq-muted">附议</View>
        </View>
        <View className="cm-overview__stat">
          <View className="cm-overview__number">{matter.followerCount}</View>
          <View className="mq-muted">关注</View>
        </View>
        <View className="cm-overview__stat">
          <View className="cm-overview__number">{matter.commentCount}</View>
          <View className="mq-muted">评论</View>
        </View>
      </View>
      <View className="cm-overview__body" id="matter-body">
        {matter.body}
      </View>
      {matter.photos.length > 0 ? (
        <View className="cm-overview__photos">
          {matter.photos.map((photo) => (
            <View key={photo.fileId} className="cm-overview__photo">
              <Image src={photo.url} mode="aspectFill" className="cm-overview__image" />
              {photo.status !== 'passed' ? (
                <View className="cm-overview__photo-status">
                  {photo.status === 'checking' ? '图片审核中' : '图片未通过审核'}
                </View>
              ) : null}
            </View>
          ))}
        </View>
      ) : null}
      {matter.rejectionReason ? (
        <View className="cm-overview__note" id="rejection-reason">
          驳回原因：{matter.rejectionReason}
        </View>
      ) : null}
      {matter.mergedIntoId ? (
        <View
          className="cm-overview__link"
          id="merged-into-link"
          onClick={() => void replacePage(routes.manageMatter, { id: matter.mergedIntoId! })}
        >
          已合并到另一件说事，点此查看 ›
        </View>
      ) : null}
    </View>
  );
}
