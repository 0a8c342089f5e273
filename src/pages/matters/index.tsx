import { View } from '@tarojs/components';
import { Screen } from '../../components/Screen';
import { SessionGate } from '../../components/SessionGate';
import { StateView } from '../../components/StateView';

/** 居民说事: the matter list arrives with the 说事 feature; until then the tab says so plainly. */
export default function MattersPage() {
  return (
    <Screen>
      <SessionGate>
        {() => (
          <View>
            <View className="mq-card">
              <View className="mq-title">居民说事</View>
              <View className="mq-muted">
                停车、噪音、物业、环境卫生……身边的事都可以在这里说，居委会会跟进办理并公开进展。
              </View>
            </View>
            <StateView kind="empty" title="说事功能即将开放" detail="开放后，您可以在这里提出和附议社区事项" />
          </View>
        )}
      </SessionGate>
    </Screen>
  );
}
