import { View } from '@tarojs/components';
import { RoleOnly } from '../../../components/RoleOnly';
import { StateView } from '../../../components/StateView';
import './index.scss';

/**
 * 志愿时长. Reads go through useAsync(() => call(fn, action, input)) and taps through
 * useCommand (src/hooks); links to other pages through openPage(routes.<name>) (src/navigation).
 */
export default function ServiceHoursPage() {
  return (
    <RoleOnly roles={['resident']} className="service-hours">
      {() => (
        <View id="service-hours-page">
          <StateView kind="empty" title="这里还没有内容" detail="志愿时长的内容会显示在这里" />
        </View>
      )}
    </RoleOnly>
  );
}
