import { Image, Text, View } from '@tarojs/components';
import { useSyncExternalStore } from 'react';
import { routes, tabIconPath, tabItems } from '@domain/routes';
import { badgeText, onUnreadCount, shownUnread } from '../api/unreadCount';
import { openPage } from '../navigation';
import { useSession } from '../state/session';

/**
 * The unread count as the badge shows it, kept current by every count the app learns (also one
 * learnt between this bar's first render and its subscription).
 */
function useShownUnread(): number {
  return useSyncExternalStore(onUnreadCount, shownUnread);
}

/**
 * The four tabs as WeChat draws them, but larger in elder mode (labels 18 px, icons 32 px, a
 * taller bar) and with the unread count on 我的. A tap marks the tab at once and switches to it.
 */
export function TabBar({ selected, onSelect }: { selected: number; onSelect: (index: number) => void }) {
  const { elder, user } = useSession();
  const unread = useShownUnread();
  return (
    <View className={`mq-tabbar ${elder ? 'mq-tabbar--elder' : ''}`} id="tab-bar" data-elder={elder ? 'on' : 'off'}>
      {tabItems.map((tab, index) => {
        const isSelected = index === selected;
        const badge = tab.name === 'mine' && user && unread > 0 ? badgeText(unread) : null;
        return (
          <View
            key={tab.name}
            id={`tab-${tab.name}`}
            className={`mq-tabbar__item ${isSelected ? 'mq-tabbar__item--selected' : ''}`}
            ariaRole="tab"
            ariaLabel={isSelected ? `${tab.text}，已选中` : tab.text}
            onClick={() => {
              onSelect(index);
              void openPage(routes[tab.name]);
            }}
          >
            <View className="mq-tabbar__icon-box">
              <Image className="mq-tabbar__icon" src={`/${tabIconPath(tab, isSelected)}`} />
              {badge ? (
                <Text className="mq-tabbar__badge" id={`tab-${tab.name}-badge`}>
                  {badge}
                </Text>
              ) : null}
            </View>
            <Text className="mq-tabbar__label" id={`tab-${tab.name}-label`}>
              {tab.text}
            </Text>
          </View>
        );
      })}
    </View>
  );
}
