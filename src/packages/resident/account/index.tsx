import { Cell, Toast } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { DeleteAccountCard } from '../../../components/account/DeleteAccountCard';
import { ExportCard } from '../../../components/account/ExportCard';
import { openPrivacyGuide } from '../../../components/privacy/openPrivacyGuide';
import { RoleOnly } from '../../../components/RoleOnly';
import { openPage, restartAt } from '../../../navigation';
import { useSession } from '../../../state/session';
import { routes } from '@domain/routes';
import './index.scss';

/**
 * 账号与隐私: the privacy guide, a copy of everything we hold about the person, and (residents)
 * 注销. Staff accounts are closed by the administrator, so they see no 注销 here.
 */
export default function ResidentAccountPage() {
  const session = useSession();

  async function afterDeletion() {
    // The account is gone: signing in again (h5: the dev login; WeChat: a new, empty account).
    await session.reload();
    await restartAt(routes.home);
  }

  return (
    <RoleOnly roles={['resident', 'cadre', 'committee', 'admin']} className="resident-account">
      {(user) => (
        <View id="resident-account-page">
          <Cell.Group>
            <Cell
              className="account-cell"
              title={<View id="account-guide">隐私保护指引</View>}
              description="我们收集哪些信息、做什么用、保存多久"
              extra="查看"
              onClick={openPrivacyGuide}
            />
            {user.communityId ? (
              <Cell
                className="account-cell"
                title={<View id="account-open-data">社区公开数据</View>}
                description="本社区公开的说事和每月统计，人人可下载"
                extra="查看"
                onClick={() => void openPage(routes.openData, { communityId: user.communityId ?? undefined })}
              />
            ) : null}
          </Cell.Group>
          <ExportCard />
          {user.role === 'resident' ? (
            <DeleteAccountCard onDeleted={() => void afterDeletion()} />
          ) : (
            <View className="account-card account-card__text" id="account-delete-staff">
              工作人员账号的注销请联系系统管理员办理。
            </View>
          )}
          <Toast id="account-toast" />
        </View>
      )}
    </RoleOnly>
  );
}
