import Taro from '@tarojs/taro';

/**
 * Asks a yes-or-no question the server raised (CONFIRMATION_REQUIRED): its message is the question,
 * the buttons say plainly what each answer does (WeChat allows at most 4 characters on each).
 * True when the user chose to go ahead.
 */
export async function confirmChoice(question: {
  title: string;
  content: string;
  confirmText: string;
  cancelText: string;
}): Promise<boolean> {
  const answer = await Taro.showModal(question);
  return answer.confirm;
}
