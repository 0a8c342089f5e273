import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { call } from '../../../api/client';
import { ErrorView, LoadingView, StateView } from '../../../components/StateView';
import { formatShanghai, formatShanghaiDay } from '@domain/time';
import type { SelfView } from '@domain/users';
import type { SlotView } from '@domain/visits/views';
import { useAsync } from '../../../hooks/useAsync';
import { useCommand } from '../../../hooks/useCommand';
import { RoleOnly } from '../../../components/RoleOnly';
import '../components/cadre.scss';
import { CancelSlotSheet } from '../components/CancelSlotSheet';
import { CommunityChooser, DayChooser } from '../components/Chooser';
import { SlotCard } from '../components/SlotCard';
import { SlotSheet } from '../components/SlotSheet';
import { routes } from '@domain/routes';
import { openPage } from '../../../navigation';

export default function SlotsPage() {
  return (
    <RoleOnly roles={['cadre']} className="cadre-screen">
      {(user) => <Slots user={user} />}
    </RoleOnly>
  );
}

function Slots({ user }: { user: SelfView }) {
  const [communityId, setCommunityId] = useState<string | null>(user.communityIds[0] ?? null);
  if (!communityId) {
    return <StateView kind="empty" title="尚未指定联系的社区" detail="请联系系统管理员设置" />;
  }
  return <CommunityDays key={communityId} user={user} communityId={communityId} onCommunity={setCommunityId} />;
}

function CommunityDays({
  user,
  communityId,
  onCommunity,
}: {
  user: SelfView;
  communityId: string;
  onCommunity: (id: string) => void;
}) {
  const days = useAsync(() => call('visit', 'days', { communityId }), [communityId]);
  const [date, setDate] = useState<string | null>(null);
  const list = days.data?.days ?? [];
  const chosen = date ?? list[0]?.date ?? null;
  const day = list.find((d) => d.date === chosen);

  return (
    <View id="slots-page">
      <View className="cd-chooser">
        <CommunityChooser communityIds={user.communityIds} selected={communityId} onSelect={onCommunity} />
        {list.length > 0 && chosen ? <DayChooser days={list} selected={chosen} onSelect={setDate} /> : null}
        {day?.moved ? (
          <View className="cd-notice" id="day-moved">
            原定{formatShanghaiDay(day.originalDate)}，居委会调整到这一天：{day.reason}
          </View>
        ) : null}
      </View>
      {!days.data ? (
        days.status === 'error' ? (
          <ErrorView message={days.error.message} onRetry={() => void days.reload()} />
        ) : (
          <LoadingView />
        )
      ) : chosen && day ? (
        <DaySlots
          key={chosen}
          user={user}
          communityId={communityId}
          date={chosen}
          bookingClosesAt={day.bookingClosesAt}
          onChanged={() => void days.reload()}
        />
      ) : (
        <StateView kind="empty" title="近期没有接访日" />
      )}
    </View>
  );
}

type SheetState = { kind: 'add' } | { kind: 'edit'; slot: SlotView } | { kind: 'cancel'; slot: SlotView } | null;

function DaySlots({
  user,
  communityId,
  date,
  bookingClosesAt,
  onChanged,
}: {
  user: SelfView;
  communityId: string;
  date: string;
  bookingClosesAt: number;
  onChanged: () => void;
}) {
  const slots = useAsync(() => call('visit', 'slots', { communityId, date }), [communityId, date]);
  const [sheet, setSheet] = useState<SheetState>(null);
  const [result, setResult] = useState<{ tone: 'done' | 'error'; text: string } | null>(null);
  const copy = useCommand();

  const mine = (slots.data?.slots ?? [])
    .filter((s) => s.cadreId === user.id)
    .sort((a, b) => (a.state === b.state ? a.start.localeCompare(b.start) : a.state === 'open' ? -1 : 1));
  const others = (slots.data?.slots ?? []).filter((s) => s.cadreId !== user.id && s.state === 'open');

  function done(text: string) {
    setSheet(null);
    setResult({ tone: 'done', text });
    void slots.reload();
    onChanged();
  }

  async function copyLast() {
    setResult(null);
    const input = { communityId, date };
    const sent = await copy.run(input, (requestId) => call('visit', 'copyLastDay', input, { requestId }));
    if (sent.ok) {
      done(`已复制${formatShanghaiDay(sent.value.copiedFrom)}的 ${sent.value.slots.length} 个时段`);
    } else if (sent.error) {
      setResult({ tone: 'error', text: sent.error.message });
    }
  }

  return (
    <View>
      <View className="cd-toolbar">
        <Button
          id="slot-add"
          className="cd-toolbar__button"
          type="primary"
          onClick={() => {
            setResult(null);
            setSheet({ kind: 'add' });
          }}
        >
          新增时段
        </Button>
        <Button
          id="copy-last-day"
          className="cd-toolbar__button"
          type="primary"
          fill="outline"
          loading={copy.busy}
          onClick={() => void copyLast()}
        >
          复制上一个接访日
        </Button>
      </View>
      {result ? (
        <View
          id="slots-result"
          className={result.tone === 'done' ? 'cd-result' : 'cd-notice cd-notice--page'}
          role={result.tone === 'error' ? 'alert' : undefined}
        >
          {result.text}
        </View>
      ) : null}
      <View className="mq-section-title" id="slots-deadline">
        我在{formatShanghaiDay(date)}的时段 · 居民可预约到{formatShanghai(bookingClosesAt, 'M月D日 HH:mm')}
      </View>
      {!slots.data ? (
        slots.status === 'error' ? (
          <ErrorView message={slots.error.message} onRetry={() => void slots.reload()} />
        ) : (
          <LoadingView />
        )
      ) : mine.length === 0 ? (
        <View className="cd-empty-day mq-muted" id="slots-empty">
          这一天还没有发布时段。点「新增时段」，或「复制上一个接访日」一步发布。
        </View>
      ) : (
        <View id="my-slots">
          {mine.map((slot) => (
            <SlotCard
              key={slot.id}
              slot={slot}
              onEdit={() => {
                setResult(null);
                setSheet({ kind: 'edit', slot });
              }}
              onCancel={() => {
                setResult(null);
                setSheet({ kind: 'cancel', slot });
              }}
            />
          ))}
          <View
            className="mq-card mq-tap cd-link"
            id="open-day-sheet"
            onClick={() => void openPage(routes.daySheet, { date })}
          >
            查看这一天的接访单 ›
          </View>
        </View>
      )}
      {others.length > 0 ? (
        <View className="mq-muted cd-others" id="other-cadres">
          同一天其他民情书记：
          {others.map((s) => `${s.cadreName} ${s.start}-${s.end}`).join('；')}
        </View>
      ) : null}
      {sheet?.kind === 'add' ? (
        <SlotSheet communityId={communityId} date={date} onDone={done} onClose={() => setSheet(null)} />
      ) : null}
      {sheet?.kind === 'edit' ? (
        <SlotSheet
          communityId={communityId}
          date={date}
          slot={sheet.slot}
          onDone={done}
          onClose={() => setSheet(null)}
        />
      ) : null}
      {sheet?.kind === 'cancel' ? (
        <CancelSlotSheet
          slot={sheet.slot}
          onDone={(notified) =>
            done(notified > 0 ? `时段已取消，已通知 ${notified} 位居民` : '时段已取消，这个时段没有居民预约，无需通知')
          }
          onClose={() => setSheet(null)}
        />
      ) : null}
    </View>
  );
}
