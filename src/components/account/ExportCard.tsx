import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { call } from '../../api/client';
import { fetchExport, handOverExport, type ReadyExport } from '../../api/exportFile';
import { useCommand } from '../../hooks/useCommand';
import { formatShanghai } from '@domain/time';

/** 导出我的数据: the server packs everything it holds about the person; they take the file away. */
export function ExportCard() {
  const exporting = useCommand({ toast: 'account-toast', failures: 'toast' });
  const [ready, setReady] = useState<(ReadyExport & { expiresAt: number }) | null>(null);

  async function exportData() {
    const sent = await exporting.run({}, (requestId) => call('account', 'exportMyData', {}, { requestId }));
    if (!sent.ok) return;
    const { fileName, url, expiresAt } = sent.value;
    setReady({ ...(await fetchExport(fileName, url)), expiresAt });
  }

  return (
    <View className="account-card" id="account-export">
      <View className="account-card__title">导出我的数据</View>
      <View className="account-card__text">
        把我们保存的您的资料、说事、评论、附议、预约、民情日记、消息和操作记录打包成一个文件（压缩包里是一份 JSON
        文件），只有您能下载，1小时内有效。
      </View>
      {ready ? (
        <View id="account-export-ready">
          <View className="account-card__text">
            已生成：{ready.fileName}，{formatShanghai(ready.expiresAt).slice(11)}前有效
          </View>
          <Button id="account-export-take" type="primary" block onClick={() => handOverExport(ready)}>
            {ready.localPath ? '发送到微信聊天' : '下载文件'}
          </Button>
        </View>
      ) : (
        <Button id="account-export-start" block loading={exporting.busy} onClick={() => void exportData()}>
          导出我的数据
        </Button>
      )}
    </View>
  );
}
