import { Button, Toast } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { serviceCategoryLabels } from '@domain/service/categories';
import { serviceTakerLabels } from '@domain/service/menu';
import type { ServiceItemView, StationView } from '@domain/service/views';
import type { SelfView } from '@domain/users';
import { call } from '../../../api/client';
import { RoleOnly } from '../../../components/RoleOnly';
import { ErrorView, LoadingView } from '../../../components/StateView';
import { Tag } from '../../../components/Tag';
import { useAsync } from '../../../hooks/useAsync';
import { useCommand } from '../../../hooks/useCommand';
import { CommunityScope } from '../components/CommunityScope';
import { ItemSheet } from './ItemSheet';
import { StationSheet } from './StationSheet';
import { TeamSheet } from './TeamSheet';
import './index.scss';

const TOAST = 'service-setup-toast';

type Editing =
  | { kind: 'item'; item: ServiceItemView | null }
  | { kind: 'team'; team: { id: string; name: string } | null }
  | { kind: 'station'; station: StationView | null };

/** 服务设置: the community's service menu, its volunteer teams and its 红帆驿站. */
export default function CommitteeServiceSetupPage() {
  return (
    <RoleOnly roles={['committee']} className="committee-screen" footer={<Toast id={TOAST} />}>
      {(user) => <ServiceSetup user={user} />}
    </RoleOnly>
  );
}

function ServiceSetup({ user }: { user: SelfView }) {
  return (
    <CommunityScope
      user={user}
      id="committee-service-setup-page"
      intro="居民点单时看到的服务菜单、志愿服务队和红帆驿站。停用的服务居民看不到，已下的单不受影响。"
    >
      {(communityId) => <Setup key={communityId} communityId={communityId} />}
    </CommunityScope>
  );
}

/** `志愿者接单 · 24小时内响应 · 记60分钟`. */
function itemLine(item: ServiceItemView): string {
  const taker = item.takerName || serviceTakerLabels[item.takenBy];
  return `${serviceCategoryLabels[item.category]} · ${taker}接单 · ${item.responseHours}小时内响应 · 记${item.standardMinutes}分钟`;
}

function Setup({ communityId }: { communityId: string }) {
  const setup = useAsync(() => call('service', 'serviceSetup', { communityId }), [communityId]);
  const [editing, setEditing] = useState<Editing | null>(null);
  const adopt = useCommand({ toast: TOAST, failures: 'toast' });

  async function adoptStarter() {
    const input = { communityId };
    const sent = await adopt.run(input, (requestId) => call('service', 'adoptStarterMenu', input, { requestId }), {
      done: ({ items }) => `已导入${items.length}项常用服务，可逐项修改`,
    });
    if (sent.ok) void setup.reload();
  }

  function saved(message: string) {
    setEditing(null);
    Toast.show(TOAST, { content: message, icon: 'success' });
    void setup.reload();
  }

  if (!setup.data) {
    if (setup.status === 'error')
      return <ErrorView message={setup.error.message} onRetry={() => void setup.reload()} />;
    return <LoadingView />;
  }
  const { items, teams, stations } = setup.data;
  return (
    <View>
      <View className="mq-section-title">服务菜单</View>
      {items.length === 0 ? (
        <View className="mq-card" id="menu-empty">
          <View className="mq-text">本社区还没有服务菜单。</View>
          <View className="mq-muted">
            可一键导入常用的10项服务（代办证件、陪同就医、助餐送餐、家电小修等），再按本社区的情况修改。
          </View>
          <Button
            id="menu-adopt"
            className="ss-wide"
            type="primary"
            loading={adopt.busy}
            onClick={() => void adoptStarter()}
          >
            导入常用服务菜单
          </Button>
        </View>
      ) : (
        items.map((item) => (
          <View
            key={item.id}
            className="mq-card ss-row"
            id={`menu-item-${item.id}`}
            onClick={() => setEditing({ kind: 'item', item })}
          >
            <View className="ss-row__head">
              <Text className="ss-row__name">{item.name}</Text>
              {item.active ? null : <Tag tone="quiet">已停用</Tag>}
            </View>
            <View className="mq-muted">{itemLine(item)}</View>
          </View>
        ))
      )}
      <AddButton id="menu-add" onClick={() => setEditing({ kind: 'item', item: null })}>
        新增服务
      </AddButton>

      <View className="mq-section-title">志愿服务队</View>
      {teams.map((team) => (
        <View
          key={team.id}
          className="mq-card ss-row"
          id={`team-${team.id}`}
          onClick={() => setEditing({ kind: 'team', team })}
        >
          <Text className="ss-row__name">{team.name}</Text>
        </View>
      ))}
      <AddButton id="team-add" onClick={() => setEditing({ kind: 'team', team: null })}>
        新增服务队
      </AddButton>

      <View className="mq-section-title">红帆驿站</View>
      {stations.map((station) => (
        <View
          key={station.id}
          className="mq-card ss-row"
          id={`station-${station.id}`}
          onClick={() => setEditing({ kind: 'station', station })}
        >
          <Text className="ss-row__name">{station.name}</Text>
          <View className="mq-muted">{`${station.address} · ${station.openingHours}`}</View>
          <View className="mq-muted">
            {station.items.length > 0
              ? `接单：${station.items.map((i) => i.name).join('、')}`
              : '还没有在这里接单的服务'}
          </View>
        </View>
      ))}
      <AddButton id="station-add" onClick={() => setEditing({ kind: 'station', station: null })}>
        新增红帆驿站
      </AddButton>

      {editing?.kind === 'item' ? (
        <ItemSheet
          communityId={communityId}
          item={editing.item}
          takers={{ teams, stations }}
          onDone={(item) => saved(`已保存「${item.name}」`)}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {editing?.kind === 'team' ? (
        <TeamSheet
          communityId={communityId}
          team={editing.team}
          onDone={(team) => saved(`已保存「${team.name}」`)}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {editing?.kind === 'station' ? (
        <StationSheet
          communityId={communityId}
          station={editing.station}
          items={items.filter((i) => i.active)}
          onDone={(station) => saved(`已保存「${station.name}」`)}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </View>
  );
}

function AddButton({ id, onClick, children }: { id: string; onClick: () => void; children: string }) {
  return (
    <View className="ss-add">
      <Button id={id} className="ss-wide" type="primary" fill="outline" onClick={onClick}>
        {children}
      </Button>
    </View>
  );
}
