import { View } from '@tarojs/components';
import { maskedKindLabels, type MaskedKind } from '@domain/matters/textMasking';
import './RaiseNotice.scss';

export function isMaskedKind(value: string): value is MaskedKind {
  return Object.prototype.hasOwnProperty.call(maskedKindLabels, value);
}

/** What happened to what the author just posted: hidden numbers, and whether it waits for review. */
export function RaiseNotice({ queued, maskedKinds }: { queued: boolean; maskedKinds: readonly string[] }) {
  const kinds = maskedKinds.filter(isMaskedKind).map((k) => maskedKindLabels[k]);
  return (
    <View className="mq-raise-notice" id="raise-notice" role="status">
      <View className="mq-raise-notice__title">
        {queued ? '已提交，社区居委会审核后公开' : '已提交，其他居民现在就能看到'}
      </View>
      {kinds.length ? (
        <View className="mq-raise-notice__line" id="raise-notice-masked">
          为保护隐私，内容里的{kinds.join('、')}已自动隐藏，其他人只能看到部分数字。
        </View>
      ) : null}
      {queued ? (
        <View className="mq-raise-notice__line">审核通过后会通知您，也可以在「我的」›「我的说事」里查看进展。</View>
      ) : null}
    </View>
  );
}
