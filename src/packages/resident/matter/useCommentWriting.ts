import Taro from '@tarojs/taro';
import { useState } from 'react';

/**
 * 写评论 from the bottom bar (and 回复 under a comment): brings the comment box into view and puts
 * the cursor in it. A resident who must verify a phone first is taken to that check instead,
 * which stands where the box will be.
 */
export function useCommentWriting(mustVerifyPhone: boolean) {
  const [focusRequest, setFocusRequest] = useState(0);

  function write() {
    const selector = mustVerifyPhone ? '#phone-verify' : '#comment-box';
    void Promise.resolve(Taro.pageScrollTo({ selector, duration: 300 })).catch(() => undefined);
    if (!mustVerifyPhone) setFocusRequest((n) => n + 1);
  }

  return { focusRequest, write };
}
