import { View } from '@tarojs/components';
import { RoleOnly } from '../../../components/RoleOnly';
import { StateView } from '../../../components/StateView';
import './index.scss';

/**
 * 我的服务单. Reads go through useAsync(() => call(fn, action, input)) and taps through
 * useCommand (src/hooks); links to other pages through openPage(routes.<name>) (src/navigation).
 */
export default function ServiceOrdersPage() {
  return (
    <RoleOnly roles={['resident']} className="service-orders">
      {() => (
        <View id="service-orders-page">
          <StateView kind="empty" title="这里还没有内容" detail="我的服务单的内容会显示在这里" />
        </View>
      )}
    </RoleOnly>
  );
}
