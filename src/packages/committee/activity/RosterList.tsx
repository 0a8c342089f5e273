import { View } from '@tarojs/components';
import type { RosterLineView } from '@domain/service/activityViews';
import { hoursText } from '@domain/service/hours';
import { formatShanghai } from '@domain/time';
import { CardTitle } from '../../../components/CardTitle';
import { Tag } from '../../../components/Tag';

const clock = (ms: number | null) => (ms === null ? '—' : formatShanghai(ms, 'HH:mm'));

function stateTag(line: RosterLineView): { text: string; tone: 'good' | 'warn' | 'quiet' } {
  if (line.state === 'waitlisted') return { text: `候补第${line.waitlistPosition ?? 1}位`, tone: 'warn' };
  if (line.state === 'withdrawn') return { text: '已取消报名', tone: 'quiet' };
  return { text: '已报名', tone: 'good' };
}

/** `计入1.5小时`, `未满60%，不计时长`, or nothing before signing out. */
function creditLine(line: RosterLineView): string {
  if (line.creditedMinutes === null) return '';
  return line.creditedMinutes > 0 ? `计入${hoursText(line.creditedMinutes)}小时` : '未满60%，不计时长';
}

/** Who signed up, in the order they did, the waitlist after them; each one's sign-in, sign-out and hours. */
export function RosterList({ lines }: { lines: RosterLineView[] }) {
  const enrolled = lines.filter((line) => line.state === 'enrolled');
  const signedIn = enrolled.filter((line) => line.signedInAt !== null).length;
  return (
    <View className="mq-card" id="activity-roster">
      <CardTitle>报名名单</CardTitle>
      <View className="mq-muted" id="activity-roster-summary">
        已报名{enrolled.length}人，已签到{signedIn}人
      </View>
      {lines.length === 0 ? (
        <View className="mq-text ao-roster__empty" id="activity-roster-empty">
          还没有人报名
        </View>
      ) : (
        lines.map((line, index) => {
          const tag = stateTag(line);
          const id = `roster-${line.userId}`;
          return (
            <View key={line.userId} className="ao-roster__line" id={id}>
              <View className="ao-roster__head">
                <View className="mq-text">
                  {index + 1}. {line.name}
                </View>
                <Tag id={`${id}-state`} state={line.state} tone={tag.tone}>
                  {tag.text}
                </Tag>
              </View>
              {line.state === 'enrolled' ? (
                <View className="mq-muted" id={`${id}-attendance`}>
                  签到 {clock(line.signedInAt)} · 签退 {clock(line.signedOutAt)}
                  {creditLine(line) ? ` · ${creditLine(line)}` : ''}
                </View>
              ) : null}
            </View>
          );
        })
      )}
    </View>
  );
}
