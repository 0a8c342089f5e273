import { Cell, Toast } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useCommand } from '../../hooks/useCommand';
import { call } from '../../api/client';
import { devLogout } from '../../api/devLogin';
import { badgeText } from '../../api/unreadCount';
import { ChoiceList } from '../../components/ChoiceList';
import { Screen } from '../../components/Screen';
import { SessionGate } from '../../components/SessionGate';
import { useUnreadBadge } from '../../components/useUnreadBadge';
import { elderModeLabels } from '@domain/elderMode';
import { communityNames, communityPath } from '@domain/places';
import { upcomingVisitDays } from '@domain/visits/days';
import { elderModes, isStaffRole, roleLabels, type ElderMode, type SelfView } from '@domain/users';
import { useSession } from '../../state/session';
import { MineCell } from './MineCell';
import './index.scss';
import { routes } from '@domain/routes';
import { openPage, restartAt } from '../../navigation';

export default function MinePage() {
  const unread = useUnreadBadge();
  return (
    <Screen>
      <SessionGate>{(user) => <Mine user={user} unread={unread} />}</SessionGate>
      <Toast id="mine-toast" />
    </Screen>
  );
}

function Mine({ user, unread }: { user: SelfView; unread: number | null }) {
  const { directory } = useSession();
  const place = user.communityId && directory ? communityPath(directory, user.communityId) : '尚未选择社区';
  return (
    <View>
      <View className="mine-header">
        <View className="mine-avatar">{(user.name || '民').slice(0, 1)}</View>
        <View>
          <View className="mine-name" id="mine-name">
            {user.name || '未填写姓名'}
          </View>
          <Text className="mine-role">{roleLabels[user.role]}</Text>
          <View className="mq-muted">{place}</View>
          {isStaffRole(user.role) && directory ? (
            <View className="mq-muted" id="mine-communities">
              负责社区：{communityNames(directory, user.communityIds) || '尚未指定'}
            </View>
          ) : null}
        </View>
      </View>
      <View className="mq-section-title">消息</View>
      <Cell.Group>
        <MineCell
          title={<View id="mine-messages">我的消息</View>}
          description="说事进展、预约结果、微信通知"
          extra={<MessagesCount unread={unread} />}
          onClick={() => void openPage(routes.messages)}
        />
      </Cell.Group>
      <ElderModeChooser />
      <View className="mq-section-title">居民说事</View>
      <Cell.Group>
        <MineCell
          title={<View id="mine-matters">我的说事</View>}
          description={user.role === 'resident' ? '我提出的、附议的、关注的' : '我关注的说事'}
          extra="查看"
          onClick={() => void openPage(routes.myMatters)}
        />
      </Cell.Group>
      {user.role === 'cadre' ? <CadreCells /> : null}
      {user.role === 'resident' ? (
        <View>
          <View className="mq-section-title">民意5来听</View>
          <Cell.Group>
            <MineCell
              title={<View id="mine-visits">我的约见</View>}
              description="预约的接访、民情日记和跟进"
              extra="查看"
              onClick={() => void openPage(routes.myVisits)}
            />
          </Cell.Group>
          <View className="mq-section-title">群众点单</View>
          <Cell.Group>
            <MineCell
              title={<View id="mine-service">社区服务</View>}
              description="请志愿者帮忙、我点的单、双报到"
              extra="查看"
              onClick={() => void openPage(routes.serviceCatalogue)}
            />
          </Cell.Group>
        </View>
      ) : null}
      <View className="mq-section-title">设置</View>
      <Cell.Group>
        <MineCell
          title="个人资料"
          description={user.profileComplete ? '姓名、社区、楼栋、电话' : '还没填写完整'}
          extra="去修改"
          onClick={() => void openPage(routes.profile)}
        />
        <MineCell
          title={<View id="mine-account">账号与隐私</View>}
          description={user.role === 'resident' ? '隐私保护指引、导出我的数据、注销账号' : '隐私保护指引、导出我的数据'}
          extra="查看"
          onClick={() => void openPage(routes.account)}
        />
        {user.role === 'admin' ? (
          <MineCell
            title="用户与角色"
            description="指定民情书记、居委会成员"
            extra="管理"
            onClick={() => void openPage(routes.adminUsers)}
          />
        ) : null}
        {user.role === 'committee' ? (
          <MineCell
            title="说事审核与办理"
            description="审核、协商、办结本社区的说事"
            extra="进入"
            onClick={() => void openPage(routes.moderation)}
          />
        ) : null}
        {user.role === 'committee' ? (
          <MineCell
            title={<View id="mine-deliveries">微信通知发送情况</View>}
            description="重试后仍没发到居民微信的通知"
            extra="查看"
            onClick={() => void openPage(routes.deliveries)}
          />
        ) : null}
        {user.role === 'committee' ? (
          <MineCell
            title={<View id="mine-visit-days">调整接访日</View>}
            description="遇节假日调整本社区的5日、15日、25日接访"
            extra="进入"
            onClick={() => void openPage(routes.moveVisitDays)}
          />
        ) : null}
        {process.env.TARO_ENV === 'h5' ? <SwitchIdentityCell /> : null}
      </Cell.Group>
    </View>
  );
}

/** `3条未读` in red, or 查看 once everything is read. */
function MessagesCount({ unread }: { unread: number | null }) {
  if (!unread) return <Text id="mine-messages-count">查看</Text>;
  return (
    <Text id="mine-messages-count" className="mine-unread">
      {badgeText(unread)}条未读
    </Text>
  );
}

/** 民意5来听 for 民情书记: publish slots, the day's sheet (today, or the next visit day), follow-ups. */
function CadreCells() {
  const sheetDate = upcomingVisitDays(Date.now(), 1)[0];
  return (
    <View>
      <View className="mq-section-title">民意5来听</View>
      <Cell.Group>
        <MineCell
          title={<View id="mine-cadre-slots">发布接访时段</View>}
          description="每月5日、15日、25日下沉接访"
          extra="发布"
          onClick={() => void openPage(routes.cadreSlots)}
        />
        <MineCell
          title={<View id="mine-cadre-sheet">今日接访单</View>}
          description="预约的居民、到场、民情日记"
          extra="查看"
          onClick={() => void openPage(routes.daySheet, { date: sheetDate })}
        />
        <MineCell
          title={<View id="mine-cadre-followups">待跟进事项</View>}
          description="答应居民的事，按期限排列"
          extra="查看"
          onClick={() => void openPage(routes.followUps)}
        />
      </Cell.Group>
    </View>
  );
}

function ElderModeChooser() {
  const { elderPreference, setUser } = useSession();
  const saving = useCommand({ toast: 'mine-toast', failures: 'toast' });

  async function choose(mode: ElderMode) {
    if (mode === elderPreference) return;
    const input = { elderMode: mode };
    const sent = await saving.run(input, (requestId) => call('account', 'setPreferences', input, { requestId }), {
      done: `长辈模式：${elderModeLabels[mode]}`,
    });
    if (sent.ok) setUser(sent.value.user);
  }

  return (
    <View>
      <View className="mq-section-title">长辈模式（字更大、按钮更大）</View>
      <View className="mine-elder-options" id="elder-mode">
        <ChoiceList
          idPrefix="elder-mode"
          choices={elderModes.map((mode) => ({ id: mode, label: elderModeLabels[mode] }))}
          selected={elderPreference}
          onSelect={(mode) => void choose(mode as ElderMode)}
        />
      </View>
    </View>
  );
}

function SwitchIdentityCell() {
  return (
    <MineCell
      title="切换演示身份"
      description="本地演示环境"
      extra="退出"
      onClick={() => {
        void devLogout().finally(() => void restartAt(routes.devLogin));
      }}
    />
  );
}
