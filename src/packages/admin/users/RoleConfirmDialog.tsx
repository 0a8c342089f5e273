import { Button, Dialog } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { roleChangeQuestion } from '@domain/auditTrail';
import type { Role } from '@domain/users';

/**
 * Asked before a role change is sent: who becomes what, in which communities, and what that
 * grants. 取消 closes it and nothing is sent; 确认设置 sends the change once.
 */
export function RoleConfirmDialog({
  name,
  role,
  scope,
  busy,
  onConfirm,
  onCancel,
}: {
  name: string;
  role: Role;
  /** `社区：东门社区`, or a case role's grids or body; empty when there is none. */
  scope: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const question = roleChangeQuestion(name, role);
  return (
    <Dialog
      visible
      title={question.title}
      closeOnOverlayClick={false}
      onCancel={onCancel}
      onClose={onCancel}
      footer={
        <View className="admin-confirm__buttons">
          <Button id="role-confirm-cancel" className="admin-confirm__button" fill="outline" onClick={onCancel}>
            取消
          </Button>
          <Button
            id="role-confirm-ok"
            className="admin-confirm__button"
            type="primary"
            loading={busy}
            disabled={busy}
            onClick={onConfirm}
          >
            确认设置
          </Button>
        </View>
      }
    >
      <View className="admin-confirm" id="role-confirm">
        <View className="admin-confirm__detail">{question.detail}</View>
        {scope ? (
          <View className="mq-muted" id="role-confirm-scope">
            {scope}
          </View>
        ) : null}
        <View className="mq-muted">此操作会记入审计记录。</View>
      </View>
    </Dialog>
  );
}
