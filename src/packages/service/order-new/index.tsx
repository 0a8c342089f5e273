import { View } from '@tarojs/components';
import { RoleOnly } from '../../../components/RoleOnly';
import { StateView } from '../../../components/StateView';
import './index.scss';

/**
 * 我要点单. Reads go through useAsync(() => call(fn, action, input)) and taps through
 * useCommand (src/hooks); links to other pages through openPage(routes.<name>) (src/navigation).
 */
export default function ServiceOrderNewPage() {
  return (
    <RoleOnly roles={['resident']} className="service-order-new">
      {() => (
        <View id="service-order-new-page">
          <StateView kind="empty" title="这里还没有内容" detail="我要点单的内容会显示在这里" />
        </View>
      )}
    </RoleOnly>
  );
}
