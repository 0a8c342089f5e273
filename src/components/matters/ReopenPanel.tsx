import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { REOPEN_WINDOW_DAYS } from '@domain/matters/reopen';
import { reasonSchema } from '@domain/matters/text';
import { formatShanghai } from '@domain/time';
import { CardTitle } from '../CardTitle';
import { SubmitBar } from '../SubmitBar';
import { OutcomeNote } from './OutcomeNote';
import './OutcomePanels.scss';

/** Within 7 days of the resolution, an unsatisfied author sends the matter back with a reason. */
export function ReopenPanel({
  resolvedAt,
  onSubmit,
}: {
  resolvedAt: number | null;
  onSubmit: (reason: string) => Promise<string | null>;
}) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const [sending, setSending] = useState(false);
  const deadline = resolvedAt ? formatShanghai(resolvedAt + REOPEN_WINDOW_DAYS * 86_400_000, 'M月D日 HH:mm') : null;

  async function send() {
    const checked = reasonSchema.safeParse(reason);
    if (!checked.success) return setError(checked.error.issues[0].message);
    setSending(true);
    setError('');
    const failure = await onSubmit(checked.data).finally(() => setSending(false));
    if (failure) setError(failure);
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
              setError('');
            }}
          />
          <SubmitBar id="reopen-submit" error={error} busy={sending} onSubmit={() => void send()}>
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
