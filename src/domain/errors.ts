/**
 * Error codes shared by client and server. Every failure a user can meet has a code,
 * an HTTP status (used by the local host) and a plain Chinese message.
 */
export const errorCatalog = {
  BAD_INPUT: { status: 400, message: '填写的内容有误，请检查后再试' },
  BAD_REQUEST: { status: 400, message: '请求格式不正确' },
  UNAUTHENTICATED: { status: 401, message: '请先登录' },
  NOT_REGISTERED: { status: 403, message: '请先完成登录注册' },
  FORBIDDEN: { status: 403, message: '您没有权限进行此操作' },
  OUTSIDE_COMMUNITY: { status: 403, message: '只能处理本社区的事项' },
  PROFILE_INCOMPLETE: { status: 403, message: '请先完善个人资料' },
  /** Publishing needs a phone number WeChat vouched for (后台实名、前台自愿): the client offers to verify. */
  PHONE_UNVERIFIED: { status: 403, message: '发布前请先验证手机号，号码只用于实名登记，不会公开' },
  NOT_FOUND: { status: 404, message: '内容不存在或已被删除' },
  UNKNOWN_ACTION: { status: 404, message: '不支持的操作' },
  CONTENT_REJECTED: { status: 400, message: '内容包含不适宜发布的信息，请修改后再提交' },
  CONFLICT: { status: 409, message: '操作冲突，请刷新后再试' },
  INVALID_STATE: { status: 409, message: '当前状态下不能进行此操作' },
  /** Too late for this step (booking, cancelling): the message says whom to call instead. */
  DEADLINE_PASSED: { status: 409, message: '已过截止时间，如需调整请联系社区居委会' },
  /** The step needs an explicit yes (e.g. concluding with open action items): resend with the flag. */
  CONFIRMATION_REQUIRED: { status: 409, message: '请确认后再提交' },
  REQUEST_IN_PROGRESS: { status: 409, message: '上一次提交还在处理中，请稍候' },
  REQUEST_ID_REUSED: { status: 409, message: '重复的请求编号，请重新提交' },
  PAYLOAD_TOO_LARGE: { status: 413, message: '提交的内容过大' },
  RATE_LIMITED: { status: 429, message: '操作太频繁，请稍后再试' },
  INTERNAL: { status: 500, message: '系统开小差了，请稍后再试' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof errorCatalog;

export const errorCodes = Object.keys(errorCatalog) as ErrorCode[];

export function httpStatusOf(code: ErrorCode): number {
  return errorCatalog[code].status;
}

/** One field problem, in Chinese, pointing at the input path. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** A failure the caller can act on. Services throw it; the handler turns it into an envelope. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues?: FieldIssue[];

  constructor(code: ErrorCode, message?: string, issues?: FieldIssue[]) {
    super(message ?? errorCatalog[code].message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
