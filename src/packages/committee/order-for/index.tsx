import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState, type ReactNode } from 'react';
import type { SelfView } from '@domain/users';
import { ChoiceList } from '../../../components/ChoiceList';
import { RoleOnly } from '../../../components/RoleOnly';
import { Field } from '../../../components/staff/Field';
import { useFieldIssues } from '../../../hooks/useFieldIssues';
import { CommunityScope } from '../components/CommunityScope';
import { onBehalfModes } from './modes';
import { WhoFields } from './WhoFields';
import { checkWho, emptyWho, type WhoDraft } from './whoForm';
import './index.scss';

/**
 * 红色代办: committee members, cadres and grid workers act for a resident at the door, often one
 * without a phone: order a service, raise a 说事 or book a 民意5来听 visit in their name.
 */
export default function CommitteeOrderForPage() {
  return (
    <RoleOnly roles={['committee', 'cadre', 'gridWorker']} className="committee-screen">
      {(user) => <OrderFor user={user} />}
    </RoleOnly>
  );
}

function OrderFor({ user }: { user: SelfView }) {
  return (
    <CommunityScope
      user={user}
      id="committee-order-for-page"
      intro="替没有手机或不会用手机的居民点单、提说事、预约接访。记录在居民名下，处处注明由您代办；请先征得居民同意。"
    >
      {(communityId) => <OnBehalfOfResident key={communityId} communityId={communityId} user={user} />}
    </CommunityScope>
  );
}

/** One resident at a time: who first, then what to do for them; after it, again for them or for another. */
function OnBehalfOfResident({ communityId, user }: { communityId: string; user: SelfView }) {
  const [who, setWho] = useState<WhoDraft>(emptyWho);
  const [modeId, setModeId] = useState(onBehalfModes[0].id);
  const [done, setDone] = useState<ReactNode>(null);
  const [round, setRound] = useState(0);
  const fields = useFieldIssues('order-for');

  function changeWho(next: Partial<WhoDraft>) {
    const changed = { ...who, ...next };
    setWho(changed);
    const checked = checkWho(changed);
    fields.recheck(checked.ok ? [] : checked.issues);
  }

  function again(sameResident: boolean) {
    if (!sameResident) setWho(emptyWho());
    fields.showAll([]);
    setDone(null);
    setRound((n) => n + 1);
  }

  if (done) {
    return (
      <View id="on-behalf-done">
        {done}
        <View className="of-after">
          <Button
            id="on-behalf-same"
            className="of-after__button"
            type="primary"
            fill="outline"
            onClick={() => again(true)}
          >
            再为这位居民代办
          </Button>
          <Button id="order-for-another" className="of-after__button" type="primary" onClick={() => again(false)}>
            为其他居民代办
          </Button>
        </View>
      </View>
    );
  }
  const mode = onBehalfModes.find((m) => m.id === modeId) ?? onBehalfModes[0];
  return (
    <View className="mq-card of-form" key={round}>
      <WhoFields communityId={communityId} who={who} messageFor={fields.messageFor} onChange={changeWho} />
      {onBehalfModes.length > 1 ? (
        <Field id="order-for-mode" label="代办什么">
          <ChoiceList
            idPrefix="on-behalf-mode"
            choices={onBehalfModes.map((m) => ({ id: m.id, label: m.label }))}
            selected={mode.id}
            onSelect={(id) => {
              fields.showAll([]);
              setModeId(id);
            }}
          />
        </Field>
      ) : null}
      <mode.Mode communityId={communityId} user={user} who={who} fields={fields} onDone={setDone} />
    </View>
  );
}
