import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../components/Screen';
import { SessionGate } from '../../components/SessionGate';
import { useUnreadBadge } from '../../components/useUnreadBadge';
import { StaffHome } from '../../components/home/StaffHome';
import { ResidentOverview } from '../../components/home/ResidentOverview';
import '../../components/home/home.scss';
import { communityPath, orgName } from '@domain/places';
import { formatShanghaiDay, shanghaiDateOf } from '@domain/time';
import { upcomingVisitDays } from '@domain/visits/days';
import { roleLabels, type SelfView } from '@domain/users';
import { useSession } from '../../state/session';
import './index.scss';
import { routes } from '@domain/routes';
import { openPage } from '../../navigation';

export default function HomePage() {
  // A tab page: shows the unread count on the 我的 tab whenever it comes into view.
  useUnreadBadge();
  return (
    <Screen>
      <SessionGate>{(user) => <Home user={user} />}</SessionGate>
    </Screen>
  );
}

/** One home tab, four homes: staff land on their workbench, residents on what concerns them. */
function Home({ user }: { user: SelfView }) {
  return (
    <View>
      <Greeting user={user} />
      {user.role === 'resident' ? <ResidentHome user={user} /> : <StaffHome role={user.role} />}
    </View>
  );
}

function Greeting({ user }: { user: SelfView }) {
  const { directory } = useSession();
  // A street, department or property company is named itself: its people act for it, not for
  // the first of the communities it covers.
  const org = user.orgId && directory ? orgName(directory, user.orgId) : '';
  const place = org || (user.communityId && directory ? communityPath(directory, user.communityId) : '');
  const staff = user.role !== 'resident';
  return (
    <View className="home-hero">
      <View className="home-hero__greeting" id="home-greeting">
        {user.name ? `${user.name}，您好` : '您好'}
      </View>
      <View className="home-hero__place">
        {staff ? `${roleLabels[user.role]}${place ? ` · ${place}` : ''}` : place || roleLabels[user.role]}
      </View>
    </View>
  );
}

function ResidentHome({ user }: { user: SelfView }) {
  return (
    <View>
      {user.profileComplete ? null : <ProfileNotice />}
      <View className="home-entries">
        <View className="home-entry" onClick={() => void openPage(routes.matters)}>
          <View className="home-entry__name">居民说事</View>
          <Text className="mq-muted">身边事，大家说，居委会帮您办</Text>
        </View>
        <View className="home-entry" onClick={() => void openPage(routes.visits)}>
          <View className="home-entry__name">民意5来听</View>
          <Text className="mq-muted">每月5、15、25日，民情书记来听您说</Text>
        </View>
      </View>
      {/* Until the profile names a community there is nothing of theirs to show, nor a day to book. */}
      {user.profileComplete ? <ResidentOverview /> : <NextVisitDays />}
    </View>
  );
}

function ProfileNotice() {
  return (
    <View className="home-notice" id="profile-notice">
      <View className="mq-text">请先完善个人资料，选择您所在的社区</View>
      <Button type="primary" size="large" block onClick={() => void openPage(routes.profile)}>
        去填写
      </Button>
    </View>
  );
}

function NextVisitDays() {
  const now = Date.now();
  const today = shanghaiDateOf(now);
  return (
    <View>
      <View className="mq-section-title">近期接访日</View>
      <View className="mq-card" id="visit-days">
        {upcomingVisitDays(now, 3).map((date) => (
          <View className="home-visit-day" key={date}>
            <Text className="mq-text">{formatShanghaiDay(date)}</Text>
            <Text className="mq-muted">{date === today ? '今天' : '民情书记接访'}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
