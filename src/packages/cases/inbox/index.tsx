import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useRef, useState } from 'react';
import { routes } from '@domain/routes';
import { call } from '../../../api/client';
import { ChoiceList } from '../../../components/ChoiceList';
import { RoleOnly } from '../../../components/RoleOnly';
import { useCursorList } from '../../../components/useCursorList';
import { usePageParams } from '../../../hooks/usePageParams';
import { CaseFeed } from '../components/CaseFeed';
import '../components/cases.scss';

type InboxTab = 'waiting' | 'doing' | 'done';

const tabs: { id: InboxTab; label: string }[] = [
  { id: 'waiting', label: '待受理' },
  { id: 'doing', label: '办理中' },
  { id: 'done', label: '已反馈' },
];

const empties: Record<InboxTab, { title: string; detail: string }> = {
  waiting: { title: '没有待受理的案件', detail: '社区派来的案件会出现在这里，请在答复期限前受理或退单' },
  doing: { title: '没有办理中的案件', detail: '受理后的案件在这里，办好后请填写处理反馈' },
  done: { title: '还没有已反馈的案件', detail: '反馈后由网格员或居委会现场核查' },
};

/** 承办案件: the cases the caller's body holds, the most urgent first. */
export default function CaseInboxPage() {
  const read = usePageParams(routes.caseInbox);
  const first = (read.ok && read.params.tab) || 'waiting';
  return (
    <RoleOnly roles={['gridWorker', 'property', 'department', 'street']} className="cs-page">
      {() => <Inbox first={first} />}
    </RoleOnly>
  );
}

function Inbox({ first }: { first: InboxTab }) {
  const [tab, setTab] = useState<InboxTab>(first);
  const list = useCursorList(
    (cursor) => call('casework', 'inbox', { tab, limit: 20, ...(cursor ? { cursor } : {}) }),
    [tab],
  );
  // Back from a case page (accepted, fed back): the lists moved on.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void list.reload();
    shown.current = true;
  });
  return (
    <View id="case-inbox">
      <View className="cs-tabs">
        <ChoiceList idPrefix="inbox-tab" choices={tabs} selected={tab} onSelect={(id) => setTab(id as InboxTab)} />
      </View>
      <CaseFeed list={list} id="inbox-list" empty={empties[tab]} />
    </View>
  );
}
