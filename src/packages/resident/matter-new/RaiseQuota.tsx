import { View } from '@tarojs/components';
import { call } from '../../../api/client';
import { useAsync } from '../../../hooks/useAsync';
import { raiseQuotaText, type DailyQuota } from '@domain/matters/rateLimits';
import { formatShanghai } from '@domain/time';

/**
 * Today's raise quota, asked once when the form opens (the page's only call at open), so the
 * 5-a-day limit is said before anything is typed. A failure only loses the line: the server still
 * applies the limit on submit.
 */
export function useRaiseQuota(): DailyQuota | null {
  const quota = useAsync(() => call('matter', 'raiseQuota', {}), []);
  return quota.data;
}

/** The line above the form: how many are left today. */
export function RaiseQuotaLine({ quota }: { quota: DailyQuota }) {
  return (
    <View id="raise-quota" className="raise-quota">
      {raiseQuotaText(quota)}
    </View>
  );
}

/** Instead of the form when none are left: nobody types a whole matter only to be refused. */
export function RaiseQuotaSpent({ quota }: { quota: DailyQuota }) {
  return (
    <View id="raise-quota-spent" className="raise-quota-spent" role="alert">
      <View className="raise-quota-spent__title">{raiseQuotaText(quota)}</View>
      <View className="raise-quota-spent__detail">
        {formatShanghai(quota.resetsAt, 'M月D日 HH:mm')}
        起可以再提。着急的事可以先给已有的说事附议或评论，或直接联系社区居委会。
      </View>
    </View>
  );
}
