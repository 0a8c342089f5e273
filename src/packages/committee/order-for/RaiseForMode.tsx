import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { compoundsOf } from '@domain/places';
import { routes } from '@domain/routes';
import { maskedKindLabels } from '@domain/matters/textMasking';
import type { MatterDetail } from '@domain/matters/views';
import { call } from '../../../api/client';
import { ChoiceList } from '../../../components/ChoiceList';
import { MatterCard } from '../../../components/matters/MatterCard';
import { MatterTextFields } from '../../../components/matters/MatterTextFields';
import { validateDraft, type MatterDraft } from '../../../components/matters/matterForm';
import { PhotoPicker, type PickedPhoto } from '../../../components/matters/PhotoPicker';
import { isMaskedKind } from '../../../components/matters/RaiseNotice';
import { Field } from '../../../components/staff/Field';
import { SubmitBar } from '../../../components/SubmitBar';
import { TextBox } from '../../../components/staff/TextBox';
import { useCommand } from '../../../hooks/useCommand';
import { openPage } from '../../../navigation';
import { useSession } from '../../../state/session';
import type { OnBehalfModeProps } from './modeProps';
import { useModeDraft } from './useModeDraft';

const NONE = 'none';
const emptyMatter = (): MatterDraft => ({
  category: null,
  title: '',
  body: '',
  gridId: null,
  compoundId: null,
  building: '',
  anonymous: false,
});

/**
 * 说事 for the resident: what they said at the door, raised as they would raise it (the same
 * fields and checks as their own form), with whether other residents may see their name.
 */
export function RaiseForMode({ communityId, who, fields, onDone }: OnBehalfModeProps) {
  const { directory } = useSession();
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const { draft, update, checkedInput } = useModeDraft({ who, fields }, emptyMatter, (matter: MatterDraft) =>
    validateDraft(matter, photos),
  );
  const { busy, error, run } = useCommand();
  const compounds = directory ? compoundsOf(directory, communityId, null) : [];

  async function submit() {
    const checked = checkedInput();
    if (!checked) return;
    // The contract takes no grid: the server places the matter by the resident's own grid.
    const { gridId: _grid, ...matter } = checked;
    const input = { ...matter, communityId };
    const sent = await run(input, (requestId) => call('matter', 'raiseFor', input, { requestId }));
    // Who hears of it: a resident with an account and a family member named (not a walk-in).
    const told = [who.beneficiary?.kind === 'found' ? '居民' : '', who.family ? '家属' : ''].filter(Boolean);
    if (sent.ok) onDone(<Raised {...sent.value} told={told.join('和')} />);
  }

  const messageFor = (path: string) => fields.messageFor(path) ?? error?.fieldMessage(path);
  return (
    <>
      <MatterTextFields
        draft={draft}
        Field={Field}
        anchor={(path) => `order-for-${path}`}
        errorFor={messageFor}
        update={update}
        className={{ input: 'cm-input', textarea: 'cm-textarea', count: 'mq-muted' }}
      />
      <Field id="order-for-photos" label="照片（可不传，最多6张）" error={messageFor('photos')}>
        <PhotoPicker photos={photos} setPhotos={setPhotos} />
      </Field>
      {compounds.length ? (
        <Field id="order-for-compoundId" label="小区（可不选）" error={messageFor('compoundId')}>
          <ChoiceList
            idPrefix="raise-for-compound"
            choices={[{ id: NONE, label: '不指定' }, ...compounds.map((c) => ({ id: c.id, label: c.name }))]}
            selected={draft.compoundId ?? NONE}
            onSelect={(id) => update({ compoundId: id === NONE ? null : id })}
          />
        </Field>
      ) : null}
      <Field
        id="order-for-building"
        label="楼栋门牌（可不填）"
        hint="只有社区居委会能看到"
        error={messageFor('building')}
      >
        <TextBox
          id="raise-for-building"
          value={draft.building}
          placeholder="如：3号楼2单元"
          maxLength={30}
          onChange={(building) => update({ building })}
        />
      </Field>
      <Field id="order-for-anonymous" label="其他居民能否看到居民的姓名" hint="按居民的意思选；社区居委会总能看到">
        <ChoiceList
          idPrefix="raise-for-anonymous"
          choices={[
            { id: 'named', label: '显示姓名' },
            { id: 'anonymous', label: '对其他居民匿名' },
          ]}
          selected={draft.anonymous ? 'anonymous' : 'named'}
          onSelect={(id) => update({ anonymous: id === 'anonymous' })}
        />
      </Field>
      <SubmitBar
        id="order-for-submit"
        errorId="order-for-error"
        error={fields.issues.length > 0 ? `还有${fields.issues.length}处需要填写` : (error?.message ?? null)}
        busy={busy}
        onSubmit={() => void submit()}
      >
        代居民提出说事
      </SubmitBar>
    </>
  );
}

/** After the raise: the matter as everyone will see it (由<staff>代办), and the way to its page. */
function Raised({
  matter,
  moderation,
  maskedKinds,
  told,
}: {
  matter: MatterDetail;
  moderation: 'published' | 'queued';
  maskedKinds: string[];
  told: string;
}) {
  const masked = maskedKinds.filter(isMaskedKind).map((kind) => maskedKindLabels[kind]);
  return (
    <View id="raise-for-done">
      <View className="of-done" id="raise-for-done-line">
        已为{matter.author.name}提出说事
        {moderation === 'queued' ? '，社区居委会审核后公开' : '，本社区居民现在就能看到'}
        {told ? `；${told}会收到通知` : ''}。您已关注这件说事，会收到它的进展。
        {masked.length ? `内容里的${masked.join('、')}已自动隐藏。` : ''}
      </View>
      <MatterCard matter={matter} />
      {matter.raisedBy?.consent ? (
        <View className="mq-muted of-consent" id="raise-for-consent">
          居民如何同意：{matter.raisedBy.consent}
        </View>
      ) : null}
      <View className="of-after">
        <Button
          id="raise-for-open"
          className="of-after__button"
          type="primary"
          fill="outline"
          onClick={() => void openPage(routes.matter, { id: matter.id })}
        >
          查看这件说事
        </Button>
      </View>
    </View>
  );
}
