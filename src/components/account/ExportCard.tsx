import { Button, Toast } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { call } from '../../api/client';
import { fetchExport, openExport, type ReadyExport } from '../../api/exportFile';
import { useCommand } from '../../hooks/useCommand';
import { formatShanghai } from '@domain/time';

/** The Toast of the 账号与隐私 page. */
const TOAST = 'account-toast';

/** 导出我的数据: the server packs everything it holds about the person; they take the file away. */
export function ExportCard() {
  const exporting = useCommand({ toast: TOAST, failures: 'toast' });
  const [ready, setReady] = useState<(ReadyExport & { expiresAt: number }) | null>(null);

  async function exportData() {
    const sent = await exporting.run({}, (requestId) => call('account', 'exportMyData', {}, { requestId }));
    if (!sent.ok) return;
    const { fileName, url, expiresAt } = sent.value;
    try {
      setReady({ ...(await fetchExport(fileName, url)), expiresAt });
    } catch {
      Toast.show(TOAST, { content: '文件下载失败，请重新导出', icon: 'fail' });
    }
  }

  async function open(file: ReadyExport) {
    try {
      await openExport(file);
    } catch {
      Toast.show(TOAST, { content: '打不开这个文件，请重新导出', icon: 'fail' });
    }
  }

  return (
    <View className="account-card" id="account-export">
      <View className="account-card__title">导出我的数据</View>
      <View className="account-card__text">
        把我们保存的您的资料、说事、评论、附议、预约、民情日记、消息和操作记录整理成一份 Excel
        表格，每类记录一个工作表，只有您能打开，1小时内有效。
      </View>
      {ready ? (
        <View id="account-export-ready">
          <View className="account-card__text">
            已生成：{ready.fileName}，{formatShanghai(ready.expiresAt).slice(11)}前有效
          </View>
          {ready.localPath ? (
            <View className="account-card__text">打开后点右上角“…”可以转发给好友或保存到手机。</View>
          ) : null}
          <Button id="account-export-take" type="primary" block onClick={() => void open(ready)}>
            {ready.localPath ? '打开表格' : '下载表格'}
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
