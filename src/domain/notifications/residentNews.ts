import { deliveryStateLabels, type DeliveryState } from './views';
import { consentMoments, type ConsentMoment, type TemplateKey } from './templates';

/** A kind of news a resident may have sent to their WeChat, and the moment the app asks for it. */
export interface ResidentNews {
  key: TemplateKey;
  /** What it is, in the resident's words. */
  label: string;
  moment: ConsentMoment;
  /** What the resident does when WeChat asks (consentMoments): 提出、附议或关注说事, 预约接访, 点单. */
  askedWhen: string;
}

const askedWhen: Record<'matter' | 'booking' | 'service', string> = {
  matter: '提出、附议或关注说事',
  booking: '预约接访或报名志愿活动',
  service: '点单、接单或报到志愿者',
};

/** The news residents can be told in WeChat, one row each on their 微信通知 tab. */
export const residentNews: readonly ResidentNews[] = [
  { key: 'matterProgress', label: '说事进展', moment: 'matter', askedWhen: askedWhen.matter },
  { key: 'bookingResult', label: '预约结果', moment: 'booking', askedWhen: askedWhen.booking },
  { key: 'visitReminder', label: '接访和活动提醒', moment: 'booking', askedWhen: askedWhen.booking },
  { key: 'serviceProgress', label: '服务单进展', moment: 'service', askedWhen: askedWhen.service },
];

/** Each row is asked for where the consent moment asks for it (a test holds this). */
export function isAskedAt(news: ResidentNews): boolean {
  return (consentMoments[news.moment] as readonly TemplateKey[]).includes(news.key);
}

/**
 * Whether the next news of a kind will reach WeChat, and how to make it so. WeChat lets us send
 * one message per 允许, so "on" means at least one is allowed; WeChat asks at the moment named,
 * and its dialog's 「总是保持以上选择」 makes it answer 允许 by itself from then on.
 */
export function residentNewsState(news: ResidentNews, allowed: number): { on: boolean; state: string; how: string } {
  if (allowed > 0) {
    return {
      on: true,
      state: '会通过微信通知您',
      how: `下一条${news.label}会发到您的微信。以后每次${news.askedWhen}时点「允许」，就会继续通知您。`,
    };
  }
  return {
    on: false,
    state: '未开启',
    how: `下次${news.askedWhen}时，微信会问您是否接收通知：点「允许」；勾选「总是保持以上选择」，以后就不用每次再点。`,
  };
}

/**
 * How a resident reads what became of a WeChat message: the staff's words (deliveryStateLabels)
 * where they are plain already, theirs where those speak of authorisation and failed sends.
 */
export const residentDeliveryLabels: Record<DeliveryState, string> = {
  ...deliveryStateLabels,
  no_consent: '未开启微信通知',
  expired: '已过时，没有发',
  failed: '没能发到微信',
};
