/**
 * WeChat's privacy agreement as the fake `wx` plays it: the APIs it guards (chooseImage,
 * requirePrivacyAuthorize) held back until the app's listener has the user agree, and the
 * agreement's own APIs. Exported askPrivacy is also used by wechatPhone.ts for the
 * getPhoneNumber button.
 */
import type { PrivacyLog } from './fakeWxLog';
import { asyncApi, type Options } from './wxAsyncApi';

/**
 * WeChat's privacy agreement: a privacy API (chooseImage, requirePrivacyAuthorize, the
 * getPhoneNumber button: wechatPhone.ts) used before the user agreed is held back while the app's onNeedPrivacyAuthorization listener asks; `agree` counts
 * only with the id of an agree button that was really tapped, as WeChat's base library checks.
 */
export function askPrivacy(privacy: PrivacyLog, referrer: string, done: (agreed: boolean) => void): void {
  if (privacy.agreed) return done(true);
  if (!privacy.listener) return done(false);
  privacy.listener(
    (option) => {
      privacy.answers.push(option);
      if (option.event === 'agree' && privacy.agreeTaps.includes(String(option.buttonId))) privacy.agreed = true;
      if (option.event === 'agree' || option.event === 'disagree') done(privacy.agreed);
    },
    { referrer },
  );
}

export function privacyApis(privacy: PrivacyLog) {
  const authorized = (done: (agreed: boolean) => void) => askPrivacy(privacy, 'chooseImage', done);
  const held =
    (name: string, run: (options: Options) => unknown) =>
    (options: Options = {}) =>
      new Promise((resolve, reject) =>
        authorized((agreed) =>
          (agreed
            ? asyncApi(name, run)
            : asyncApi(name, () => {
                throw new Error('privacy permission is not authorized');
              }))(options).then(resolve, reject),
        ),
      );
  return {
    onNeedPrivacyAuthorization: (listener: PrivacyLog['listener']) => void (privacy.listener = listener),
    requirePrivacyAuthorize: held('requirePrivacyAuthorize', () => undefined),
    getPrivacySetting: asyncApi('getPrivacySetting', () => ({
      needAuthorization: !privacy.agreed,
      privacyContractName: '《民情通隐私保护指引》',
    })),
    openPrivacyContract: asyncApi('openPrivacyContract', () => void (privacy.contractOpened += 1)),
    chooseImage: held('chooseImage', () => {
      privacy.chosenImages += 1;
      return { tempFilePaths: [`http://tmp/photo-${privacy.chosenImages}.jpg`], tempFiles: [] };
    }),
  };
}
