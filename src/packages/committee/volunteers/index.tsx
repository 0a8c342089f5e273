import { Button, Toast } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { routes } from '@domain/routes';
import type { VolunteerView } from '@domain/service/views';
import type { SelfView } from '@domain/users';
import { call } from '../../../api/client';
import { CursorFeed } from '../../../components/CursorFeed';
import { RoleOnly } from '../../../components/RoleOnly';
import { ErrorView } from '../../../components/StateView';
import { useCursorList } from '../../../components/useCursorList';
import { useAsync } from '../../../hooks/useAsync';
import { usePagedFeed } from '../../../hooks/usePagedFeed';
import { openPage } from '../../../navigation';
import { CommunityScope } from '../components/CommunityScope';
import { ApproveSheet } from './ApproveSheet';
import { HonourSheet } from './HonourSheet';
import { HoursSheet } from './HoursSheet';
import { ReturnSheet } from './ReturnSheet';
import { VolunteerCard } from './VolunteerCard';
import './index.scss';

const TOAST = 'volunteers-toast';

/** What the committee is doing with one volunteer: reviewing their report, or looking at their hours. */
interface Opened {
  kind: 'approve' | 'return' | 'hours' | 'honour';
  volunteer: VolunteerView;
}

/** 志愿者: reports waiting for review first (通过 / 退回), then the roster with hours and stars. */
export default function CommitteeVolunteersPage() {
  return (
    <RoleOnly roles={['committee']} className="committee-screen" footer={<Toast id={TOAST} />}>
      {(user) => <Volunteers user={user} />}
    </RoleOnly>
  );
}

function Volunteers({ user }: { user: SelfView }) {
  return (
    <CommunityScope
      user={user}
      id="committee-volunteers-page"
      intro="居民在「我的」里报到为党员志愿者或志愿者。审核通过后可以接单、报名活动，时长和星级记在这里。"
    >
      {(communityId) => <Community key={communityId} communityId={communityId} />}
    </CommunityScope>
  );
}

function Community({ communityId }: { communityId: string }) {
  const pending = useAsync(
    () => call('service', 'volunteers', { communityId, state: 'pending', limit: 50 }),
    [communityId],
  );
  const roster = useCursorList(
    (cursor?: string) =>
      call('service', 'volunteers', { communityId, state: 'approved', limit: 20, ...(cursor ? { cursor } : {}) }),
    [communityId],
  );
  usePagedFeed(roster);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [hoursVersion, setHoursVersion] = useState(0);
  const now = Date.now();

  function reviewed(message: string) {
    setOpened(null);
    Toast.show(TOAST, { content: message, icon: 'success' });
    void pending.reload();
    void roster.reload();
  }

  return (
    <View>
      <View className="vl-activities">
        <Button
          id="volunteers-activities"
          className="vl-activities__button"
          type="primary"
          fill="outline"
          onClick={() => void openPage(routes.serviceActivities)}
        >
          志愿活动：发布、签到码和报名名单
        </Button>
      </View>
      <View className="mq-section-title" id="pending-title">
        待审核的报到{pending.data ? `（${pending.data.items.length}）` : ''}
      </View>
      {pending.status === 'error' && !pending.data ? (
        <ErrorView message={pending.error.message} onRetry={() => void pending.reload()} />
      ) : pending.data && pending.data.items.length === 0 ? (
        <View className="mq-card mq-muted" id="pending-none">
          没有待审核的报到
        </View>
      ) : (
        pending.data?.items.map((volunteer) => (
          <VolunteerCard key={volunteer.id} volunteer={volunteer} now={now}>
            <View className="vl-review">
              <Button
                id={`approve-${volunteer.userId}`}
                className="vl-review__button"
                type="primary"
                onClick={() => setOpened({ kind: 'approve', volunteer })}
              >
                通过
              </Button>
              <Button
                id={`return-${volunteer.userId}`}
                className="vl-review__button"
                type="primary"
                fill="outline"
                onClick={() => setOpened({ kind: 'return', volunteer })}
              >
                退回
              </Button>
            </View>
          </VolunteerCard>
        ))
      )}
      <View className="mq-section-title">志愿者名册</View>
      <CursorFeed
        list={roster}
        id="roster"
        idPrefix="roster-feed"
        empty={{ title: '还没有审核通过的志愿者', detail: '审核通过的报到会出现在这里' }}
        renderItem={(volunteer) => (
          <VolunteerCard
            key={volunteer.id}
            volunteer={volunteer}
            now={now}
            onOpen={() => setOpened({ kind: 'hours', volunteer })}
          />
        )}
      />
      {opened?.kind === 'approve' ? (
        <ApproveSheet
          volunteer={opened.volunteer}
          communityId={communityId}
          onDone={(v) => reviewed(`已通过${v.name}的报到，已通知本人`)}
          onClose={() => setOpened(null)}
        />
      ) : null}
      {opened?.kind === 'return' ? (
        <ReturnSheet
          volunteer={opened.volunteer}
          onDone={(v) => reviewed(`已退回${v.name}的报到`)}
          onClose={() => setOpened(null)}
        />
      ) : null}
      {opened?.kind === 'hours' ? (
        <HoursSheet
          volunteer={opened.volunteer}
          version={hoursVersion}
          onHonour={() => setOpened({ kind: 'honour', volunteer: opened.volunteer })}
          onClose={() => setOpened(null)}
        />
      ) : null}
      {opened?.kind === 'honour' ? (
        <HonourSheet
          volunteer={opened.volunteer}
          onDone={() => {
            Toast.show(TOAST, { content: '已补录，记入时长明细和审计记录', icon: 'success' });
            setHoursVersion((n) => n + 1);
            setOpened({ kind: 'hours', volunteer: opened.volunteer });
            void roster.reload();
          }}
          onClose={() => setOpened({ kind: 'hours', volunteer: opened.volunteer })}
        />
      ) : null}
    </View>
  );
}
