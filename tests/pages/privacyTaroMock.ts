/**
 * WeChat's privacy APIs for the page tests: a small fake of what WeChat does, since WeChat is
 * outside this machine. requirePrivacyAuthorize succeeds at once once the user has agreed;
 * otherwise it hands our listener (onNeedPrivacyAuthorization) a `resolve` and waits: agreeing
 * needs the id of an agree button, disagreeing fails the call, as WeChat's base library does.
 *
 *   jest.mock('@tarojs/taro', () => require('./privacyTaroMock').taroWithPrivacy());
 */
type Resolve = (option: { event: 'agree' | 'disagree' | 'exposureAuthorization'; buttonId?: string }) => void;
type Listener = (resolve: Resolve, eventInfo: { referrer: string }) => void;

export const wechatPrivacy = {
  agreed: false,
  listener: null as Listener | null,
  /** Every answer our listener gave, as WeChat received it. */
  answers: [] as Parameters<Resolve>[0][],
};

export function resetWechatPrivacy(): void {
  Object.assign(wechatPrivacy, { agreed: false, listener: null, answers: [] });
}

/** WeChat holding back a privacy API: our listener is asked; the answer releases or fails it. */
export function wechatNeedsAuthorization(onAnswer: (agreed: boolean) => void): void {
  if (!wechatPrivacy.listener) throw new Error('no onNeedPrivacyAuthorization listener');
  wechatPrivacy.listener(
    (option) => {
      wechatPrivacy.answers.push(option);
      if (option.event === 'agree' && option.buttonId) wechatPrivacy.agreed = true;
      if (option.event !== 'exposureAuthorization') onAnswer(wechatPrivacy.agreed);
    },
    { referrer: 'chooseImage' },
  );
}

export function taroWithPrivacy() {
  const withPages = jest.requireActual('./mattersTaroMock').taroWithPageHooks();
  const extra = {
    onNeedPrivacyAuthorization: jest.fn((listener: Listener) => void (wechatPrivacy.listener = listener)),
    requirePrivacyAuthorize: jest.fn((option: { success: () => void; fail: (e: { errMsg: string }) => void }) => {
      if (wechatPrivacy.agreed) return option.success();
      wechatNeedsAuthorization((agreed) =>
        agreed
          ? option.success()
          : option.fail({ errMsg: 'requirePrivacyAuthorize:fail privacy permission is not authorized' }),
      );
    }),
    openPrivacyContract: jest.fn(),
  };
  Object.assign(withPages.default, extra);
  return { ...withPages, ...extra };
}
