import Taro from '@tarojs/taro';

/** WeChat's modal takes a colour, not a class: $color-primary of src/styles/tokens.scss, our red. */
const DANGER_COLOR = '#c8102e';

/**
 * Asks a yes-or-no question the server raised (CONFIRMATION_REQUIRED): its message is the question,
 * the buttons say plainly what each answer does (WeChat allows at most 4 characters on each).
 * `danger`: the answer cannot be undone (注销), so its button is red, not WeChat's blue.
 * True when the user chose to go ahead.
 */
export async function confirmChoice(question: {
  title: string;
  content: string;
  confirmText: string;
  cancelText: string;
  danger?: boolean;
}): Promise<boolean> {
  const { danger, ...modal } = question;
  const answer = await Taro.showModal(danger ? { ...modal, confirmColor: DANGER_COLOR } : modal);
  return answer.confirm;
}
