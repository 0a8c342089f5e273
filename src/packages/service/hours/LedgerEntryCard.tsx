import { View } from '@tarojs/components';
import { hoursText, ledgerKindLabels } from '@domain/service/hours';
import type { LedgerEntryView } from '@domain/service/views';
import { formatShanghai } from '@domain/time';
import { InfoRow } from '../../../components/InfoRow';
import './LedgerEntryCard.scss';

/** `+2小时`, `-0.5小时`: a correction takes hours away. */
export function signedHours(minutes: number): string {
  return `${minutes < 0 ? '-' : '+'}${hoursText(Math.abs(minutes))}小时`;
}

/** One line of the ledger: what it was for, when, and the hours it added (or took away). */
export function LedgerEntryCard({ entry }: { entry: LedgerEntryView }) {
  const id = `ledger-${entry.id}`;
  return (
    <View className="mq-card sv-ledger" id={id}>
      <View className="sv-ledger__head">
        <View className="sv-ledger__kind">{ledgerKindLabels[entry.kind]}</View>
        <View
          className={`sv-ledger__minutes${entry.minutes < 0 ? ' sv-ledger__minutes--minus' : ''}`}
          id={`${id}-hours`}
        >
          {signedHours(entry.minutes)}
        </View>
      </View>
      {entry.note ? <View className="mq-text">{entry.note}</View> : null}
      <InfoRow label="凭证">{entry.evidence}</InfoRow>
      <View className="mq-muted">{formatShanghai(entry.at, 'YYYY年M月D日 HH:mm')}</View>
    </View>
  );
}
