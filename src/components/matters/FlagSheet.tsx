import { Input, Popup } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { ChoiceList } from '../ChoiceList';
import { SubmitBar } from '../SubmitBar';
import './FlagSheet.scss';
import type { Command, Submitted } from '../../hooks/useCommand';

/** The reasons offered when reporting a matter or a comment; 其他 lets the resident say more. */
const flagReasons = ['不实信息', '广告', '辱骂', '泄露隐私', '其他'] as const;

/**
 * Reporting a matter or a comment: pick a reason (其他 may add a few words), then send with the
 * page's `command`, which says what went wrong.
 */
export function FlagSheet({
  what,
  command,
  onClose,
  onSubmit,
}: {
  what: string;
  command: Command;
  onClose: () => void;
  onSubmit: (reason: string) => Promise<Submitted<unknown>>;
}) {
  const [reason, setReason] = useState<string | null>(null);
  const [detail, setDetail] = useState('');
  const error = command.error?.message ?? '';

  async function send() {
    if (!reason) return command.refuse('请选择举报原因');
    const text = reason === '其他' && detail.trim() ? `其他：${detail.trim()}` : reason;
    await onSubmit(text);
  }

  return (
    <Popup visible position="bottom" round title={`举报这条${what}`} onClose={onClose}>
      <View className="mq-flag-sheet" id="flag-sheet">
        <View className="mq-flag-sheet__hint">举报会交给社区居委会核实，不会告诉发布人是谁举报的。</View>
        <ChoiceList
          idPrefix="flag-reason"
          choices={flagReasons.map((r) => ({ id: r, label: r }))}
          selected={reason}
          onSelect={setReason}
        />
        {reason === '其他' ? (
          <Input
            id="flag-detail"
            className="mq-flag-sheet__detail"
            value={detail}
            placeholder="简单说说原因（可不填）"
            maxLength={100}
            onChange={setDetail}
          />
        ) : null}
        <SubmitBar id="flag-submit" error={error} busy={command.busy} onSubmit={() => void send()}>
          提交举报
        </SubmitBar>
      </View>
    </Popup>
  );
}
