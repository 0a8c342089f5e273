import { View } from '@tarojs/components';
import { caseStateLabels, isClockRunning } from '@domain/casework/states';
import { caseStateTones, type CaseDetail } from '@domain/casework/views';
import { formatShanghai, formatWhen } from '@domain/time';
import { CardTitle } from '../../../components/CardTitle';
import { InfoRow } from '../../../components/InfoRow';
import { PhotoGallery } from '../../../components/matters/PhotoGallery';
import { Tag } from '../../../components/Tag';
import { dueLine, holderText, overdueText, slaText, timeLeftText } from '../components/caseText';

const decisionLabels = { pending: '待街道审批', approved: '街道已同意', refused: '街道未同意' } as const;

/** The matter the case is about, who holds it and the clock: what every reader of the case sees. */
export function CaseFacts({ detail, now }: { detail: CaseDetail; now: number }) {
  const { summary, matter } = detail;
  const running = isClockRunning(summary.state);
  return (
    <View className="mq-card" id="case-facts">
      <View className="cs-head">
        <View className="cs-head__title">{matter.title}</View>
        <Tag id="case-state" state={summary.state} tone={caseStateTones[summary.state]}>
          {caseStateLabels[summary.state]}
        </Tag>
      </View>
      <View className="mq-text cs-description">{matter.description}</View>
      <PhotoGallery photos={matter.photos} />
      <InfoRow label="地点">{matter.placeLine}</InfoRow>
      <InfoRow label="承办单位" id="case-holder">
        {holderText(summary.holder)}
      </InfoRow>
      <InfoRow label="办理时限">{slaText(summary.slaClass)}</InfoRow>
      <InfoRow label="答复期限" id="case-due">
        <View className={summary.overdue ? 'cs-red' : undefined} data-overdue={summary.overdue ? 'true' : 'false'}>
          {dueLine(summary.dueAt)}
          {running ? `（${summary.overdue ? overdueText(summary.dueAt, now) : timeLeftText(summary.dueAt, now)}）` : ''}
        </View>
      </InfoRow>
      {/* Only to whom the server still offers 退单: the window is its to judge (working hours). */}
      {detail.returnDeadline !== null && detail.actions.includes('return') ? (
        <InfoRow label="可退单至" id="case-return-deadline">
          {`${formatShanghai(detail.returnDeadline, 'M月D日HH:mm')}（派错了请在此前退单）`}
        </InfoRow>
      ) : null}
      {detail.override ? (
        <InfoRow label="居委会改选" id="case-override">
          {`路由表原定 ${detail.override.routedTo}；原因：${detail.override.reason}`}
        </InfoRow>
      ) : null}
      <InfoRow label="退单原因" id="case-return-reason">
        {detail.returnReason}
      </InfoRow>
      {detail.extension ? (
        <InfoRow label="延期申请" id="case-extension">
          {`${detail.extension.hours}小时：${detail.extension.reason}（${decisionLabels[detail.extension.decision]}）`}
        </InfoRow>
      ) : null}
      {detail.longTerm ? (
        <InfoRow label="挂账计划" id="case-long-term">
          {`${detail.longTerm.plan}（${formatShanghai(detail.longTerm.reviewAt, 'M月D日')}复查）`}
        </InfoRow>
      ) : null}
      <InfoRow label="撤回原因" id="case-withdraw-reason">
        {detail.withdrawReason}
      </InfoRow>
    </View>
  );
}

/** What the holder answered and what the check found. */
export function CaseOutcome({ detail, now }: { detail: CaseDetail; now: number }) {
  const { feedback, verification } = detail;
  if (!feedback && !verification) return null;
  return (
    <View className="mq-card" id="case-outcome">
      {feedback ? (
        <View id="case-outcome-feedback">
          <CardTitle>处理反馈</CardTitle>
          <View className="mq-text">{feedback.text}</View>
          {/* Staff photos skip the media check (read by staff only): shown without a badge. */}
          <PhotoGallery photos={feedback.photos.map((photo) => ({ ...photo, status: 'passed' as const }))} />
          <View className="mq-muted">{formatWhen(feedback.at, now)}</View>
        </View>
      ) : null}
      {verification ? (
        <View id="case-outcome-verification">
          <CardTitle>{verification.outcome === 'passed' ? '核查通过' : '核查退回'}</CardTitle>
          {verification.note ? <View className="mq-text">{verification.note}</View> : null}
          <View className="mq-muted">{formatWhen(verification.at, now)}</View>
        </View>
      ) : null}
    </View>
  );
}

/** Every hand-off in plain words, oldest first, with its time. */
export function CaseEvents({ detail, now }: { detail: CaseDetail; now: number }) {
  if (detail.events.length === 0) return null;
  return (
    <View className="mq-card" id="case-events">
      {detail.events.map((event, index) => (
        <View key={`${event.at}-${index}`} className="cs-event" id={`case-event-${index}`}>
          <View className="cs-event__time">{formatWhen(event.at, now)}</View>
          <View className="mq-text">{event.text}</View>
        </View>
      ))}
    </View>
  );
}
