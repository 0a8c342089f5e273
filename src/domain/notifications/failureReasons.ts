/**
 * A failed send in words a committee member can act on. `lastError` is `<errcode>: <errmsg>` as
 * the dispatcher keeps it (`no_answer` when WeChat never answered).
 */
const reasonsByCode: Record<string, string> = {
  '40003': '接收人的微信身份无效（可能已注销或更换微信）',
  '40037': '订阅消息模板编号无效：请检查模板配置',
  '47003': '消息内容与模板字段不符：请检查模板配置',
  '-1': '微信系统繁忙，多次重试仍未成功',
  '45009': '发送太频繁，超过微信的接口限额',
  no_answer: '连不上微信服务器，多次重试仍未成功',
};

export function failureReason(lastError: string): string {
  const code = lastError.split(':')[0]?.trim() ?? '';
  return reasonsByCode[code] ?? '微信拒绝了这条通知，多次重试仍未成功';
}
