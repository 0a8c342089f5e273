import { Button, Input, Switch, Toast } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { call } from '../../../api/client';
import { acceptedConsent, withConsent } from '../../../api/subscribe';
import { ChoiceList } from '../../../components/ChoiceList';
import { notifyMatterChanged } from '../../../components/matters/matterEvents';
import { MatterTextFields } from '../../../components/matters/MatterTextFields';
import { PhotoPicker, type PickedPhoto } from '../../../components/matters/PhotoPicker';
import { RaiseNotice } from '../../../components/matters/RaiseNotice';
import { SimilarMatters } from '../../../components/matters/SimilarMatters';
import { useCommand } from '../../../hooks/useCommand';
import { Screen } from '../../../components/Screen';
import { SessionGate } from '../../../components/SessionGate';
import { StateView } from '../../../components/StateView';
import { charCount } from '@domain/text';
import { issuesSummary } from '@domain/validation';
import type { MatterSummary } from '@domain/matters/views';
import { compoundsOf, gridsOf } from '@domain/places';
import type { SelfView } from '@domain/users';
import { useSession } from '../../../state/session';
import { draftFrom, draftIssues, validateDraft, type MatterDraft } from '../../../components/matters/matterForm';
import './index.scss';
import { FormField } from '../../../components/FormField';
import { routes } from '@domain/routes';
import { openPage, replacePage } from '../../../navigation';
import { ProfileNeeded } from '../../../components/ProfileNeeded';
import { PhoneVerification } from '../../../components/account/PhoneVerification';
import { useFieldIssues } from '../../../hooks/useFieldIssues';
import { RaiseQuotaLine, RaiseQuotaSpent, useRaiseQuota } from './RaiseQuota';

const TOAST = 'matter-new-toast';
const SIMILAR_DELAY_MS = 500;
const SIMILAR_MIN_CHARS = 4;
const NONE = 'none';

export default function MatterNewPage() {
  return (
    <Screen>
      <SessionGate>{(user) => <RaiseGate user={user} />}</SessionGate>
      <Toast id={TOAST} />
    </Screen>
  );
}

function RaiseGate({ user }: { user: SelfView }) {
  if (user.role !== 'resident') {
    return <StateView kind="empty" title="说事由居民提出" detail="工作人员可以在说事页查看和回复居民的说事" />;
  }
  if (!user.communityId) {
    return <ProfileNeeded why="选好您所在的社区，居委会才知道这件事由谁来办" />;
  }
  if (!user.phoneVerified) {
    return (
      <View className="raise-verify">
        <PhoneVerification why="说事前需要先验证一次手机号，之后就不用再验证了。" />
      </View>
    );
  }
  return <RaiseForm user={user} communityId={user.communityId} />;
}

function RaiseForm({ user, communityId }: { user: SelfView; communityId: string }) {
  const { directory } = useSession();
  const [draft, setDraft] = useState<MatterDraft>(() => draftFrom(user));
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const raising = useCommand();
  const [outcome, setOutcome] = useState<{ queued: boolean; maskedKinds: string[] } | null>(null);
  const similar = useSimilar(draft);
  const quota = useRaiseQuota();
  const checks = useFieldIssues('raise-field');
  const { recheck } = checks;
  // Each change is checked again as the submit would check it: a fixed field loses its complaint.
  useEffect(() => recheck(draftIssues(draft, photos)), [draft, photos, recheck]);
  const errorFor = (path: string) => checks.messageFor(path) ?? raising.fieldError(path);
  const formError = raising.error?.message ?? (checks.issues.length ? issuesSummary(checks.issues.length) : undefined);
  const update = (patch: Partial<MatterDraft>) => {
    setDraft((previous) => ({ ...previous, ...patch }));
    raising.clearError();
  };
  const toast = (content: string, ok: boolean) => Toast.show(TOAST, { content, icon: ok ? 'success' : 'fail' });

  async function submit() {
    if (raising.busy) return;
    const checked = validateDraft(draft, photos);
    if (!checked.ok) return checks.showAll(checked.issues);
    // Before any await (WeChat asks only inside a tap); what was accepted goes with the raise.
    const accepted = await acceptedConsent('matter');
    // The same draft keeps its request id: tapping again after a timeout cannot raise it twice.
    const sent = await raising.run(checked.input, (requestId) =>
      call('matter', 'raise', withConsent(checked.input, accepted), { requestId }),
    );
    if (!sent.ok) {
      if (sent.error?.code === 'PROFILE_INCOMPLETE') void openPage(routes.profile);
      return;
    }
    const { matter, moderation, maskedKinds } = sent.value;
    notifyMatterChanged();
    const queued = moderation === 'queued';
    setOutcome({ queued, maskedKinds });
    void replacePage(routes.matter, { id: matter.id, raised: true, queued, masked: maskedKinds });
  }

  if (outcome) {
    return (
      <View id="raise-done" className="raise-done">
        <RaiseNotice queued={outcome.queued} maskedKinds={outcome.maskedKinds} />
        <View className="mq-muted raise-done__next">正在打开这件说事…</View>
      </View>
    );
  }

  if (quota?.left === 0) return <RaiseQuotaSpent quota={quota} />;
  const grids = directory ? gridsOf(directory, communityId) : [];
  // Each community decides whether new matters wait for its review (the server applies it too).
  const reviewsFirst = directory?.communities.find((c) => c.id === communityId)?.reviewMattersFirst ?? true;
  const compounds = directory ? compoundsOf(directory, communityId, draft.gridId) : [];
  return (
    <View id="raise-form">
      {quota ? <RaiseQuotaLine quota={quota} /> : null}
      <MatterTextFields
        draft={draft}
        Field={Field}
        anchor={checks.anchor}
        errorFor={errorFor}
        update={update}
        titleExtra={<SimilarMatters items={similar} onMessage={toast} />}
        className={{
          categories: 'raise-categories',
          input: 'raise-input',
          textarea: 'raise-textarea',
          count: 'raise-count',
        }}
      />
      <Field id={checks.anchor('photos')} label="照片（可不传，最多6张）">
        <PhotoPicker photos={photos} setPhotos={setPhotos} error={errorFor('photos')} />
      </Field>
      {grids.length ? (
        <Field label="地点（已按您的资料选好，可修改）" error={errorFor('gridId') ?? errorFor('compoundId')}>
          <View className="raise-sublabel">网格</View>
          <ChoiceList
            idPrefix="grid"
            choices={[{ id: NONE, label: '不指定' }, ...grids.map((g) => ({ id: g.id, label: g.name }))]}
            selected={draft.gridId ?? NONE}
            onSelect={(id) => {
              const gridId = id === NONE ? null : id;
              const keep = compoundsOf(directory!, communityId, gridId).some((c) => c.id === draft.compoundId);
              update({ gridId, compoundId: keep ? draft.compoundId : null });
            }}
          />
          <View className="raise-sublabel">小区</View>
          <ChoiceList
            idPrefix="compound"
            choices={[{ id: NONE, label: '不指定' }, ...compounds.map((c) => ({ id: c.id, label: c.name }))]}
            selected={draft.compoundId ?? NONE}
            onSelect={(id) => {
              const compound = compounds.find((c) => c.id === id);
              update({ compoundId: compound?.id ?? null, gridId: compound ? compound.gridId : draft.gridId });
            }}
          />
        </Field>
      ) : null}
      <Field label="楼栋门牌（可不填）" hint="只有社区居委会能看到，方便上门查看" error={errorFor('building')}>
        <Input
          id="matter-building"
          className="raise-input"
          value={draft.building}
          placeholder="如：3号楼2单元"
          maxLength={30}
          onChange={(building) => update({ building })}
        />
      </Field>
      <View className="raise-field raise-anonymous">
        <View className="raise-anonymous__row">
          <View
            className="raise-field__label raise-anonymous__label"
            onClick={() => update({ anonymous: !draft.anonymous })}
          >
            对其他居民匿名
          </View>
          <Switch
            id="anonymous-switch"
            className="raise-anonymous__switch"
            checked={draft.anonymous}
            onChange={(anonymous) => update({ anonymous })}
          />
        </View>
        <View className="raise-field__hint">
          打开后其他居民看到的是“匿名居民”，社区居委会仍能看到您的姓名，方便联系您。
        </View>
      </View>
      <View className="raise-actions">
        {formError ? (
          <View className="raise-error" id="raise-error" role="alert">
            {formError}
          </View>
        ) : null}
        {raising.error?.code === 'PHONE_UNVERIFIED' ? (
          // The number changed since this page opened (on another phone): verify here, the draft stays.
          <PhoneVerification why="" onVerified={raising.clearError} />
        ) : null}
        <Button
          id="raise-submit"
          className="raise-submit"
          type="primary"
          size="large"
          block
          loading={raising.busy}
          onClick={() => void submit()}
        >
          提交
        </Button>
        <View className="raise-field__hint raise-actions__note" id="raise-review-note">
          {reviewsFirst
            ? '提交后由社区居委会审核，通过后本社区居民都能看到。'
            : '提交并通过内容安全检查后，本社区居民就能看到。'}
        </View>
      </View>
    </View>
  );
}

/** Matters like the one being typed: asked ~500 ms after the title stops changing. */
function useSimilar(draft: MatterDraft): MatterSummary[] {
  const [items, setItems] = useState<MatterSummary[]>([]);
  const ticket = useRef(0);
  const title = [...draft.title.trim()].slice(0, 40).join('');
  const { category } = draft;
  useEffect(() => {
    const mine = ++ticket.current;
    if (!category || charCount(title) < SIMILAR_MIN_CHARS) {
      setItems([]);
      return;
    }
    const timer = setTimeout(() => {
      call('matter', 'similar', { title, category }).then(
        (result) => {
          if (mine === ticket.current) setItems(result.items.slice(0, 5));
        },
        () => undefined, // hints only: a failure here must not get in the way of raising
      );
    }, SIMILAR_DELAY_MS);
    return () => clearTimeout(timer);
  }, [title, category]);
  return items;
}

function Field(props: {
  id?: string;
  label: string;
  hint?: string;
  error?: string;
  className?: string;
  children: ReactNode;
}) {
  return <FormField block="raise-field" {...props} />;
}
