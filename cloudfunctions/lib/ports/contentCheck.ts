/**
 * WeChat requires every user-generated text and image to be checked before others see it.
 * Production: msgSecCheck v2 (text, synchronous) and mediaCheckAsync (images, answered later).
 * Locally: a keyword list kept in the repo, and images passed on the next tick.
 */
export type TextVerdict =
  | { suggest: 'pass' }
  | { suggest: 'review'; label: string }
  | { suggest: 'risky'; label: string };

export interface TextCheckContext {
  openid: string;
  scene: 'matter' | 'comment';
}

export interface ImageCheckContext extends TextCheckContext {
  /** The matter the photo belongs to, handed back with the verdict. */
  matterId: string;
}

export interface ContentChecker {
  checkText(text: string, context: TextCheckContext): Promise<TextVerdict>;
  /**
   * Starts the asynchronous check of an uploaded image. The verdict arrives later through
   * `MediaVerdictSink`: the photo stays hidden from others until then.
   */
  submitImage(fileId: string, context: ImageCheckContext): Promise<{ traceId: string | null }>;
}

/** Where asynchronous image verdicts are delivered (the service updates the photo's status). */
export type MediaVerdictSink = (matterId: string, fileId: string, verdict: 'passed' | 'rejected') => Promise<void>;
