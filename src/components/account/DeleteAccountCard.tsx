import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { call } from '../../api/client';
import { confirmChoice } from '../staff/confirmChoice';
import { useCommand } from '../../hooks/useCommand';

/** What 注销 does, said before the person decides (the server does exactly this: account.deleteAccount). */
const consequences = [
  '立即退出，这个账号不能再使用',
  '未开始的预约自动取消，名额让给候补的居民',
  '姓名、电话、楼栋、地址和上传的照片全部删除',
  '您说过的事和评论留作社区记录，署名改为“已注销用户”，其中的个人信息会被遮盖',
  '以后用同一个微信再进来，是一个全新的空账号',
];

/** 注销账号, for residents: what happens, then one confirmation, then it is done at once. */
export function DeleteAccountCard({ onDeleted }: { onDeleted: () => void }) {
  const deleting = useCommand({ toast: 'account-toast', failures: 'toast' });

  async function deleteAccount() {
    const sure = await confirmChoice({
      title: '确定注销账号？',
      content: '注销后您的个人数据会被删除，无法恢复。',
      confirmText: '确认注销',
      cancelText: '再想想',
      danger: true,
    });
    if (!sure) return;
    const input = { confirm: true as const };
    const sent = await deleting.run(input, (requestId) => call('account', 'deleteAccount', input, { requestId }));
    if (sent.ok) onDeleted();
  }

  return (
    <View className="account-card" id="account-delete">
      <View className="account-card__title">注销账号</View>
      <View className="account-card__text">注销后：</View>
      {consequences.map((line) => (
        <View key={line} className="account-card__item">
          · {line}
        </View>
      ))}
      <Button
        id="account-delete-start"
        className="account-card__danger"
        block
        loading={deleting.busy}
        onClick={() => void deleteAccount()}
      >
        注销账号
      </Button>
    </View>
  );
}
