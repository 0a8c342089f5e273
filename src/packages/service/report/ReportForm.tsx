import { Input, Switch, TextArea } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { serviceCategories, serviceCategoryLabels, type ServiceCategory } from '@domain/service/categories';
import { ChoiceList } from '../../../components/ChoiceList';
import { FormField } from '../../../components/FormField';
import { SubmitBar } from '../../../components/SubmitBar';
import type { Command } from '../../../hooks/useCommand';
import { checkReport, emptyReport, toggled, type ReportDraft, type ReportInput } from './reportForm';

const FIELD = 'sv-report-field';

/**
 * 双报到: party member or not (a work unit for in-service members), what I am good at, which kinds
 * of service I can offer (at least one), and when I am usually free.
 */
export function ReportForm({ command, onSubmit }: { command: Command; onSubmit: (input: ReportInput) => void }) {
  const [draft, setDraft] = useState<ReportDraft>(emptyReport);
  const errorFor = command.fieldError;
  const update = (patch: Partial<ReportDraft>) => {
    setDraft((previous) => ({ ...previous, ...patch }));
    command.clearError();
  };

  function send() {
    if (command.busy) return;
    const checked = checkReport(draft);
    if (!checked.ok) return command.refuse(checked.issues);
    onSubmit(checked.input);
  }

  return (
    <View id="report-form">
      <View className={`${FIELD} sv-report-party`}>
        <View className="sv-report-party__row">
          <View className={`${FIELD}__label`} onClick={() => update({ partyMember: !draft.partyMember })}>
            我是党员
          </View>
          <Switch id="report-party" checked={draft.partyMember} onChange={(partyMember) => update({ partyMember })} />
        </View>
        <View className={`${FIELD}__hint`}>在职党员向居住地社区报到，请打开并填写工作单位</View>
      </View>
      {draft.partyMember ? (
        <FormField block={FIELD} label="工作单位" hint="如：市人民医院" error={errorFor('workUnit')}>
          <Input
            id="report-work-unit"
            className="sv-report__input"
            value={draft.workUnit}
            maxLength={40}
            onChange={(workUnit) => update({ workUnit })}
          />
        </FormField>
      ) : null}
      <FormField block={FIELD} label="能提供哪些服务（可多选）" error={errorFor('categories')}>
        <ChoiceList
          idPrefix="report-category"
          multiple
          choices={serviceCategories.map((c) => ({ id: c, label: serviceCategoryLabels[c] }))}
          selected={draft.categories}
          onSelect={(id) => update({ categories: toggled(draft.categories, id as ServiceCategory) })}
        />
      </FormField>
      <FormField
        block={FIELD}
        label="特长（可不填）"
        hint="如：会修水电、懂医保政策、会理发"
        error={errorFor('skills')}
      >
        <TextArea
          id="report-skills"
          className="sv-report__textarea"
          value={draft.skills}
          maxLength={100}
          rows={2}
          autoSize
          onChange={(skills) => update({ skills })}
        />
      </FormField>
      <FormField
        block={FIELD}
        label="一般什么时候有空（可不填）"
        hint="如：周末全天、工作日晚上"
        error={errorFor('availability')}
      >
        <Input
          id="report-availability"
          className="sv-report__input"
          value={draft.availability}
          maxLength={40}
          onChange={(availability) => update({ availability })}
        />
      </FormField>
      <SubmitBar
        id="report-submit"
        errorId="report-error"
        error={command.error?.message ?? null}
        busy={command.busy}
        onSubmit={send}
      >
        提交报到
      </SubmitBar>
    </View>
  );
}
