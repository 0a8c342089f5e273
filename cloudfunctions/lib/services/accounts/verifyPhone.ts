import { AppError } from '@domain/errors';
import type { PhoneExchange } from '../../ports/phoneNumbers';
import type { ActionContext } from '../../service';
import { requireUser } from '../requireUser';
import { selfView } from '../views';

/**
 * account.verifyPhone: the number WeChat vouches for (后台实名) becomes the user's phone, verified
 * now. Only the user and the staff serving them see it in full; others see it masked, and the name
 * others see stays the one the user chose (前台自愿). A used code fails at WeChat, so a retry of a
 * request that already verified is answered from the stored answer, not by WeChat.
 */
export async function verifyPhone(ctx: ActionContext, input: { code: string }) {
  const user = requireUser(ctx.caller);
  const { deps } = ctx;
  const exchanged = await deps.phoneNumbers.exchange(input.code);
  if (!exchanged.ok) throw refusalOf(exchanged.reason);
  const updated = await deps.storage.users.setVerifiedPhone(user.id, exchanged.phone, deps.clock.now());
  if (!updated) throw new AppError('NOT_FOUND');
  deps.logger.info('phone_verified', { userId: user.id });
  return { user: selfView(updated) };
}

function refusalOf(reason: Extract<PhoneExchange, { ok: false }>['reason']): AppError {
  if (reason === 'foreign') return new AppError('BAD_INPUT', '目前只支持中国大陆手机号');
  if (reason === 'unavailable') return new AppError('INTERNAL', '微信暂时无法验证手机号，请稍后再试');
  return new AppError('BAD_INPUT', '手机号验证已失效，请重新点击验证');
}
