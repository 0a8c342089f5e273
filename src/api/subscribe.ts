import Taro from '@tarojs/taro';
import type { z } from 'zod';
import { bundledTemplates } from '@domain/notifications/bundledTemplates';
import { consentMoments, templateByKey, type ConsentMoment } from '@domain/notifications/templates';
import type { creditSchema } from '@domain/notifications/views';
import { call } from './client';
import { newRequestId } from './requestId';

export type Credit = z.infer<typeof creditSchema>;

/** A template as a consent dialog lists it. */
export interface ConsentTemplate {
  id: string;
  title: string;
}

/** WeChat's answer: each template id -> 'accept', 'reject', 'ban' or 'filter'. */
export type ConsentAnswer = Record<string, string>;

/** The h5 stand-in for WeChat's consent dialog (see components/notifications/ConsentSheet). */
export type ConsentPrompt = (templates: ConsentTemplate[]) => Promise<ConsentAnswer>;

export type ConsentOutcome =
  | { status: 'granted'; accepted: string[]; credits: Credit[] }
  | { status: 'declined' }
  | { status: 'unavailable' }
  | { status: 'failed' };

/** WeChat takes at most 3 template ids per request. */
const MAX_TEMPLATES_PER_ASK = 3;

let standInPrompt: ConsentPrompt | null = null;

/** The h5 app's consent sheet registers itself here; the returned function unregisters it. */
export function setConsentPrompt(prompt: ConsentPrompt): () => void {
  standInPrompt = prompt;
  return () => {
    if (standInPrompt === prompt) standInPrompt = null;
  };
}

/** This deployment's templates for one consent moment, as many as WeChat takes in one request. */
export function consentTemplates(moment: ConsentMoment): ConsentTemplate[] {
  return consentMoments[moment]
    .slice(0, MAX_TEMPLATES_PER_ASK)
    .map((key) => templateByKey(bundledTemplates, key))
    .map(({ id, title }) => ({ id, title }));
}

/**
 * Asks the user to accept WeChat notifications for what they are doing, and tells the server how
 * many they may now receive (one per accepted template). Call it from a tap handler BEFORE the
 * first await: WeChat refuses requestSubscribeMessage outside the synchronous part of a tap
 * ("can only be invoked by user TAP gesture"). Consent is optional, so this never throws and the
 * caller goes on with its action without waiting; the promise only tells the outcome.
 */
export function askConsent(moment: ConsentMoment): Promise<ConsentOutcome> {
  return dialogAnswer(moment).then((answer) =>
    typeof answer === 'string' ? { status: answer } : report(moment, answer.accepted),
  );
}

/**
 * How long the command of a tap waits for the consent dialog's answer. A person still reading the
 * dialog after this is not kept waiting for their booking: the command goes without, and the
 * answer, when it comes, is reported on its own (notification.subscribe), so nothing is lost.
 */
export const CONSENT_WAIT_MS = 15_000;

/**
 * Asks the same way (call it before the first await of the tap), but answers with the template
 * ids the user accepted: the command the tap sends next carries them, so the consent is recorded
 * by that call instead of a call of its own. Never throws: [] when nothing was accepted, the
 * dialog could not open, or it was not answered within CONSENT_WAIT_MS.
 */
export function acceptedConsent(moment: ConsentMoment): Promise<string[]> {
  const answered = dialogAnswer(moment).then((answer) => (typeof answer === 'string' ? [] : answer.accepted));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waited = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), CONSENT_WAIT_MS);
  });
  return Promise.race([answered, waited]).then((accepted) => {
    clearTimeout(timer);
    if (accepted !== null) return accepted;
    void answered.then((late) => report(moment, late));
    return [];
  });
}

/**
 * The dialog's answer: the template ids accepted, 'unavailable' where there is no dialog, or
 * 'failed'. Never rejects: the user closing the dialog, an old WeChat, notifications switched
 * off, the action goes on.
 */
function dialogAnswer(moment: ConsentMoment): Promise<{ accepted: string[] } | 'unavailable' | 'failed'> {
  return openDialog(moment).then(
    (result) => (result === null ? ('unavailable' as const) : { accepted: acceptedIds(result) }),
    (error: unknown) => {
      console.warn('[consent] not asked:', describe(error));
      return 'failed' as const;
    },
  );
}

/** The consent dialog (WeChat's, or the h5 stand-in), opened synchronously; null where there is none. */
function openDialog(moment: ConsentMoment): Promise<ConsentAnswer | null> {
  try {
    const templates = consentTemplates(moment);
    return process.env.TARO_ENV === 'h5' ? askStandIn(templates) : askWechat(templates);
  } catch (error) {
    return Promise.reject(error);
  }
}

/** What a command carries of the consent: nothing when nothing was accepted. */
export function withConsent<T extends object>(input: T, accepted: string[]): T & { acceptedTemplateIds?: string[] } {
  return accepted.length > 0 ? { ...input, acceptedTemplateIds: accepted } : input;
}

/** Synchronous up to the WeChat call: nothing may be awaited before it. */
function askWechat(templates: ConsentTemplate[]): Promise<ConsentAnswer | null> {
  if (typeof Taro.requestSubscribeMessage !== 'function') return Promise.resolve(null);
  const tmplIds = templates.map((t) => t.id);
  return Taro.requestSubscribeMessage({
    tmplIds,
  } as Taro.requestSubscribeMessage.Option) as unknown as Promise<ConsentAnswer>;
}

function askStandIn(templates: ConsentTemplate[]): Promise<ConsentAnswer | null> {
  return standInPrompt ? standInPrompt(templates) : Promise.resolve(null);
}

function acceptedIds(answer: ConsentAnswer): string[] {
  return Object.keys(answer).filter((key) => answer[key] === 'accept');
}

async function report(moment: ConsentMoment, accepted: string[]): Promise<ConsentOutcome> {
  if (accepted.length === 0) return { status: 'declined' };
  try {
    const { credits } = await call(
      'notification',
      'subscribe',
      { moment, acceptedTemplateIds: accepted },
      { requestId: newRequestId() },
    );
    return { status: 'granted', accepted, credits };
  } catch (error) {
    console.warn('[consent] not reported:', describe(error));
    return { status: 'failed' };
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === 'object' && 'errMsg' in error) return String((error as { errMsg: unknown }).errMsg);
  return String(error);
}
