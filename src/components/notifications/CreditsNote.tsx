import { View } from '@tarojs/components';
import { call } from '../../api/client';
import { consentMoments, type ConsentMoment, type TemplateKey } from '@domain/notifications/templates';
import type { Role } from '@domain/users';
import { useAsync } from '../../hooks/useAsync';
import './CreditsNote.scss';

/** Where each role is asked for consent; its templates are the ones worth listing. */
const momentsOf: Record<Role, ConsentMoment[]> = {
  resident: ['matter', 'booking'],
  cadre: ['staff'],
  committee: ['staff'],
  admin: [],
  // 街呼区应's roles are not asked for WeChat consent yet: they have no notices of their own.
  gridWorker: [],
  street: [],
  department: [],
  property: [],
};

function keysFor(role: Role): Set<TemplateKey> {
  return new Set(momentsOf[role].flatMap((moment) => [...consentMoments[moment]]));
}

/**
 * Why a notice may not have reached WeChat: WeChat lets us send one message per 允许. Lists how
 * many the user may still receive of each kind they can be asked about.
 */
export function CreditsNote({ role }: { role: Role }) {
  const credits = useAsync(() => call('notification', 'credits', {}), []);
  const keys = keysFor(role);
  const shown = (credits.data?.credits ?? []).filter((c) => keys.has(c.key));
  return (
    <View className="mq-card mq-credits" id="wechat-credits">
      <View className="mq-credits__rule">每次同意接收只能收到一条微信通知。</View>
      <View className="mq-credits__detail">
        办事时微信会问您是否接收通知，点一次「允许」，就能收到一条。没有发到微信的通知，在「消息」里都能看到。
      </View>
      {shown.length > 0 ? (
        <View className="mq-credits__list" id="wechat-credits-list">
          <View className="mq-credits__detail">您现在还能收到：</View>
          {shown.map((credit) => (
            <View key={credit.key} className="mq-credits__row" id={`credit-${credit.key}`}>
              <View>{credit.title}</View>
              <View className="mq-credits__count">{credit.credits}条</View>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  );
}
