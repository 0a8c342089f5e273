import { Button, Popup } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { hoursText, ledgerKindLabels } from '@domain/service/hours';
import type { LedgerEntryView, VolunteerView } from '@domain/service/views';
import { formatWhen } from '@domain/time';
import { call } from '../../../api/client';
import { ErrorView, LoadingView, StateView } from '../../../components/StateView';
import { useAsync } from '../../../hooks/useAsync';
import { starsLine } from './VolunteerCard';
import './HoursSheet.scss';

/** How many of the latest entries the sheet shows: the committee checks recent work here. */
const LATEST = 50;

/** `+2小时` / `-1.5小时`: an entry of the ledger, corrections included. */
function entryHours(minutes: number): string {
  return `${minutes < 0 ? '-' : '+'}${hoursText(Math.abs(minutes))}小时`;
}

/** A volunteer's hours: total, stars and what is left to the next, and the latest entries of the ledger. */
export function HoursSheet({
  volunteer,
  version,
  onHonour,
  onClose,
}: {
  volunteer: VolunteerView;
  /** Changes when honour hours were added, so the ledger loads again. */
  version: number;
  onHonour: () => void;
  onClose: () => void;
}) {
  const hours = useAsync(
    () => call('service', 'hours', { volunteerUserId: volunteer.userId, limit: LATEST }),
    [volunteer.userId, version],
  );
  return (
    <Popup visible position="bottom" round title={`${volunteer.name}的志愿时长`} onClose={onClose} closeable>
      <View className="vl-hours" id="hours-sheet">
        {hours.status === 'error' && !hours.data ? (
          <ErrorView message={hours.error.message} onRetry={() => void hours.reload()} />
        ) : !hours.data ? (
          <LoadingView />
        ) : (
          <>
            <View className="vl-hours__total" id="hours-total">
              {starsLine({ stars: hours.data.stars, totalMinutes: hours.data.totalMinutes })}
            </View>
            <View className="mq-muted" id="hours-next">
              {hours.data.hoursToNextStar === null
                ? '已是最高的五星'
                : `再服务${hours.data.hoursToNextStar}小时升到${hours.data.stars + 1}星`}
            </View>
            <Button id="hours-honour" className="vl-hours__honour" type="primary" fill="outline" onClick={onHonour}>
              补录荣誉时长
            </Button>
            {hours.data.entries.items.length === 0 ? (
              <StateView kind="empty" title="还没有时长记录" detail="完成点单、参加活动后会记在这里" />
            ) : (
              hours.data.entries.items.map((entry) => <Entry key={entry.id} entry={entry} />)
            )}
          </>
        )}
      </View>
    </Popup>
  );
}

function Entry({ entry }: { entry: LedgerEntryView }) {
  return (
    <View className="vl-entry" id={`hours-entry-${entry.id}`}>
      <View className="vl-entry__head">
        <Text className="mq-text">{ledgerKindLabels[entry.kind]}</Text>
        <Text className={`vl-entry__hours${entry.minutes < 0 ? ' vl-entry__hours--minus' : ''}`}>
          {entryHours(entry.minutes)}
        </Text>
      </View>
      {entry.note ? <View className="mq-text">{entry.note}</View> : null}
      {entry.evidence ? <View className="mq-muted">凭证：{entry.evidence}</View> : null}
      <View className="mq-muted">{formatWhen(entry.at, Date.now())}</View>
    </View>
  );
}
