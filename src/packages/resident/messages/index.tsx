import { Button, Toast } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useDidHide, useDidShow } from '@tarojs/taro';
import { useRef, useState } from 'react';
import { call } from '../../../api/client';
import { showUnreadCount } from '../../../api/unreadCount';
import { ChoiceList } from '../../../components/ChoiceList';
import { CursorFeed } from '../../../components/CursorFeed';
import { CreditsNote } from '../../../components/notifications/CreditsNote';
import { InboxCard } from '../../../components/notifications/InboxCard';
import { NewsSwitches } from '../../../components/notifications/NewsSwitches';
import { WechatMessageCard } from '../../../components/notifications/WechatMessageCard';
import { Screen } from '../../../components/Screen';
import { SessionGate } from '../../../components/SessionGate';
import { useCursorList } from '../../../components/useCursorList';
import { residentDeliveryLabels } from '@domain/notifications/residentNews';
import type { InboxItem } from '@domain/notifications/views';
import type { SelfView } from '@domain/users';
import './index.scss';
import { routes } from '@domain/routes';
import { usePageParams } from '../../../hooks/usePageParams';
import { useCommand } from '../../../hooks/useCommand';
import { usePagedFeed } from '../../../hooks/usePagedFeed';
import { openLink } from '../../../navigation';

const TOAST = 'messages-toast';
const PAGE_SIZE = 20;

type Tab = 'inbox' | 'wechat';

/** 我的 > 消息: everything the app told me (newest first), and what reached my WeChat. */
export default function MessagesPage() {
  return (
    <Screen className="messages-page">
      <SessionGate>{(user) => <Messages user={user} />}</SessionGate>
      <Toast id={TOAST} />
    </Screen>
  );
}

function Messages({ user }: { user: SelfView }) {
  // `?tab=wechat` opens the WeChat tab directly.
  const read = usePageParams(routes.messages);
  const [tab, setTab] = useState<Tab>((read.ok && read.params.tab) || 'inbox');
  const [unread, setUnread] = useState<number | null>(null);
  const tabs = [
    { id: 'inbox', label: unread ? `消息（${unread}）` : '消息' },
    { id: 'wechat', label: '微信通知' },
  ];
  return (
    <View>
      <View className="messages-tabs">
        <ChoiceList idPrefix="messages-tab" choices={tabs} selected={tab} onSelect={(id) => setTab(id as Tab)} />
      </View>
      {tab === 'inbox' ? <Inbox unread={unread} onUnread={setUnread} /> : <WechatMessages user={user} />}
    </View>
  );
}

/** Pull-down reloads and reaching the bottom loads more, of whichever list is showing. */
function Inbox({ unread, onUnread }: { unread: number | null; onUnread: (unread: number) => void }) {
  // Read here, before the server's list says so: marked at the tap, or up to a 全部已读.
  const [readIds, setReadIds] = useState<string[]>([]);
  const [readUpTo, setReadUpTo] = useState(0);
  const marking = useCommand({ toast: TOAST, failures: 'toast' });
  /** The page's count and the 我的 tab's badge move together. */
  const counted = (next: number) => {
    onUnread(next);
    showUnreadCount(next);
  };
  const list = useCursorList(async (cursor?: string) => {
    const page = await call('notification', 'inbox', { limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) });
    counted(page.unread);
    return page;
  }, []);
  usePagedFeed(list);

  // Back from the page a message opened: newer messages may have come in meanwhile.
  const wasHidden = useRef(false);
  useDidHide(() => {
    wasHidden.current = true;
  });
  useDidShow(() => {
    if (!wasHidden.current) return;
    wasHidden.current = false;
    void list.refresh();
  });

  const isRead = (item: InboxItem) => item.read || item.createdAt <= readUpTo || readIds.includes(item.id);

  function open(item: InboxItem) {
    if (!isRead(item)) {
      setReadIds((ids) => [...ids, item.id]);
      // Not waited for: the page opens at once. If it fails the message shows unread next time.
      void call('notification', 'markRead', { ids: [item.id] }).then(
        ({ unread: next }) => counted(next),
        () => undefined,
      );
    }
    void openLink(item.page);
  }

  async function markAll() {
    const sent = await marking.run(
      'markAllRead',
      (requestId) => call('notification', 'markAllRead', {}, { requestId }),
      {
        done: '已全部标为已读',
      },
    );
    if (!sent.ok) return;
    // Everything up to the newest message shown (server times: the phone's clock may be off).
    setReadUpTo(Math.max(0, ...list.items.map((item) => item.createdAt)));
    counted(0);
  }

  return (
    <View>
      {list.items.length > 0 ? (
        <View className="messages-bar">
          <View className="messages-bar__count" id="messages-unread">
            {unread ? `${unread}条未读` : '消息都已读过'}
          </View>
          {unread ? (
            <Button
              id="mark-all-read"
              className="messages-bar__button"
              type="primary"
              fill="outline"
              loading={marking.busy}
              onClick={() => void markAll()}
            >
              全部已读
            </Button>
          ) : null}
        </View>
      ) : null}
      <CursorFeed
        list={list}
        id="inbox-list"
        idPrefix="inbox-feed"
        empty={{ title: '还没有消息', detail: '说事有进展、预约或服务单有变化时，会在这里告诉您' }}
        renderItem={(item) => <InboxCard key={item.id} item={item} read={isRead(item)} onOpen={() => open(item)} />}
      />
    </View>
  );
}

/**
 * Residents see whether each kind of news will reach their WeChat and how to turn it on; staff,
 * who see deliveries at work, keep the credits WeChat left them.
 */
function WechatMessages({ user }: { user: SelfView }) {
  const resident = user.role === 'resident';
  const list = useCursorList(
    (cursor?: string) => call('notification', 'wechatMessages', { limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) }),
    [],
  );
  usePagedFeed(list);
  return (
    <View>
      {resident ? <NewsSwitches /> : <CreditsNote role={user.role} />}
      <CursorFeed
        list={list}
        id="wechat-list"
        idPrefix="wechat-feed"
        empty={{ title: '还没有微信通知', detail: '同意接收后，说事和预约的进展会发到您的微信' }}
        renderItem={(message) => (
          <WechatMessageCard
            key={message.id}
            message={message}
            {...(resident ? { labels: residentDeliveryLabels } : {})}
          />
        )}
      />
    </View>
  );
}
