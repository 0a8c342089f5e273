import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { formatShanghaiDay } from '@domain/time';
import { followUpStatusLabels, followUpStatusTones, type VisitRecordView } from '@domain/visits/views';
import { InfoRow } from '../../../components/InfoRow';
import { Tag } from '../../../components/Tag';
import './FollowUpCard.scss';

export type FollowUpRecord = VisitRecordView & { residentName: string };

/** One open follow-up: whom it was promised to, what, by when (overdue in red). */
export function FollowUpCard({
  record,
  onClose,
  highlighted = false,
}: {
  record: FollowUpRecord;
  onClose: () => void;
  /** The follow-up a reminder was about (opened from 我的消息). */
  highlighted?: boolean;
}) {
  const followUp = record.followUp!;
  const classes = [
    'mq-card',
    'cd-followup',
    followUp.overdue ? 'cd-followup--overdue' : '',
    highlighted ? 'cd-followup--highlight' : '',
  ];
  return (
    <View
      className={classes.filter(Boolean).join(' ')}
      id={`followup-${record.id}`}
      data-overdue={followUp.overdue ? 'yes' : 'no'}
      data-highlight={highlighted ? 'yes' : 'no'}
    >
      <View className="cd-followup__head">
        <View className="cd-followup__name">{record.residentName}</View>
        {followUp.overdue ? (
          <Tag tone={followUpStatusTones.overdue} id={`followup-overdue-${record.id}`}>
            {followUpStatusLabels.overdue}
          </Tag>
        ) : null}
      </View>
      <View className="cd-followup__due" id={`followup-due-${record.id}`}>
        期限：{formatShanghaiDay(followUp.dueDate)}
      </View>
      <InfoRow label="要跟进">{followUp.note}</InfoRow>
      {record.solved ? <InfoRow label="解民忧">{record.solved}</InfoRow> : null}
      <View className="mq-muted">走访日：{formatShanghaiDay(record.date)}</View>
      <Button
        id={`followup-close-${record.id}`}
        className="cd-followup__button"
        type="primary"
        fill={followUp.overdue ? 'solid' : 'outline'}
        onClick={onClose}
      >
        填写跟进结果
      </Button>
    </View>
  );
}
