import { Switch } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { call } from '../../../api/client';
import { useAsync } from '../../../hooks/useAsync';
import { ChoiceList } from '../../../components/ChoiceList';
import type { MatterDetail } from '@domain/matters/views';
import { shanghaiWallClockToMs } from '@domain/time';
import { addDays, shanghaiToday } from '../../../components/staff/dates';
import { DateField } from '../../../components/staff/DateField';
import { DepartmentPicker } from './DepartmentPicker';
import { Field } from '../../../components/staff/Field';
import { Sheet, type SheetProps } from '../../../components/staff/Sheet';
import { TextBox } from '../../../components/staff/TextBox';
import { useCommand } from '../../../hooks/useCommand';

/** The usual times of a community consultation: mornings, afternoons, and evenings for those who work. */
export const consultationTimes = ['09:00', '10:00', '14:30', '15:00', '16:00', '19:00', '19:30'];

/** 安排协商会 (拉呱说事): date and time in Asia/Shanghai, place, agenda, whom to invite. */
export function ConveneSheet({ matter, onDone, onClose }: SheetProps<{ matter: MatterDetail }>) {
  const today = shanghaiToday();
  const [date, setDate] = useState(() => addDays(today, 1));
  const [time, setTime] = useState('19:00');
  const [place, setPlace] = useState('');
  const [agenda, setAgenda] = useState(() => `协商：${matter.title}`);
  const [inviteSupporters, setInviteSupporters] = useState(true);
  const [departments, setDepartments] = useState<string[]>([]);
  const [cadreIds, setCadreIds] = useState<string[]>([]);
  const cadres = useAsync(
    () => call('matter', 'communityCadres', { communityId: matter.communityId }),
    [matter.communityId],
  );
  const { busy, error, run, refuse, fieldError } = useCommand();

  async function send() {
    const scheduledAt = shanghaiWallClockToMs(date, time);
    if (scheduledAt <= Date.now()) return refuse('协商时间不能早于现在', 'scheduledAt');
    const input = { matterId: matter.id, scheduledAt, place, agenda, inviteSupporters, departments, cadreIds };
    const sent = await run(input, (requestId) => call('matter', 'convene', input, { requestId }));
    if (sent.ok) onDone('已安排协商会，已通知受邀居民');
  }

  return (
    <Sheet
      id="convene-sheet"
      title="安排协商会"
      submitId="convene-submit"
      submitText="确定召开"
      busy={busy}
      error={error}
      fieldPaths={['scheduledAt', 'place', 'agenda', 'departments', 'cadreIds']}
      onSubmit={() => void send()}
      onClose={onClose}
    >
      <Field label="日期" error={fieldError('scheduledAt')}>
        <DateField id="convene-date" value={date} min={today} max={addDays(today, 90)} onChange={setDate} />
      </Field>
      <Field label="时间（北京时间）">
        <ChoiceList
          idPrefix="convene-time"
          choices={consultationTimes.map((t) => ({ id: t.replace(':', ''), label: t }))}
          selected={time.replace(':', '')}
          onSelect={(id) => setTime(`${id.slice(0, 2)}:${id.slice(2)}`)}
        />
      </Field>
      <Field label="地点" error={fieldError('place')}>
        <TextBox
          id="convene-place"
          value={place}
          placeholder="如：东门社区红帆驿站"
          maxLength={60}
          onChange={setPlace}
        />
      </Field>
      <Field label="议程" error={fieldError('agenda')}>
        <TextBox id="convene-agenda" multiline value={agenda} maxLength={1000} onChange={setAgenda} />
      </Field>
      <Field label="邀请居民">
        <View className="cm-switch-row" id="convene-supporters" onClick={() => setInviteSupporters(!inviteSupporters)}>
          <View className="cm-switch-row__label">
            邀请附议的居民（{matter.supportCount} 人）
            <View className="mq-muted">提出人总会收到邀请</View>
          </View>
          <Switch checked={inviteSupporters} />
        </View>
      </Field>
      <Field label="邀请部门（可多选，可不选）" error={fieldError('departments')}>
        <DepartmentPicker value={departments} onChange={setDepartments} />
      </Field>
      <Field label="邀请民情书记（可多选，可不选）" error={fieldError('cadreIds')}>
        {cadres.data && cadres.data.cadres.length > 0 ? (
          <ChoiceList
            idPrefix="convene-cadre"
            multiple
            choices={cadres.data.cadres.map((c) => ({ id: c.id, label: c.name }))}
            selected={cadreIds}
            onSelect={(id) => setCadreIds((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]))}
          />
        ) : (
          <View className="mq-muted" id="convene-cadres-none">
            {cadres.status === 'loading'
              ? '正在加载…'
              : cadres.status === 'error'
                ? cadres.error.message
                : '本社区暂无民情书记'}
          </View>
        )}
      </Field>
    </Sheet>
  );
}
