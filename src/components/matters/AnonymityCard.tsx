import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import type { MatterDetail } from '@domain/matters/views';

/**
 * For the author only: whether other residents see their name, and a button to change it. A
 * matter a cadre raised for a resident carries what the resident told the cadre; this is where the
 * resident changes it themselves. The committee always sees who it is.
 */
export function AnonymityCard({
  matter,
  busy,
  onChange,
}: {
  matter: MatterDetail;
  busy: boolean;
  onChange: (anonymous: boolean) => void;
}) {
  return (
    <View className="mq-card" id="matter-anonymity">
      <View className="mq-text" id="matter-anonymity-state">
        {matter.anonymous ? '其他居民看不到您的姓名（匿名）。' : '其他居民能看到您的姓名。'}
        {matter.raisedBy ? `这是${raiserOf(matter.raisedBy)}代您提出时，按您的意思选的。` : ''}
      </View>
      <Button
        id="matter-anonymity-change"
        type="primary"
        fill="outline"
        loading={busy}
        onClick={() => onChange(!matter.anonymous)}
      >
        {matter.anonymous ? '改为显示我的姓名' : '改为匿名'}
      </Button>
    </View>
  );
}

/**
 * Who raised it for the author: a cadre from a visit (民情书记), or by name the staff member of a
 * 红色代办, whose record carries the consent the author reads (a visit's has none).
 */
function raiserOf(raisedBy: NonNullable<MatterDetail['raisedBy']>): string {
  return raisedBy.consent ? raisedBy.name || '社区工作人员' : '民情书记';
}
