import { View } from '@tarojs/components';
import { useState } from 'react';
import { hoursText } from '@domain/service/hours';
import type { VolunteerView } from '@domain/service/views';
import { call } from '../../../api/client';
import { Field } from '../../../components/staff/Field';
import { ReasonField } from '../../../components/staff/ReasonField';
import { Sheet } from '../../../components/staff/Sheet';
import { TextBox } from '../../../components/staff/TextBox';
import { useCommand } from '../../../hooks/useCommand';

const usualReasons = ['参加社区集中志愿活动，未签到', '疫情防控志愿服务', '更正：多记的时长'];

/** `2`, `1.5` or `-1` hours as whole minutes, or null for anything else. */
export function minutesOf(hours: string): number | null {
  const text = hours.trim();
  if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
  return Math.round(Number(text) * 60);
}

/**
 * 补录荣誉时长: hours the committee adds (or takes back, as a negative correction) with a reason and
 * evidence; the ledger keeps it as a new entry and the audit log records who did it.
 */
export function HonourSheet({
  volunteer,
  onDone,
  onClose,
}: {
  volunteer: VolunteerView;
  onDone: (result: { totalMinutes: number; stars: number }) => void;
  onClose: () => void;
}) {
  const [hours, setHours] = useState('');
  const [reason, setReason] = useState('');
  const [evidence, setEvidence] = useState('');
  const { busy, error, run, refuse, fieldError } = useCommand();

  async function send() {
    const minutes = minutesOf(hours);
    if (minutes === null) return refuse('请填写时长，如 2 或 1.5（扣减写负数）', 'minutes');
    const input = { volunteerUserId: volunteer.userId, minutes, reason: reason.trim(), evidence: evidence.trim() };
    const sent = await run(input, (requestId) => call('service', 'addHonourHours', input, { requestId }));
    if (sent.ok) onDone(sent.value);
  }

  const minutes = minutesOf(hours);
  return (
    <Sheet
      id="honour-sheet"
      title={`为${volunteer.name}补录荣誉时长`}
      submitId="honour-submit"
      submitText="确定补录"
      busy={busy}
      error={error}
      fieldPaths={['minutes', 'reason', 'evidence']}
      onSubmit={() => void send()}
      onClose={onClose}
    >
      <Field label="时长（小时）" hint="可写小数，如 1.5；多记了要扣减时写负数，如 -1" error={fieldError('minutes')}>
        <TextBox id="honour-hours" value={hours} placeholder="如：2" maxLength={6} onChange={setHours} />
        {minutes !== null && minutes !== 0 ? (
          <View className="mq-muted" id="honour-minutes">
            {minutes > 0 ? `记入 ${hoursText(minutes)} 小时（${minutes}分钟）` : `扣减 ${hoursText(-minutes)} 小时`}
          </View>
        ) : null}
      </Field>
      <ReasonField
        id="honour-reason"
        usualId="honour-usual"
        usual={usualReasons}
        label="原因"
        hint="志愿者会在自己的时长明细里看到"
        error={fieldError('reason')}
        value={reason}
        onChange={setReason}
        maxLength={100}
        rows={2}
      />
      <Field label="凭证" hint="如：活动照片、签到表、服务单的编号或存放处" error={fieldError('evidence')}>
        <TextBox
          id="honour-evidence"
          multiline
          rows={2}
          value={evidence}
          placeholder="如：12月3日活动签到表（纸质，存居委会）"
          maxLength={200}
          onChange={setEvidence}
        />
      </Field>
    </Sheet>
  );
}
