import { View } from '@tarojs/components';
import { useState } from 'react';
import { categoryLabels, matterCategories, type MatterCategory } from '@domain/matters/categories';
import { compoundsOf, type Directory } from '@domain/places';
import { routes } from '@domain/routes';
import type { SelfView } from '@domain/users';
import { issuesSummary } from '@domain/validation';
import { call } from '../../../api/client';
import { ChoiceList } from '../../../components/ChoiceList';
import { PhotoPicker, type PickedPhoto } from '../../../components/matters/PhotoPicker';
import { RoleOnly } from '../../../components/RoleOnly';
import { Field } from '../../../components/staff/Field';
import { TextBox } from '../../../components/staff/TextBox';
import { StateView } from '../../../components/StateView';
import { SubmitBar } from '../../../components/SubmitBar';
import { useCommand } from '../../../hooks/useCommand';
import { replacePage } from '../../../navigation';
import { useSession } from '../../../state/session';
import { uploadedIds } from '../case/HolderSheets';
import { checkReport, emptyDraft, type ReportDraft } from './reportDraft';
import '../components/cases.scss';
import './index.scss';

/** 信息采集: what a grid worker found on patrol, with photos and place, straight into the case loop. */
export default function CaseReportPage() {
  return (
    <RoleOnly roles={['gridWorker']} className="cs-page">
      {(user) => <ReportGate user={user} />}
    </RoleOnly>
  );
}

function ReportGate({ user }: { user: SelfView }) {
  const { directory } = useSession();
  if (!directory || user.gridIds.length === 0) {
    return <StateView kind="empty" title="还没有为您分配网格" detail="请联系系统管理员分配负责的网格" />;
  }
  return <ReportForm gridIds={user.gridIds} directory={directory} />;
}

function ReportForm({ gridIds, directory }: { gridIds: string[]; directory: Directory }) {
  const [draft, setDraft] = useState<ReportDraft>(() => emptyDraft(gridIds));
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const sending = useCommand();
  const grids = directory.grids.filter((g) => gridIds.includes(g.id));
  const grid = grids.find((g) => g.id === draft.gridId);
  const compounds = grid ? compoundsOf(directory, grid.communityId, grid.id) : [];
  const update = (patch: Partial<ReportDraft>) => {
    setDraft((old) => ({ ...old, ...patch }));
    sending.clearError();
  };
  const error = (path: string) => sending.fieldError(path);

  async function submit() {
    if (sending.busy) return;
    const ids = uploadedIds(sending, photos);
    if (!ids) return;
    const checked = checkReport(draft, ids);
    if (!checked.ok) return sending.refuse(checked.issues);
    const { input } = checked;
    const sent = await sending.run(input, (requestId) => call('casework', 'report', input, { requestId }));
    if (sent.ok) void replacePage(routes.case, { id: sent.value.case.summary.id });
  }

  const issues = sending.error?.issues ?? [];
  const formError = sending.error ? (issues.length > 1 ? issuesSummary(issues.length) : sending.error.message) : null;
  return (
    <View id="case-report" className="cs-form">
      <View className="mq-muted cs-form__intro">巡查发现的问题，拍照上报后按路由表直接派给承办单位。</View>
      <Field label="标题" error={error('title')}>
        <TextBox
          id="report-title"
          value={draft.title}
          placeholder="例如：小区路灯不亮"
          maxLength={40}
          onChange={(title) => update({ title })}
        />
      </Field>
      <Field label="类别" error={error('category')}>
        <ChoiceList
          idPrefix="report-category"
          choices={matterCategories.map((c) => ({ id: c, label: categoryLabels[c] }))}
          selected={draft.category}
          onSelect={(category) => update({ category: category as MatterCategory })}
        />
      </Field>
      <Field label="网格" error={error('gridId')}>
        <ChoiceList
          idPrefix="report-grid"
          choices={grids.map((g) => ({ id: g.id, label: g.name }))}
          selected={draft.gridId}
          onSelect={(gridId) => update({ gridId, compoundId: null })}
        />
      </Field>
      {compounds.length ? (
        <Field label="小区（选填）" error={error('compoundId')}>
          <ChoiceList
            idPrefix="report-compound"
            choices={compounds.map((c) => ({ id: c.id, label: c.name }))}
            selected={draft.compoundId}
            onSelect={(id) => update({ compoundId: draft.compoundId === id ? null : id })}
          />
        </Field>
      ) : null}
      <Field label="具体位置（选填）" error={error('location')}>
        <TextBox
          id="report-location"
          value={draft.location}
          placeholder="例如：3号楼东侧"
          maxLength={60}
          onChange={(location) => update({ location })}
        />
      </Field>
      <Field label="问题描述" error={error('description')}>
        <TextBox
          id="report-description"
          multiline
          value={draft.description}
          placeholder="至少10个字：看到了什么，影响到谁"
          maxLength={1000}
          onChange={(description) => update({ description })}
        />
      </Field>
      <Field label="现场照片（至少1张，最多6张）">
        <PhotoPicker photos={photos} setPhotos={setPhotos} hint="承办单位、街道和社区会看到" error={error('photos')} />
      </Field>
      <SubmitBar
        id="report-submit"
        errorId="report-error"
        error={formError}
        busy={sending.busy}
        onSubmit={() => void submit()}
      >
        上报并派遣
      </SubmitBar>
    </View>
  );
}
