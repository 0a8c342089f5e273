import { Button, Toast } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { routes } from '@domain/routes';
import { formatWhen } from '@domain/time';
import { call } from '../../../api/client';
import { CardTitle } from '../../../components/CardTitle';
import { Screen } from '../../../components/Screen';
import { ErrorView, LoadingView, StateView } from '../../../components/StateView';
import { SessionGate } from '../../../components/SessionGate';
import { useAsync } from '../../../hooks/useAsync';
import { usePageParams } from '../../../hooks/usePageParams';
import { absoluteAddress, takeOpenData } from './openDataLink';
import './index.scss';

const TOAST = 'open-data-toast';

/**
 * 社区公开数据: what the community makes public (its matters without anyone's name or address, and
 * its monthly figures), the stable address of the ZIP, and what each column means. For anyone in
 * the community; the address itself needs no account.
 */
export default function OpenDataPage() {
  const read = usePageParams(routes.openData);
  const asked = read.ok ? read.params.communityId : undefined;
  return (
    <Screen className="open-data">
      <SessionGate>
        {(user) => {
          const communityId = asked ?? user.communityId ?? user.communityIds[0];
          if (!communityId)
            return <StateView kind="empty" title="还没有所属社区" detail="完善个人资料、选择社区后可查看" />;
          return <OpenData communityId={communityId} />;
        }}
      </SessionGate>
    </Screen>
  );
}

function OpenData({ communityId }: { communityId: string }) {
  const data = useAsync(() => call('stats', 'openData', { communityId }), [communityId]);
  if (!data.data) {
    if (data.status === 'error') return <ErrorView message={data.error.message} onRetry={() => void data.reload()} />;
    return <LoadingView />;
  }
  const { communityName, url, fileName, files, updatedAt } = data.data;
  async function take() {
    const how = await takeOpenData(url);
    if (how === 'copied') Toast.show(TOAST, { content: '下载地址已复制，可在浏览器或电脑上打开', icon: 'success' });
  }
  return (
    <View id="open-data-page">
      <View className="mq-card" id="open-data-summary">
        <CardTitle>{`${communityName}公开数据`}</CardTitle>
        <View className="open-data__text">
          本社区公开的居民说事（不含提出人、住址和照片，文字中的电话号码等已隐去）和每月统计数字，打包为 CSV 文件，可用
          Excel 或 WPS 打开。
        </View>
        <View className="open-data__meta mq-muted" id="open-data-updated">
          {`${fileName} · 更新于 ${formatWhen(updatedAt, Date.now())}（每天更新）`}
        </View>
        <View className="open-data__address" id="open-data-address">
          <Text userSelect>{absoluteAddress(url)}</Text>
        </View>
        <Button type="primary" block className="open-data__button" id="open-data-take" onClick={() => void take()}>
          {process.env.TARO_ENV === 'weapp' ? '复制下载地址' : '下载数据包'}
        </Button>
      </View>
      <View className="mq-card" id="open-data-dictionary">
        <CardTitle>数据说明</CardTitle>
        {files.map((file) => (
          <View key={file.name} className="open-data__file">
            <View className="open-data__file-name">{file.name}</View>
            <View className="open-data__file-title mq-muted">{file.title}</View>
            {file.columns.map((column) => (
              <View key={column.name} className="open-data__column">
                <Text className="open-data__column-name">{column.name}</Text>
                <Text className="open-data__column-meaning">{column.meaning}</Text>
              </View>
            ))}
          </View>
        ))}
      </View>
      <Toast id={TOAST} />
    </View>
  );
}
