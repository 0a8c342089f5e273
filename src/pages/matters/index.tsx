import { Button, Input, Toast } from '@nutui/nutui-react-taro';
import { ScrollView, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { call } from '../../api/client';
import { ChoiceList } from '../../components/ChoiceList';
import { MatterFeed } from '../../components/matters/MatterFeed';
import { useMatterChanged } from '../../components/matters/matterEvents';
import { useCursorList } from '../../components/useCursorList';
import { Screen } from '../../components/Screen';
import { CommunityGate } from '../../components/CommunityGate';
import { SessionGate } from '../../components/SessionGate';
import { useUnreadBadge } from '../../components/useUnreadBadge';
import type { listSorts, listTabs } from '@domain/contract/matter';
import { categoryLabels, matterCategories, type MatterCategory } from '@domain/matters/categories';
import type { SelfView } from '@domain/users';
import { useSession } from '../../state/session';
import './index.scss';
import { routes } from '@domain/routes';
import { openPage } from '../../navigation';
import { usePagedFeed } from '../../hooks/usePagedFeed';

type Tab = (typeof listTabs)[number];
type Sort = (typeof listSorts)[number];

const tabChoices: { id: Tab; label: string }[] = [
  { id: 'active', label: '进行中' },
  { id: 'resolved', label: '已解决' },
  { id: 'ended', label: '其他结局' },
  { id: 'all', label: '全部' },
];

const sortChoices: { id: Sort; label: string }[] = [
  { id: 'newest', label: '最新' },
  { id: 'supported', label: '附议最多' },
  { id: 'active', label: '最近动态' },
];

const categoryChoices = [
  { id: 'all', label: '全部' },
  ...matterCategories.map((c) => ({ id: c, label: categoryLabels[c] })),
];

/** 居民说事: the community's matters, filtered and sorted, and the way to raise a new one. */
export default function MattersPage() {
  // A tab page: shows the unread count on the 我的 tab whenever it comes into view.
  useUnreadBadge();
  return (
    <Screen className="matters-page">
      <SessionGate>
        {(user) => (
          <CommunityGate
            user={user}
            adminNote={{ title: '说事由各社区居委会管理', detail: '管理员可在「我的」里为居委会指定成员' }}
            profileNote="选好您所在的社区，就能看到邻居们说的事，也能自己说事"
          >
            <MattersBoard user={user} />
          </CommunityGate>
        )}
      </SessionGate>
      <Toast id="matters-toast" />
    </Screen>
  );
}

function MattersBoard({ user }: { user: SelfView }) {
  const { directory } = useSession();
  const isResident = user.role === 'resident';
  const [tab, setTab] = useState<Tab>('active');
  const [category, setCategory] = useState<MatterCategory | 'all'>('all');
  const [sort, setSort] = useState<Sort>('newest');
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const [communityId, setCommunityId] = useState<string | undefined>(isResident ? undefined : user.communityIds[0]);

  const list = useCursorList(
    (cursor) =>
      call('matter', 'list', {
        tab,
        sort,
        limit: 20,
        ...(category === 'all' ? {} : { category }),
        ...(q ? { q } : {}),
        ...(communityId ? { communityId } : {}),
        ...(cursor ? { cursor } : {}),
      }),
    [tab, category, sort, q, communityId],
  );

  usePagedFeed(list);
  useMatterChanged(() => void list.reload());

  const search = () => setQ(typed.trim());
  // Three orders, rarely changed: a chip showing the current one opens the choice.
  const chooseSort = () =>
    Taro.showActionSheet({ itemList: sortChoices.map((c) => c.label) }).then(
      ({ tapIndex }) => sortChoices[tapIndex] && setSort(sortChoices[tapIndex].id),
      () => undefined,
    );
  const communities = (directory?.communities ?? []).filter((c) => user.communityIds.includes(c.id));

  return (
    <View>
      <View className={`matters-hero ${isResident ? '' : 'matters-hero--staff'}`}>
        {isResident ? (
          <>
            <View className="matters-hero__text">身边事，说出来，居委会帮您办</View>
            <Button
              id="raise-entry"
              className="matters-hero__raise"
              type="primary"
              size="large"
              block
              onClick={() => void openPage(routes.newMatter)}
            >
              我要说事
            </Button>
          </>
        ) : (
          <View className="matters-hero__text">本社区居民说的事</View>
        )}
        {user.role === 'committee' ? (
          <View
            id="moderation-link"
            className="matters-hero__link mq-tap"
            onClick={() => void openPage(routes.moderation)}
          >
            待审核与举报处理 ›
          </View>
        ) : null}
      </View>

      {!isResident && communities.length > 1 ? (
        <View className="matters-filter">
          <ChoiceList
            idPrefix="list-community"
            choices={communities.map((c) => ({ id: c.id, label: c.name }))}
            selected={communityId ?? null}
            onSelect={setCommunityId}
          />
        </View>
      ) : null}

      <View className="matters-search">
        <Input
          id="matter-search"
          className="matters-search__input"
          value={typed}
          placeholder="搜索标题，如：停车"
          maxLength={40}
          confirmType="search"
          onChange={setTyped}
          onConfirm={search}
        />
        <Button
          id="matter-search-submit"
          className="matters-search__button"
          type="primary"
          fill="outline"
          onClick={search}
        >
          搜索
        </Button>
      </View>
      {q ? (
        <View className="matters-searching mq-tap" id="matter-search-clear">
          <View className="mq-muted">标题含“{q}”的说事</View>
          <View
            className="matters-searching__clear"
            onClick={() => {
              setTyped('');
              setQ('');
            }}
          >
            清除
          </View>
        </View>
      ) : null}

      <View className="matters-filter matters-tabs">
        <ChoiceList idPrefix="list-tab" choices={tabChoices} selected={tab} onSelect={(id) => setTab(id as Tab)} />
      </View>
      <View className="matters-row">
        <View id="list-sort" className="matters-sort mq-choice" onClick={() => void chooseSort()}>
          {sortChoices.find((c) => c.id === sort)?.label} ▾
        </View>
        <ScrollView scrollX className="matters-categories" enhanced showScrollbar={false}>
          <ChoiceList
            idPrefix="list-category"
            choices={categoryChoices}
            selected={category}
            onSelect={(id) => setCategory(id as MatterCategory | 'all')}
          />
        </ScrollView>
      </View>

      <MatterFeed
        list={list}
        empty={
          q
            ? { title: `没有标题含“${q}”的说事`, detail: '换个词试试' }
            : tab !== 'active' || category !== 'all'
              ? { title: '没有符合条件的说事', detail: '换个状态或类别看看' }
              : isResident
                ? { title: '这里还没有说事', detail: '有什么想说的，点上面的「我要说事」' }
                : { title: '这里还没有说事' }
        }
      />
    </View>
  );
}
