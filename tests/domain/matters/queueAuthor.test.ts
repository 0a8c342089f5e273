import { authorPlaceLine, authorRecordLine, bodyPreview, QUEUE_BODY_PREVIEW_CHARS } from '@domain/matters/queueAuthor';

describe('the moderation queue’s preview and author lines', () => {
  it('carries a body whole up to the preview size, cut by characters (not UTF-16 units) beyond', () => {
    expect(bodyPreview('楼道灯坏了')).toEqual({ body: '楼道灯坏了', bodyCut: false });
    const long = '😀'.repeat(QUEUE_BODY_PREVIEW_CHARS + 5);
    const cut = bodyPreview(long);
    expect(cut.bodyCut).toBe(true);
    expect(Array.from(cut.body)).toHaveLength(QUEUE_BODY_PREVIEW_CHARS);
  });

  it('says where the author lives and their record in plain words', () => {
    expect(authorPlaceLine(['东门社区', null, ' ', '3号楼'])).toBe('东门社区 · 3号楼');
    expect(authorPlaceLine([undefined, ''])).toBe('未填写住址');
    expect(authorRecordLine({ otherMatters: 0, rejectedMatters: 0 })).toBe('首次说事');
    expect(authorRecordLine({ otherMatters: 4, rejectedMatters: 1 })).toBe('另提过 4 件，被驳回 1 件');
  });
});
