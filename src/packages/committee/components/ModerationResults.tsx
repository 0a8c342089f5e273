import { View } from '@tarojs/components';
import { decisionDoneLabels, type Decision } from './labels';
import './ModerationResults.scss';

export interface ModerationOutcome {
  decision: Decision;
  items: { id: string; title: string; ok: boolean; message?: string }[];
}

/** What became of each item of a bulk decision: done, or why not, in the server's words. */
export function ModerationResults({ outcome, onClose }: { outcome: ModerationOutcome; onClose: () => void }) {
  const done = outcome.items.filter((item) => item.ok).length;
  const failed = outcome.items.length - done;
  return (
    <View className="mq-card cm-results" id="moderation-results">
      <View className="cm-results__head">
        <View className="cm-results__summary">
          {decisionDoneLabels[outcome.decision]} {done} 项{failed > 0 ? `，${failed} 项未处理` : ''}
        </View>
        <View className="cm-results__close" id="results-close" onClick={onClose}>
          知道了
        </View>
      </View>
      {outcome.items.map((item) => (
        <View
          key={item.id}
          id={`result-${item.id}`}
          data-ok={item.ok ? 'true' : 'false'}
          className={`cm-results__item ${item.ok ? '' : 'cm-results__item--failed'}`}
        >
          <View className="cm-results__mark">{item.ok ? '✓' : '✗'}</View>
          <View className="cm-results__text">
            <View className="cm-results__title">{item.title}</View>
            <View className="cm-results__status">
              {item.ok ? decisionDoneLabels[outcome.decision] : `未处理：${item.message ?? '请稍后再试'}`}
            </View>
          </View>
        </View>
      ))}
    </View>
  );
}
