import { Image, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { followUpStatus, followUpStatusLabels, followUpStatusTones, type VisitRecordView } from '@domain/visits/views';
import { InfoRow } from '../InfoRow';
import { Tag } from '../Tag';
import { monthDay } from './format';
import './VisitRecordPanel.scss';
import { routes } from '@domain/routes';
import { openPage } from '../../navigation';

const parts = [
  { key: 'seen', label: '察民情' },
  { key: 'heard', label: '听民意' },
  { key: 'solved', label: '解民忧' },
  { key: 'suggested', label: '汇民智' },
] as const;

/**
 * 民情日记 as the resident reads it: what the cadre saw, heard, solved and suggested, the photos, the
 * follow-up (due date, 待跟进 or its outcome) and the 说事 matter opened from the visit.
 */
export function VisitRecordPanel({ record }: { record: VisitRecordView }) {
  const urls = record.photos.map((p) => p.url);
  const followUp = record.followUp;
  return (
    <View className="mq-visit-record" id={`visit-record-${record.id}`} onClick={(e) => e.stopPropagation()}>
      <View className="mq-visit-record__title">民情日记 · {record.cadreName}</View>
      {parts.map((part) => (
        <InfoRow key={part.key} label={part.label}>
          {record[part.key]}
        </InfoRow>
      ))}
      {record.photos.length ? (
        <View className="mq-visit-record__photos">
          {record.photos.map((photo, index) => (
            <Image
              key={photo.fileId}
              id={`visit-record-${record.id}-photo-${index}`}
              className="mq-visit-record__photo"
              src={photo.url}
              mode="aspectFill"
              lazyLoad
              onClick={() => void Taro.previewImage({ current: photo.url, urls })}
            />
          ))}
        </View>
      ) : null}
      {followUp ? (
        <View className="mq-visit-record__follow" id={`visit-followup-${record.id}`}>
          <View className="mq-visit-record__follow-head">
            <View className="mq-visit-record__follow-title">跟进事项</View>
            <Tag tone={followUpStatusTones[followUpStatus(followUp)]} id={`visit-followup-${record.id}-state`}>
              {followUpStatusLabels[followUpStatus(followUp)]}
            </Tag>
          </View>
          <InfoRow label="事项">{followUp.note}</InfoRow>
          <InfoRow label="期限">{followUp.dueDate ? `${monthDay(followUp.dueDate)}前` : ''}</InfoRow>
          {followUp.state === 'closed' ? (
            <InfoRow label="跟进结果" id={`visit-followup-${record.id}-outcome`}>
              {followUp.outcome}
            </InfoRow>
          ) : null}
        </View>
      ) : null}
      {record.matterId ? (
        <View
          className="mq-visit-record__matter mq-tap"
          id={`visit-matter-${record.matterId}`}
          onClick={() => void openPage(routes.matter, { id: record.matterId! })}
        >
          已转为说事，查看办理进度 ›
        </View>
      ) : null}
    </View>
  );
}
