import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { REOPEN_WINDOW_DAYS } from '@domain/matters/reopen';
import { reasonSchema } from '@domain/matters/text';
import { formatWhen } from '@domain/time';
import { CardTitle } from '../CardTitle';
import { SubmitBar } from '../SubmitBar';
import { OutcomeNote } from './OutcomeNote';
import './OutcomePanels.scss';
import type { Command, Submitted } from '../../hooks/useCommand';

/** Within 7 days of the resolution, an unsatisfied author sends the matter back with a reason. */
export function ReopenPanel({
  resolvedAt,
  command,
  onSubmit,
}: {
  resolvedAt: number | null;
  command: Command;
  onSubmit: (reason: string) => Promise<Submitted<unknown>>;
}) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const error = command.error?.message ?? '';
  const deadline = resolvedAt ? formatWhen(resolvedAt + REOPEN_WINDOW_DAYS * 86_400_000, Date.now()) : null;

  async function send() {
    const checked = reasonSchema.safeParse(reason);
    if (!checked.success) return command.refuse(checked.error.issues[0].message);
    await onSubmit(checked.data);
  }

  return (
    <View className="mq-card" id="reopen-panel">
      <CardTitle>问题没解决？</CardTitle>
      <View className="mq-outcome__hint">
        解决后{REOPEN_WINDOW_DAYS}天内可以重新打开{deadline ? `（${deadline}前）` : ''}，居委会会接着办。
      </View>
      {open ? (
        <>
          <OutcomeNote
            id="reopen-reason"
            value={reason}
            placeholder="说说哪里还没解决"
            onChange={(value) => {
              setReason(value);
              command.clearError();
            }}
          />
          <SubmitBar id="reopen-submit" error={error} busy={command.busy} onSubmit={() => void send()}>
            重新打开
          </SubmitBar>
        </>
      ) : (
        <Button
          id="reopen-start"
          className="mq-outcome__submit"
          type="primary"
          fill="outline"
          size="large"
          block
          onClick={() => setOpen(true)}
        >
          不满意，重新打开
        </Button>
      )}
    </View>
  );
}
