import type { ContentChecker, TextCheckContext, TextVerdict } from '../../ports/contentCheck';

/** One call of a WeChat open API (CloudBase `callWxOpenApi`), answering the parsed JSON body. */
export type WxOpenApiCall = (apiName: string, requestData: Record<string, unknown>) => Promise<unknown>;

/** msgSecCheck v2 scenes: 2 = comment, 3 = forum post. */
const sceneNumbers: Record<TextCheckContext['scene'], number> = { comment: 2, matter: 3 };

/** WeChat's limit for one msgSecCheck call. */
const MAX_CHECK_CHARS = 2500;

interface MsgSecCheckReply {
  errcode?: number;
  errmsg?: string;
  result?: { suggest?: string; label?: number };
}

/**
 * Production content security: msgSecCheck v2, decided on `result.suggest` (not errcode), and
 * mediaCheckAsync for images (the verdict is pushed to the mini-program's message endpoint later).
 * Long texts are checked in 2,500-character pieces; the strictest verdict wins.
 */
export function wechatContentChecker(
  callOpenApi: WxOpenApiCall,
  imageUrlOf: (fileId: string) => Promise<string>,
): ContentChecker {
  return {
    async checkText(text, context) {
      let verdict: TextVerdict = { suggest: 'pass' };
      for (const piece of pieces(text)) {
        const reply = (await callOpenApi('wxa/msg_sec_check', {
          content: piece,
          version: 2,
          scene: sceneNumbers[context.scene],
          openid: context.openid,
        })) as MsgSecCheckReply;
        verdict = stricter(verdict, verdictOf(reply));
        if (verdict.suggest === 'risky') break;
      }
      return verdict;
    },
    async submitImage(fileId, context) {
      const reply = (await callOpenApi('wxa/media_check_async', {
        media_url: await imageUrlOf(fileId),
        media_type: 2,
        version: 2,
        scene: sceneNumbers[context.scene],
        openid: context.openid,
      })) as { errcode?: number; trace_id?: string };
      if (!reply?.trace_id) throw new Error(`media_check_async failed: errcode ${reply?.errcode ?? '?'}`);
      return { traceId: reply.trace_id };
    },
  };
}

function pieces(text: string): string[] {
  const chars = [...text];
  const result: string[] = [];
  for (let i = 0; i < chars.length; i += MAX_CHECK_CHARS) result.push(chars.slice(i, i + MAX_CHECK_CHARS).join(''));
  return result.length > 0 ? result : [''];
}

/** An unreadable answer is treated as "review": a person looks, nothing unchecked goes out. */
export function verdictOf(reply: MsgSecCheckReply): TextVerdict {
  const suggest = reply.result?.suggest;
  const label = `label ${reply.result?.label ?? reply.errcode ?? '?'}`;
  if (suggest === 'pass') return { suggest: 'pass' };
  if (suggest === 'risky') return { suggest: 'risky', label: '涉嫌违规' };
  return { suggest: 'review', label };
}

const rank = { pass: 0, review: 1, risky: 2 } as const;

function stricter(a: TextVerdict, b: TextVerdict): TextVerdict {
  return rank[b.suggest] > rank[a.suggest] ? b : a;
}
