import { Text, View } from '@tarojs/components';
import { stateLabels, stateTones } from '@domain/matters/states';
import { routes } from '@domain/routes';
import { formatShanghaiDay, formatWhen, shanghaiDateOf } from '@domain/time';
import { homeLoaders, type ResidentOverview as Overview } from '../../api/home';
import { openPage } from '../../navigation';
import { ErrorView, LoadingView } from '../StateView';
import { Tag } from '../Tag';
import { bookingStateText, timeWindow } from '../visits/format';
import { bookingStateTones } from '@domain/visits/views';
import { useHomeData } from './useHomeData';

/**
 * What a resident's home knows about them: their next visit (tap: that day, to cancel or move
 * it), where the matters they raised stand (tap: the matter), and the next visit days (tap: the
 * day, to book).
 */
export function ResidentOverview() {
  const loaded = useHomeData(homeLoaders.resident);
  if (loaded.data) return <Sections overview={loaded.data} />;
  if (loaded.status === 'error') return <ErrorView message={loaded.error.message} onRetry={loaded.reload} />;
  return <LoadingView />;
}

function Sections({ overview }: { overview: Overview }) {
  return (
    <View id="resident-overview">
      {overview.nextBooking ? (
        <View>
          <View className="mq-section-title">我的下一次约见</View>
          <NextBooking booking={overview.nextBooking} />
        </View>
      ) : null}
      <MyMatters matters={overview.matters} />
      <View className="mq-card" id="home-service" onClick={() => void openPage(routes.serviceCatalogue)}>
        <View className="mq-home-row">
          <Text className="mq-text">需要人帮忙？跑腿、陪诊、小修小补，点此找社区志愿者 ›</Text>
        </View>
      </View>
      <VisitDays days={overview.visitDays} bookedDate={overview.nextBooking?.date ?? null} />
    </View>
  );
}

/** My next visit: when, where, with whom, and where it stands; a tap opens its day (cancel, move). */
function NextBooking({ booking }: { booking: NonNullable<Overview['nextBooking']> }) {
  return (
    <View className="mq-card" id="next-booking" onClick={() => void openPage(routes.visitDay, { date: booking.date })}>
      <View className="mq-home-row mq-home-row--split">
        <View className="mq-home-row__main">
          <Text className="mq-text">{`${formatShanghaiDay(booking.date)} ${timeWindow(booking)}`}</Text>
          <Text className="mq-muted">{[booking.cadreName, booking.place].filter(Boolean).join(' · ')}</Text>
        </View>
        <Tag tone={bookingStateTones[booking.state]} state={booking.state}>
          {bookingStateText(booking)}
        </Tag>
      </View>
    </View>
  );
}

function MyMatters({ matters }: { matters: Overview['matters'] }) {
  const now = Date.now();
  return (
    <View>
      <View className="mq-section-title">我的说事进展</View>
      <View className="mq-card" id="my-matters">
        {matters.length === 0 ? (
          <View className="mq-home-row" onClick={() => void openPage(routes.newMatter)}>
            <Text className="mq-muted">您还没有提过说事，点此说一件身边事</Text>
          </View>
        ) : (
          matters.map((m) => (
            <View
              key={m.id}
              id={`my-matter-${m.id}`}
              className="mq-home-row mq-home-row--split"
              onClick={() => void openPage(routes.matter, { id: m.id })}
            >
              <View className="mq-home-row__main">
                <Text className="mq-text mq-home-row__title">{m.title}</Text>
                <Text className="mq-muted">{`${formatWhen(m.updatedAt, now)} 更新`}</Text>
              </View>
              <Tag tone={stateTones[m.state]} state={m.state}>
                {stateLabels[m.state]}
              </Tag>
            </View>
          ))
        )}
      </View>
    </View>
  );
}

function VisitDays({ days, bookedDate }: { days: Overview['visitDays']; bookedDate: string | null }) {
  const today = shanghaiDateOf(Date.now());
  const note = (day: Overview['visitDays'][number]) =>
    day.date === bookedDate ? '已预约' : day.date === today ? '今天' : day.moved ? `已调整：${day.reason}` : '去预约';
  return (
    <View>
      <View className="mq-section-title">近期接访日</View>
      <View className="mq-card" id="visit-days">
        {days.map((day) => (
          <View
            className="home-visit-day"
            id={`visit-day-${day.date}`}
            key={day.date}
            onClick={() => void openPage(routes.visitDay, { date: day.date })}
          >
            <Text className="mq-text">{formatShanghaiDay(day.date)}</Text>
            <Text className="mq-muted">{`${note(day)} ›`}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
