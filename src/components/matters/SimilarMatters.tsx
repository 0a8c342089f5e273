import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { call } from '../../api/client';
import { stateLabels } from '@domain/matters/states';
import type { MatterSummary } from '@domain/matters/views';
import { notifyMatterChanged } from './matterEvents';
import { useCommand } from '../../hooks/useCommand';
import './SimilarMatters.scss';
import { routes } from '@domain/routes';
import { openPage } from '../../navigation';

/**
 * While a resident types a title: matters already raised that look the same, each with 附议 so
 * one voice joins another instead of a duplicate being opened.
 */
export function SimilarMatters({
  items,
  onMessage,
}: {
  items: MatterSummary[];
  onMessage: (text: string, ok: boolean) => void;
}) {
  const [supported, setSupported] = useState<Record<string, number>>({});
  const supporting = useCommand();
  if (items.length === 0) return null;

  async function support(matter: MatterSummary) {
    const matterId = matter.id;
    const sent = await supporting.run(
      { support: matterId },
      (requestId) => call('matter', 'support', { matterId }, { requestId }),
      { name: matterId },
    );
    if (!sent.ok) {
      if (sent.error) onMessage(sent.error.message, false);
      return;
    }
    setSupported((all) => ({ ...all, [matterId]: sent.value.supportCount }));
    notifyMatterChanged();
    onMessage('已附议，居委会会看到有更多人关心这件事', true);
  }

  return (
    <View className="mq-similar" id="similar-list">
      <View className="mq-similar__head">这些说事和您要说的相似，可以直接附议</View>
      {items.map((matter) => {
        const done = supported[matter.id] !== undefined;
        return (
          <View key={matter.id} className="mq-similar__item" id={`similar-${matter.id}`}>
            <View
              className="mq-similar__main"
              id={`similar-open-${matter.id}`}
              onClick={() => void openPage(routes.matter, { id: matter.id })}
            >
              <View className="mq-similar__title">{matter.title}</View>
              <View className="mq-similar__meta">
                {stateLabels[matter.state]} · 附议 {done ? supported[matter.id] : matter.supportCount} · 查看 ›
              </View>
            </View>
            <Button
              id={`similar-support-${matter.id}`}
              className="mq-similar__support"
              type="primary"
              fill={done ? 'outline' : 'solid'}
              disabled={done}
              loading={supporting.running === matter.id}
              onClick={() => void support(matter)}
            >
              {done ? '已附议' : '附议'}
            </Button>
          </View>
        );
      })}
    </View>
  );
}
