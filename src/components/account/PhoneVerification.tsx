import { Button, Input } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { localPhoneCode } from '@domain/localPhoneCode';
import { phoneSchema, type SelfView } from '@domain/users';
import { call } from '../../api/client';
import { ensurePrivacyConsent } from '../../api/privacy';
import { useCommand } from '../../hooks/useCommand';
import { useSession } from '../../state/session';
import { PrivacySheet } from '../privacy/PrivacySheet';
import './PhoneVerification.scss';

/**
 * 验证手机号 (后台实名、前台自愿): WeChat vouches for the number (getPhoneNumber's one-time code,
 * exchanged by the server), the name others see stays the one the resident chose. WeChat holds the
 * button back until the privacy guide is agreed to: the sheet mounted here asks. h5 has no WeChat:
 * the demo host takes the number typed in as vouched for (src/domain/localPhoneCode.ts).
 */
export function PhoneVerification({ why, onVerified }: { why: string; onVerified?: (user: SelfView) => void }) {
  const { user, setUser } = useSession();
  const verifying = useCommand();
  const [typed, setTyped] = useState('');
  const [declined, setDeclined] = useState(false);
  const isWeapp = process.env.TARO_ENV === 'weapp';

  async function verify(code: string) {
    setDeclined(false);
    const input = { code };
    const sent = await verifying.run(input, (requestId) => call('account', 'verifyPhone', input, { requestId }));
    if (!sent.ok) return;
    setUser(sent.value.user);
    onVerified?.(sent.value.user);
  }

  /** No code: the person said no to WeChat's phone dialog or to the privacy guide. */
  function onWechatPhone(code: string | undefined) {
    if (code) void verify(code);
    else setDeclined(true);
  }

  async function verifyTyped() {
    if (!user) return;
    const phone = typed.trim();
    if (!phone || !phoneSchema.safeParse(phone).success) return verifying.refuse('请填写11位手机号码');
    if (!(await ensurePrivacyConsent(user.id))) return setDeclined(true);
    await verify(localPhoneCode(phone));
  }

  return (
    <View className="mq-phone-verify" id="phone-verify">
      <PrivacySheet />
      <View className="mq-phone-verify__title">验证手机号</View>
      <View className="mq-phone-verify__text">
        {why}
        号码只用于实名登记和社区联系您，其他居民看不到，他们只看到您自己填写的称呼。
      </View>
      {isWeapp ? (
        <Button
          id="phone-verify-wechat"
          type="primary"
          size="large"
          block
          loading={verifying.busy}
          openType="getPhoneNumber"
          onGetPhoneNumber={(event) => onWechatPhone(event.detail.code)}
        >
          微信手机号快速验证
        </Button>
      ) : (
        <>
          <Input
            id="phone-verify-input"
            className="mq-phone-verify__input"
            type="number"
            value={typed}
            placeholder="11位手机号码"
            maxLength={11}
            onChange={(value) => {
              setTyped(value);
              verifying.clearError();
            }}
          />
          <Button
            id="phone-verify-submit"
            type="primary"
            size="large"
            block
            loading={verifying.busy}
            onClick={() => void verifyTyped()}
          >
            验证手机号
          </Button>
          <View className="mq-phone-verify__demo">演示环境没有微信，填写的号码视为已由微信验证。</View>
        </>
      )}
      {declined ? (
        <View className="mq-phone-verify__declined" id="phone-verify-declined" role="status">
          没有验证也可以浏览、支持和预约走访；发布说事和评论需要先验证手机号。
        </View>
      ) : null}
      {verifying.error ? (
        <View className="mq-phone-verify__error" id="phone-verify-error" role="alert">
          {verifying.error.message}
        </View>
      ) : null}
    </View>
  );
}
