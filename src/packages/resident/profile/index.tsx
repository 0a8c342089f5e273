import { Button, Input, Toast } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useEffect, useState, type ReactNode } from 'react';
import { call } from '../../../api/client';
import { useCommand } from '../../../hooks/useCommand';
import { CardTitle } from '../../../components/CardTitle';
import { ChoiceList } from '../../../components/ChoiceList';
import { Screen } from '../../../components/Screen';
import { SessionGate } from '../../../components/SessionGate';
import type { Directory } from '@domain/places';
import { isCaseRole, type SelfView } from '@domain/users';
import { scopeLines, type ScopedUser } from '@domain/scopeLines';
import { useSession } from '../../../state/session';
import {
  compoundChoices,
  draftFrom,
  draftIssues,
  gridChoices,
  selectableCommunities,
  validateDraft,
  withCommunity,
  withCompound,
  withGrid,
  type ProfileDraft,
} from './profileForm';
import './index.scss';
import { FormField } from '../../../components/FormField';
import { routes } from '@domain/routes';
import { goBack } from '../../../navigation';
import { useFieldIssues } from '../../../hooks/useFieldIssues';

const TOAST = 'profile-toast';

export default function ProfilePage() {
  const { directory } = useSession();
  return (
    <Screen>
      <SessionGate>{(user) => (directory ? <ProfileForm user={user} directory={directory} /> : null)}</SessionGate>
      <Toast id={TOAST} />
    </Screen>
  );
}

function ProfileForm({ user, directory }: { user: SelfView; directory: Directory }) {
  const { setUser } = useSession();
  const [draft, setDraft] = useState<ProfileDraft>(() => draftFrom(user));
  // The same draft sent again after a timeout keeps its request id: it is saved once.
  const saving = useCommand({ toast: TOAST, failures: 'toast' });
  const checks = useFieldIssues('profile-field');
  const { recheck } = checks;
  // Each change is checked again as saving would check it: a fixed field loses its complaint.
  useEffect(() => recheck(draftIssues(draft)), [draft, recheck]);
  const errorFor = (path: string) => checks.messageFor(path) ?? saving.fieldError(path);
  const update = (next: ProfileDraft) => {
    setDraft(next);
    saving.clearError();
  };
  const anchor = checks.anchor;

  async function save() {
    const checked = validateDraft(draft);
    if (!checked.ok) return checks.showAll(checked.issues);
    const sent = await saving.run(
      checked.input,
      (requestId) => call('account', 'updateProfile', checked.input, { requestId }),
      {
        done: '已保存',
      },
    );
    if (!sent.ok) return;
    setUser(sent.value.user);
    setTimeout(() => void goBack(routes.mine), 800);
  }

  return (
    <View id="profile-form">
      {isCaseRole(user.role) ? <CaseRoleScope user={{ ...user, role: user.role }} directory={directory} /> : null}
      <Field id={anchor('name')} label="姓名" error={errorFor('name')}>
        <Input
          id="profile-name"
          className="profile-input"
          value={draft.name}
          placeholder="请输入您的姓名"
          maxLength={20}
          onChange={(value) => update({ ...draft, name: value })}
        />
      </Field>
      <Field id={anchor('communityId')} label="所在社区" error={errorFor('communityId')}>
        <ChoiceList
          idPrefix="community"
          choices={selectableCommunities(user, directory).map((c) => ({ id: c.id, label: c.name }))}
          selected={draft.communityId}
          onSelect={(id) => update(withCommunity(draft, id))}
        />
      </Field>
      {draft.communityId ? (
        <>
          <Field id={anchor('gridId')} label="网格（可不选）" error={errorFor('gridId')}>
            <ChoiceList
              idPrefix="grid"
              choices={gridChoices(draft, directory).map((g) => ({ id: g.id, label: g.name }))}
              selected={draft.gridId}
              onSelect={(id) => update(withGrid(draft, id, directory))}
            />
          </Field>
          <Field id={anchor('compoundId')} label="小区（可不选）" error={errorFor('compoundId')}>
            <ChoiceList
              idPrefix="compound"
              choices={compoundChoices(draft, directory).map((c) => ({ id: c.id, label: c.name }))}
              selected={draft.compoundId}
              onSelect={(id) => update(withCompound(draft, id, directory))}
            />
          </Field>
        </>
      ) : null}
      <Field
        id={anchor('building')}
        label="楼栋门牌（可不填）"
        hint="仅您本人、社区居委会和上门的民情书记可见"
        error={errorFor('building')}
      >
        <Input
          id="profile-building"
          className="profile-input"
          value={draft.building}
          placeholder="如：3号楼2单元501"
          maxLength={30}
          onChange={(value) => update({ ...draft, building: value })}
        />
      </Field>
      <Field
        id={anchor('phone')}
        label="手机号（可不填）"
        hint={phoneHint(user, draft.phone)}
        error={errorFor('phone')}
      >
        <Input
          id="profile-phone"
          className="profile-input"
          type="number"
          value={draft.phone}
          placeholder="11位手机号码"
          maxLength={11}
          onChange={(value) => update({ ...draft, phone: value })}
        />
      </Field>
      <View className="profile-actions">
        <Button
          id="profile-save"
          className="profile-save"
          type="primary"
          size="large"
          block
          loading={saving.busy}
          onClick={() => void save()}
        >
          保存
        </Button>
      </View>
    </View>
  );
}

/** Whether the number in the field is the one WeChat vouched for, and what changing it means. */
/** What an admin gave a 街呼区应 role to look after: its grids or body, communities and compounds. */
function CaseRoleScope({ user, directory }: { user: ScopedUser; directory: Directory }) {
  return (
    <View className="mq-card" id="case-role-scope">
      <CardTitle>我的负责范围</CardTitle>
      {scopeLines(user, directory).map((line) => (
        <View key={line} className="mq-text">
          {line}
        </View>
      ))}
      <View className="mq-muted">负责范围由管理员指定，如需调整请联系管理员。</View>
    </View>
  );
}

function phoneHint(user: SelfView, phone: string): string {
  const masked = '他人只能看到 138****5678 这样的号码';
  // Verifying happens where it is needed: the first matter or comment asks for it.
  if (!user.phoneVerified) return user.role === 'resident' ? `${masked}；发布说事和评论前会请您用微信验证` : masked;
  return phone.trim() === user.phone ? `已通过微信验证；${masked}` : '换成新号码后，发布说事和评论前需要重新验证';
}

function Field(props: { id?: string; label: string; hint?: string; error?: string; children: ReactNode }) {
  return <FormField block="profile-field" {...props} />;
}
