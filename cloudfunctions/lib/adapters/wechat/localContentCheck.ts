import type { ContentChecker, MediaVerdictSink, TextVerdict } from '../../ports/contentCheck';
import { localReviewWords, localRiskyWords } from './localKeywords';

/**
 * The local stand-in for WeChat's content security API: a keyword list kept in the repo.
 * Images pass on the next tick, asynchronously like mediaCheckAsync, unless their file id
 * contains `reject-me` (so tests can exercise a rejected photo).
 */
export function localContentChecker(deliverImageVerdict: () => MediaVerdictSink): ContentChecker {
  return {
    async checkText(text) {
      return verdictFor(text);
    },
    async submitImage(fileId, context) {
      const verdict = fileId.includes('reject-me') ? 'rejected' : 'passed';
      // A macrotask later, like a verdict that arrives after the call returned.
      setTimeout(() => void deliverImageVerdict()(context.matterId, fileId, verdict), 0);
      return { traceId: null };
    },
  };
}

export function verdictFor(text: string): TextVerdict {
  const normalized = text.replace(/\s+/g, '').toLowerCase();
  const risky = localRiskyWords.find((word) => normalized.includes(word));
  if (risky) return { suggest: 'risky', label: risky };
  const review = localReviewWords.find((word) => normalized.includes(word));
  if (review) return { suggest: 'review', label: review };
  return { suggest: 'pass' };
}
