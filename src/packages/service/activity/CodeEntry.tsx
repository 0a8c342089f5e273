import { Input } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { signInCodeInputSchema } from '@domain/service/activityInputs';
import { CardTitle } from '../../../components/CardTitle';
import { SubmitBar } from '../../../components/SubmitBar';
import type { Command } from '../../../hooks/useCommand';
import { codeSteps, type CodeStep } from './useActivityCommands';

const hints: Record<CodeStep, string> = {
  signIn: '到了活动地点，请组织者打开手机上的签到码，输入那6位数字',
  signOut: '离开前，输入组织者手机上现在显示的6位数字签退',
};

/** 签到 or 签退: six big digits from the organiser's phone; what went wrong is said right above the button. */
export function CodeEntry({
  step,
  command,
  onSubmit,
}: {
  step: CodeStep;
  command: Command;
  onSubmit: (code: string) => Promise<boolean>;
}) {
  const [code, setCode] = useState('');
  const { text } = codeSteps[step];

  async function send() {
    if (command.busy) return;
    const checked = signInCodeInputSchema.safeParse(code);
    if (!checked.success) return command.refuse(checked.error.issues[0]?.message ?? '请输入6位签到码', 'code');
    await onSubmit(checked.data);
  }

  return (
    <View className="mq-card sv-code-entry" id={`activity-${step}-panel`}>
      <CardTitle>{`现场${text}`}</CardTitle>
      <View className="mq-muted">{hints[step]}</View>
      <View className="sv-code-entry__box" id="activity-code">
        <Input
          id="activity-code-input"
          className="sv-code-entry__input"
          type="digit"
          value={code}
          maxLength={6}
          placeholder="6位数字"
          onChange={(value) => {
            setCode(value.replace(/\D/g, '').slice(0, 6));
            command.clearError();
          }}
        />
      </View>
      <SubmitBar
        id={`activity-${step}`}
        errorId="activity-code-error"
        error={command.error?.message ?? null}
        busy={command.busy}
        onSubmit={() => void send()}
      >
        {`确认${text}`}
      </SubmitBar>
    </View>
  );
}
