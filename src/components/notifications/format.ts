import { isQuietTime, QUIET_END, QUIET_START } from '@domain/notifications/quietHours';
import type { WechatMessage } from '@domain/notifications/views';
import { formatWhen } from '@domain/time';

/** The sentence under a WeChat message: when it went, when it will go, or why it did not. */
export function deliveryNote(message: WechatMessage, nowMs: number = Date.now()): string {
  switch (message.state) {
    case 'sent':
      return `${formatWhen(message.sentAt ?? message.notBefore, nowMs)} 已发到您的微信`;
    case 'waiting':
      if (message.notBefore <= nowMs) return '马上发送';
      // Written during the night: held until the morning, so no phone buzzes at night.
      if (isQuietTime(message.createdAt)) {
        return `免打扰时段 ${QUIET_START}–${QUIET_END} 过后发送（${formatWhen(message.notBefore, nowMs)}）`;
      }
      return `将在 ${formatWhen(message.notBefore, nowMs)} 发送`;
    case 'no_consent':
      return '当时没有同意接收这类微信通知，所以没有发到微信。在「消息」里仍能看到。';
    case 'merged':
      return '同一件事短时间内有多条进展，只发了最新的一条，免得打扰您。';
    case 'expired':
      return '等到能发送时，这条通知已经过时，就不再发了。';
    case 'failed':
      return '微信没有收下这条通知，社区会查明原因后重新发送。';
  }
}
