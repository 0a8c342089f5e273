import { View } from '@tarojs/components';
import { useState } from 'react';
import { routes } from '@domain/routes';
import type { StationView } from '@domain/service/views';
import type { SelfView } from '@domain/users';
import { call } from '../../../api/client';
import { RoleOnly } from '../../../components/RoleOnly';
import { ErrorView, LoadingView } from '../../../components/StateView';
import { SubmitBar } from '../../../components/SubmitBar';
import { addDays, shanghaiToday } from '../../../components/staff/dates';
import { useAsync } from '../../../hooks/useAsync';
import { useCommand } from '../../../hooks/useCommand';
import { useFieldIssues } from '../../../hooks/useFieldIssues';
import { replacePage } from '../../../navigation';
import { CommunityScope } from '../components/CommunityScope';
import { ActivityFields } from './ActivityFields';
import { checkActivity, type ActivityDraft } from './activityForm';
import './index.scss';

/** 发布志愿活动: what, where (a 红帆驿站 or not), when in Beijing time, how many, when sign-up closes. */
export default function CommitteeActivityNewPage() {
  return (
    <RoleOnly roles={['committee']} className="committee-screen">
      {(user) => <NewActivity user={user} />}
    </RoleOnly>
  );
}

function NewActivity({ user }: { user: SelfView }) {
  return (
    <CommunityScope
      user={user}
      id="committee-activity-new-page"
      intro="发布后本社区的志愿者可以报名；满员后进入候补。活动现场用您手机上的签到码签到签退。"
    >
      {(communityId) => <Stations key={communityId} communityId={communityId} />}
    </CommunityScope>
  );
}

function Stations({ communityId }: { communityId: string }) {
  const setup = useAsync(() => call('service', 'serviceSetup', { communityId }), [communityId]);
  if (!setup.data) {
    if (setup.status === 'error')
      return <ErrorView message={setup.error.message} onRetry={() => void setup.reload()} />;
    return <LoadingView />;
  }
  return <ActivityForm communityId={communityId} stations={setup.data.stations} />;
}

const emptyDraft = (): ActivityDraft => ({
  title: '',
  description: '',
  place: '',
  stationId: null,
  date: addDays(shanghaiToday(), 3),
  start: '09:00',
  end: '11:00',
  headcount: '10',
  deadline: 'day',
});

function ActivityForm({ communityId, stations }: { communityId: string; stations: StationView[] }) {
  const [draft, setDraft] = useState(emptyDraft);
  const fields = useFieldIssues('activity-field');
  const { busy, error, run } = useCommand();

  function change(next: Partial<ActivityDraft>) {
    const changed = { ...draft, ...next };
    setDraft(changed);
    const checked = checkActivity(changed, Date.now());
    fields.recheck(checked.ok ? [] : checked.issues);
  }

  async function submit() {
    const checked = checkActivity(draft, Date.now());
    if (!checked.ok) return fields.showAll(checked.issues);
    fields.showAll([]);
    const input = { communityId, ...checked.input };
    const sent = await run(input, (requestId) => call('service', 'publishActivity', input, { requestId }));
    // The organiser's page next: the code to show on the day, and the roster as volunteers sign up.
    if (sent.ok) void replacePage(routes.committeeActivity, { id: sent.value.activity.id });
  }

  const messageFor = (path: string) => fields.messageFor(path) ?? error?.fieldMessage(path);
  return (
    <View className="mq-card an-form" id="activity-form">
      <ActivityFields draft={draft} stations={stations} messageFor={messageFor} onChange={change} />
      <SubmitBar
        id="activity-publish-submit"
        errorId="activity-form-error"
        error={fields.issues.length > 0 ? `还有${fields.issues.length}处需要修改` : (error?.message ?? null)}
        busy={busy}
        onSubmit={() => void submit()}
      >
        发布活动
      </SubmitBar>
    </View>
  );
}
