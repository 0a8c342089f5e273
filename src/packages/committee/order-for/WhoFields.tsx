import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { usualConsents } from '@domain/onBehalf';
import { Field } from '../../../components/staff/Field';
import { ReasonField } from '../../../components/staff/ReasonField';
import { ResidentFinder } from './ResidentFinder';
import { ResidentSearch } from './ResidentSearch';
import type { WhoDraft } from './whoForm';

/** For whom, how they agreed, and which family member to tell: the part every 红色代办 shares. */
export function WhoFields({
  communityId,
  who,
  messageFor,
  onChange,
}: {
  communityId: string;
  who: WhoDraft;
  messageFor: (path: string) => string | undefined;
  onChange: (next: Partial<WhoDraft>) => void;
}) {
  return (
    <>
      <ResidentFinder
        communityId={communityId}
        value={who.beneficiary}
        error={messageFor('residentName') ?? messageFor('residentId')}
        onChange={(beneficiary) => onChange({ beneficiary })}
      />
      <View id="order-for-consent">
        <ReasonField
          id="order-consent"
          usualId="order-consent-usual"
          usual={usualConsents}
          usualLabel="常用说法"
          label="居民如何同意"
          hint="记录在代办记录上，居民和家属问起时可查"
          error={messageFor('consent')}
          value={who.consent}
          onChange={(consent) => onChange({ consent })}
          maxLength={60}
          rows={1}
          placeholder="选择上面的常用说法，或自己填写"
        />
      </View>
      <Field
        id="order-for-familyId"
        label="告诉家属（选填）"
        hint="家属也在本社区用民情通的，代办的进展会同时告诉家属"
        error={messageFor('familyId')}
      >
        {who.family ? (
          <View className="of-family" id="family-chosen">
            <View className="of-family__name">
              {[who.family.name, who.family.building, who.family.phone].filter(Boolean).join(' · ')}
            </View>
            <Button
              id="family-remove"
              className="of-family__remove"
              fill="outline"
              onClick={() => onChange({ family: null })}
            >
              不告诉
            </Button>
          </View>
        ) : (
          <ResidentSearch
            communityId={communityId}
            idPrefix="family"
            selectedId={null}
            noneText="本社区没有找到这位家属，进展请您电话告知。"
            onSelect={(family) => onChange({ family })}
          />
        )}
      </Field>
    </>
  );
}
