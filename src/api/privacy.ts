import Taro from '@tarojs/taro';
import { hasAgreed, withAgreement, type AgreementsByUser } from '@domain/privacy/agreement';

/**
 * The privacy agreement WeChat requires (since 2023) before an app may use an API that hands over
 * personal data (photos, phone number, location...). The sheet that asks is ours
 * (components/privacy/PrivacySheet): WeChat tells us when it needs an answer
 * (onNeedPrivacyAuthorization) and we answer through the sheet's agree button. In h5 there is no
 * WeChat: the agreement is kept on the device, per user, and the same sheet asks.
 */
export type PrivacyAnswer = 'agree' | 'disagree';

/** Shows the sheet and answers once the user has tapped 同意 or 不同意. */
export type PrivacyPrompt = () => Promise<PrivacyAnswer>;

/** The id of the sheet's agree button: WeChat checks that the button it names was tapped. */
export const AGREE_BUTTON_ID = 'privacy-agree';

const AGREEMENTS_KEY = 'mq.privacyAgreements';

/** The sheets of the open pages that have one; the last is on the page in front. */
let prompts: PrivacyPrompt[] = [];

/** A page's sheet registers itself here (when it mounts); the returned function unregisters it. */
export function setPrivacyPrompt(prompt: PrivacyPrompt): () => void {
  prompts = [...prompts.filter((p) => p !== prompt), prompt];
  return () => {
    prompts = prompts.filter((p) => p !== prompt);
  };
}

/** A page coming back to the front: its sheet is the one that asks. */
export function bringPrivacyPromptToFront(prompt: PrivacyPrompt): void {
  if (prompts.includes(prompt)) setPrivacyPrompt(prompt);
}

/**
 * Asks through the sheet of the page in front. No sheet (a page that uses no API needing the
 * agreement) counts as not agreed: WeChat then fails the API it held back.
 */
export function askPrivacyAgreement(): Promise<PrivacyAnswer> {
  const prompt = prompts[prompts.length - 1];
  return prompt ? prompt() : Promise.resolve('disagree');
}

/**
 * weapp, once at start-up: whenever WeChat holds back an API for want of the agreement, our sheet
 * asks, and its answer releases (agree) or fails (disagree) the API WeChat is holding.
 */
export function answerWechatPrivacyRequests(): void {
  if (process.env.TARO_ENV !== 'weapp' || typeof Taro.onNeedPrivacyAuthorization !== 'function') return;
  Taro.onNeedPrivacyAuthorization((resolve) => {
    const shown = prompts.length > 0;
    const answered = askPrivacyAgreement();
    // WeChat asks to be told when the sheet is in front of the user, before the answer.
    if (shown) resolve({ event: 'exposureAuthorization' });
    void answered.then((answer) =>
      resolve(answer === 'agree' ? { buttonId: AGREE_BUTTON_ID, event: 'agree' } : { event: 'disagree' }),
    );
  });
}

/**
 * Resolves true once the user has agreed to the privacy guide, asking through the sheet if they
 * have not; false when they decline. Call it before the first use of an API that needs the
 * agreement (Taro.chooseImage today). weapp: WeChat knows whether the user agreed and asks through
 * onNeedPrivacyAuthorization (answered above) only if not; a WeChat too old for privacy checks
 * (base library < 2.32.3) needs no agreement. h5: kept on the device for each user.
 */
export function ensurePrivacyConsent(userId: string): Promise<boolean> {
  if (process.env.TARO_ENV === 'weapp') return wechatAgreement();
  if (hasAgreed(storedAgreements(), userId)) return Promise.resolve(true);
  return askPrivacyAgreement().then((answer) => {
    if (answer === 'agree') storeAgreements(withAgreement(storedAgreements(), userId));
    return answer === 'agree';
  });
}

function wechatAgreement(): Promise<boolean> {
  if (typeof Taro.requirePrivacyAuthorize !== 'function') return Promise.resolve(true);
  return new Promise((resolve) => {
    Taro.requirePrivacyAuthorize({ success: () => resolve(true), fail: () => resolve(false) });
  });
}

/** The full guide: WeChat's page of the guide declared in the console (weapp), ours (h5). */
export function openWechatPrivacyContract(): boolean {
  if (process.env.TARO_ENV !== 'weapp' || typeof Taro.openPrivacyContract !== 'function') return false;
  Taro.openPrivacyContract({});
  return true;
}

function storedAgreements(): AgreementsByUser {
  try {
    const value = Taro.getStorageSync(AGREEMENTS_KEY) as unknown;
    return value && typeof value === 'object' ? (value as AgreementsByUser) : {};
  } catch {
    return {};
  }
}

function storeAgreements(agreements: AgreementsByUser): void {
  try {
    Taro.setStorageSync(AGREEMENTS_KEY, agreements);
  } catch {
    // Storage full or unavailable: the sheet asks again next time.
  }
}
