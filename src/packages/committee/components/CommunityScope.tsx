import { View } from '@tarojs/components';
import { useState, type ReactNode } from 'react';
import { ChoiceList } from '../../../components/ChoiceList';
import { StateView } from '../../../components/StateView';
import { communityNames } from '@domain/places';
import type { SelfView } from '@domain/users';
import { useSession } from '../../../state/session';
import './CommunityScope.scss';

/**
 * The top of a committee page: the community it works on (a choice when the member serves
 * several, its name otherwise), an optional line about the page, then the page's body for that
 * community. A member with no community yet is told whom to ask.
 */
export function CommunityScope({
  user,
  id,
  intro,
  children,
}: {
  user: SelfView;
  id?: string;
  intro?: ReactNode;
  children: (communityId: string) => ReactNode;
}) {
  const { directory } = useSession();
  const [communityId, setCommunityId] = useState<string | null>(user.communityIds[0] ?? null);
  if (!communityId) {
    return <StateView kind="empty" title="尚未指定负责的社区" detail="请联系系统管理员设置" />;
  }
  const name = (communityId: string) => (directory ? communityNames(directory, [communityId]) : communityId);
  return (
    <View id={id}>
      <View className="cm-community">
        <View className="mq-muted">负责社区</View>
        {user.communityIds.length > 1 ? (
          <ChoiceList
            idPrefix="community"
            choices={user.communityIds.map((choice) => ({ id: choice, label: name(choice) }))}
            selected={communityId}
            onSelect={setCommunityId}
          />
        ) : (
          <View className="mq-title" id="community-name">
            {name(communityId)}
          </View>
        )}
        {intro ? <View className="cm-community__intro">{intro}</View> : null}
      </View>
      {children(communityId)}
    </View>
  );
}
