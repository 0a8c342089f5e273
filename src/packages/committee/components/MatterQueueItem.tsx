import { View } from '@tarojs/components';
import type { ActionOf, OutputOf } from '@domain/contract';
import type { Directory } from '@domain/places';
import { formatWhen } from '@domain/time';
import { QueueAuthor } from './QueueAuthor';
import { QueuePreview } from './QueuePreview';
import { QueueRow } from './QueueRow';
import { MatterTags } from '../../../components/matters/MatterTags';
import { Tag } from '../../../components/Tag';

/** A matter as the queue answers it: its summary, the start of its body, photos and author context. */
export type QueueMatter = OutputOf<ActionOf<'matter', 'moderationQueue'>>['matters'][number];

/** A matter waiting for review or reported by residents; tapping it opens the control panel. */
export function MatterQueueItem({
  matter,
  selected,
  onToggle,
  onOpen,
  directory,
}: {
  matter: QueueMatter;
  selected: boolean;
  onToggle: () => void;
  onOpen: () => void;
  directory: Directory | null;
}) {
  return (
    <QueueRow id={matter.id} label={matter.title} selected={selected} onToggle={onToggle} onOpen={onOpen}>
      <View className="cm-row__title">{matter.title}</View>
      <View className="cm-row__badges">
        <MatterTags matter={matter} forCommittee>
          {matter.needsReview ? (
            <Tag tone="alert" id={`needs-review-${matter.id}`}>
              内容安全提示需人工复核
            </Tag>
          ) : null}
          {matter.flagCount > 0 ? (
            <Tag tone="warn" id={`flag-count-${matter.id}`}>{`被举报 ${matter.flagCount} 次`}</Tag>
          ) : null}
        </MatterTags>
      </View>
      <QueuePreview id={matter.id} body={matter.body} bodyCut={matter.bodyCut} photos={matter.photos} />
      <QueueAuthor id={matter.id} name={matter.author.name} author={matter.authorContext} directory={directory} />
      <View className="mq-muted">
        {matter.author.name}
        {matter.raisedBy ? ` · ${matter.raisedBy.line}` : ''} · {formatWhen(matter.createdAt, Date.now())} · 附议{' '}
        {matter.supportCount}
      </View>
      <View className="cm-row__link">查看详情并办理 ›</View>
    </QueueRow>
  );
}
