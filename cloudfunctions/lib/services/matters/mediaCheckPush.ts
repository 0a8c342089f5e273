import type { Deps } from '../../deps';
import type { MediaVerdictSink } from '../../ports/contentCheck';

/** The message WeChat pushes when an asynchronous image check (mediaCheckAsync v2) is done. */
export interface MediaCheckPush {
  Event: 'wxa_media_check';
  trace_id: string;
  result?: { suggest?: string; label?: number };
}

export function isMediaCheckPush(event: unknown): event is MediaCheckPush {
  const candidate = event as Partial<MediaCheckPush> | null;
  return candidate?.Event === 'wxa_media_check' && typeof candidate.trace_id === 'string';
}

/**
 * Applies a pushed verdict. Only a trace id we handed out is accepted (they never leave the
 * server), so a forged push cannot reveal a photo. Anything but "pass" keeps the photo hidden.
 */
export async function applyMediaCheckPush(
  deps: Deps,
  sink: MediaVerdictSink,
  push: MediaCheckPush,
): Promise<{ applied: boolean }> {
  const photo = await deps.storage.photoChecks.find(push.trace_id);
  if (!photo) {
    deps.logger.warn('media_check_unknown_trace', { traceId: push.trace_id });
    return { applied: false };
  }
  await sink(photo.matterId, photo.fileId, push.result?.suggest === 'pass' ? 'passed' : 'rejected');
  return { applied: true };
}
