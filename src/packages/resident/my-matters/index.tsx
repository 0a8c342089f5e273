import { Toast } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';

import { useState } from 'react';
import { call } from '../../../api/client';
import { ChoiceList } from '../../../components/ChoiceList';
import { MatterFeed } from '../../../components/matters/MatterFeed';
import { useMatterChanged } from '../../../components/matters/matterEvents';
import { useCursorList } from '../../../components/useCursorList';
import { Screen } from '../../../components/Screen';
import { SessionGate } from '../../../components/SessionGate';
import type { SelfView } from '@domain/users';
import './index.scss';
import { routes } from '@domain/routes';
import { openPage } from '../../../navigation';
import { usePagedFeed } from '../../../hooks/usePagedFeed';

type Relation = 'raised' | 'supported' | 'following';

const relationChoices: { id: Relation; label: string }[] = [
  { id: 'raised', label: '我提出的' },
  { id: 'supported', label: '我附议的' },
  { id: 'following', label: '我关注的' },
];

/** The matters a person raised, supported or follows: where they come back to see how things went. */
export default function MyMattersPage() {
  return (
    <Screen className="my-matters-page">
      <SessionGate>{(user) => <MyMatters user={user} />}</SessionGate>
      <Toast id="my-matters-toast" />
    </Screen>
  );
}

function MyMatters({ user }: { user: SelfView }) {
  const isResident = user.role === 'resident';
  const choices = isResident ? relationChoices : relationChoices.filter((c) => c.id === 'following');
  const [relation, setRelation] = useState<Relation>(isResident ? 'raised' : 'following');
  const list = useCursorList(
    (cursor) => call('matter', 'mine', { relation, limit: 20, ...(cursor ? { cursor } : {}) }),
    [relation],
  );
  usePagedFeed(list);
  useMatterChanged(() => void list.reload());

  const toNew = () => void openPage(routes.newMatter);
  const toBoard = () => void openPage(routes.matters);
  const empty = {
    raised: {
      title: '您还没有提出过说事',
      detail: '身边有什么事，都可以说一说',
      actionText: '我要说事',
      onAction: toNew,
    },
    supported: {
      title: '您还没有附议过说事',
      detail: '看到和您想法一样的说事，点「附议」支持',
      actionText: '去看看',
      onAction: toBoard,
    },
    following: {
      title: '您还没有关注的说事',
      detail: '关注后，说事有进展会通知您',
      actionText: '去看看',
      onAction: toBoard,
    },
  }[relation];

  return (
    <View>
      {choices.length > 1 ? (
        <View className="my-matters-tabs">
          <ChoiceList
            idPrefix="relation"
            choices={choices}
            selected={relation}
            onSelect={(id) => setRelation(id as Relation)}
          />
        </View>
      ) : null}
      <MatterFeed list={list} empty={empty} id="my-matter-list" />
    </View>
  );
}
