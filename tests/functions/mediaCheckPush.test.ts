import type { ContentChecker } from '../../cloudfunctions/lib/ports/contentCheck';
import { imageVerdictSink } from '../../cloudfunctions/lib/services/matters/imageVerdicts';
import { applyMediaCheckPush, isMediaCheckPush } from '../../cloudfunctions/lib/services/matters/mediaCheckPush';
import { seededBackend } from '../support/seededBackend';
import { engines } from '../support/storages';

/** WeChat's side as production sees it: text passes, images get a trace id and no verdict yet. */
function wechatLikeChecker(): ContentChecker & { submitted: string[] } {
  const submitted: string[] = [];
  return {
    submitted,
    async checkText() {
      return { suggest: 'pass' };
    },
    async submitImage(fileId) {
      submitted.push(fileId);
      return { traceId: `trace-${submitted.length}` };
    },
  };
}

describe.each(engines)('image checks answered by a push (production path) on %s', (engine) => {
  it('keeps photos hidden until WeChat pushes "pass", and ignores pushes for unknown trace ids', async () => {
    const { deps, call } = await seededBackend({ engine });
    const checker = wechatLikeChecker();
    deps.content = checker;
    // Uploaded by the resident who raises the matter: only one's own uploads can be attached.
    for (const fileId of ['local/aaaaaaaaaaaa.jpg', 'local/bbbbbbbbbbbb.jpg'])
      deps.uploads.record(fileId, 'u-resident-wang');
    const as = (userId: string) => (action: string, data: unknown) => call('matter', userId, action, data);
    // 西门 publishes at once, so a neighbour can look straight away.
    const raised = await as('u-resident-wang')('raise', {
      title: '运河花园北门井盖松动',
      body: '北门口的井盖踩上去会晃，晚上看不清，老人容易绊倒。',
      category: 'safety',
      photos: ['local/aaaaaaaaaaaa.jpg', 'local/bbbbbbbbbbbb.jpg'],
    });
    if (!raised.ok) throw new Error(JSON.stringify(raised));
    const matterId = (raised.data as { matter: { id: string } }).matter.id;
    expect(checker.submitted).toEqual(['local/aaaaaaaaaaaa.jpg', 'local/bbbbbbbbbbbb.jpg']);

    const sink = imageVerdictSink(() => deps);
    const photosSeenByNeighbour = async () => {
      await deps.storage.users.createIfAbsent({
        ...(await deps.storage.users.findById('u-resident-wang'))!,
        id: 'u-neighbour',
        openid: 'wx-neighbour',
      });
      const seen = await call('matter', { openid: 'wx-neighbour' }, 'detail', { matterId });
      return (seen as { data: { photos: { fileId: string }[] } }).data.photos.map((p) => p.fileId);
    };
    expect(await photosSeenByNeighbour()).toEqual([]);

    const push = { Event: 'wxa_media_check', trace_id: 'trace-1', result: { suggest: 'pass', label: 100 } };
    expect(isMediaCheckPush(push)).toBe(true);
    expect(await applyMediaCheckPush(deps, sink, push as never)).toEqual({ applied: true });
    await applyMediaCheckPush(deps, sink, {
      Event: 'wxa_media_check',
      trace_id: 'trace-2',
      result: { suggest: 'risky' },
    });
    expect(await photosSeenByNeighbour()).toEqual(['local/aaaaaaaaaaaa.jpg']);

    // A forged push with a made-up trace id changes nothing.
    expect(
      await applyMediaCheckPush(deps, sink, {
        Event: 'wxa_media_check',
        trace_id: 'guess',
        result: { suggest: 'pass' },
      }),
    ).toEqual({
      applied: false,
    });
    const stored = await deps.storage.matters.findById(matterId);
    expect(stored?.photos.map((p) => p.status)).toEqual(['passed', 'rejected']);
    expect(isMediaCheckPush({ action: 'list' })).toBe(false);
  });
});
