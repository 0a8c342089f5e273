import { View } from '@tarojs/components';
import { RoleOnly } from '../../../components/RoleOnly';
import { StateView } from '../../../components/StateView';
import './index.scss';

/**
 * 服务订单. Reads go through useAsync(() => call(fn, action, input)) and taps through
 * useCommand (src/hooks); links to other pages through openPage(routes.<name>) (src/navigation).
 */
export default function ServiceOrderPage() {
  return (
    <RoleOnly roles={['resident', 'committee', 'cadre']} className="service-order">
      {() => (
        <View id="service-order-page">
          <StateView kind="empty" title="这里还没有内容" detail="服务订单的内容会显示在这里" />
        </View>
      )}
    </RoleOnly>
  );
}
