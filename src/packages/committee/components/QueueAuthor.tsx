import { View } from '@tarojs/components';
import { authorPlaceLine, authorRecordLine, type QueueAuthor as QueueAuthorView } from '@domain/matters/queueAuthor';
import type { Directory } from '@domain/places';
import { Tag } from '../../../components/Tag';
import './QueueAuthor.scss';

function placeOf(author: QueueAuthorView, directory: Directory | null): string {
  const community = directory?.communities.find((c) => c.id === author.communityId)?.name;
  const compound = directory?.compounds.find((c) => c.id === author.compoundId)?.name;
  return authorPlaceLine([community, compound, author.building]);
}

/**
 * Who raised a matter, as the committee may see them (privacy registry: name and residence, and
 * whether WeChat vouched for the phone, never the number), with their record of matters.
 */
export function QueueAuthor({
  id,
  name,
  author,
  directory,
}: {
  id: string;
  name: string;
  author: QueueAuthorView;
  directory: Directory | null;
}) {
  return (
    <View className="cm-author" id={`queue-author-${id}`}>
      <View className="cm-author__line">
        <View className="cm-author__name">{name}</View>
        <Tag tone={author.phoneVerified ? 'good' : 'warn'} id={`queue-phone-${id}`}>
          {author.phoneVerified ? '手机已验证' : '手机未验证'}
        </Tag>
      </View>
      <View className="mq-muted">{placeOf(author, directory)}</View>
      <View className={`mq-muted ${author.rejectedMatters > 0 ? 'cm-author__record--rejected' : ''}`}>
        {authorRecordLine(author)}
      </View>
    </View>
  );
}
