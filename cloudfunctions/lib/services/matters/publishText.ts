import { AppError } from '@domain/errors';
import { maskSensitiveText, type MaskedKind } from '@domain/matters/textMasking';
import type { Deps } from '../../deps';
import type { TextCheckContext } from '../../ports/contentCheck';

export interface PreparedTexts<K extends string> {
  texts: Record<K, string>;
  maskedKinds: MaskedKind[];
  /** The content check asked for a person to look before publishing. */
  needsReview: boolean;
}

/**
 * Every public text is masked (phone, ID, plate numbers) and then checked before anyone else can
 * see it. `risky` is refused outright with a reason; `review` goes to the committee's queue.
 */
export async function prepareTexts<K extends string>(
  deps: Deps,
  fields: Record<K, string>,
  context: TextCheckContext,
): Promise<PreparedTexts<K>> {
  const texts = {} as Record<K, string>;
  const maskedKinds = new Set<MaskedKind>();
  for (const key of Object.keys(fields) as K[]) {
    const masked = maskSensitiveText(fields[key]);
    texts[key] = masked.text;
    masked.masked.forEach((kind) => maskedKinds.add(kind));
  }
  const verdict = await deps.content.checkText(Object.values<string>(texts).join('\n'), context);
  if (verdict.suggest === 'risky') {
    throw new AppError('CONTENT_REJECTED', `内容可能违反平台规定（${verdict.label}），请修改后再提交`);
  }
  return { texts, maskedKinds: [...maskedKinds], needsReview: verdict.suggest === 'review' };
}

/**
 * Texts that are public at once and have no review queue of their own (a rating comment, a reopen
 * reason): masked and checked like the rest; a "review" verdict is refused too, with a way out.
 */
export async function prepareUnqueuedTexts<K extends string>(
  deps: Deps,
  fields: Record<K, string>,
  context: TextCheckContext,
): Promise<PreparedTexts<K>> {
  const prepared = await prepareTexts(deps, fields, context);
  if (prepared.needsReview) {
    throw new AppError('CONTENT_REJECTED', '这段话需要人工审核才能公开，请换个说法再提交');
  }
  return prepared;
}
