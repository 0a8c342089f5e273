import { commentBodySchema, matterBodySchema, matterTitleSchema, reasonSchema } from '@domain/matters/text';
import { charCount } from '@domain/text';

function messageOf(schema: { safeParse: (v: unknown) => { error?: { issues: { message: string }[] } } }, v: unknown) {
  return schema.safeParse(v).error?.issues.map((i) => i.message);
}

describe('user text', () => {
  it('counts an emoji as one character', () => {
    expect('😀'.length).toBe(2);
    expect(charCount('电梯坏了😀')).toBe(5);
  });

  it('title: trimmed, 4 to 40 characters', () => {
    expect(matterTitleSchema.parse('  电梯坏了  ')).toBe('电梯坏了');
    expect(messageOf(matterTitleSchema, '电梯坏')).toEqual(['标题至少4个字']);
    // Three characters padded with spaces is still three characters.
    expect(messageOf(matterTitleSchema, '  电梯坏  ')).toEqual(['标题至少4个字']);
    expect(matterTitleSchema.parse('停'.repeat(40))).toHaveLength(40);
    expect(messageOf(matterTitleSchema, '停'.repeat(41))).toEqual(['标题最多40个字']);
    expect(messageOf(matterTitleSchema, undefined)).toEqual(['请填写标题']);
  });

  it('title: 40 emoji fit, though they are 80 UTF-16 units', () => {
    expect(matterTitleSchema.safeParse('🚗'.repeat(40)).success).toBe(true);
    expect(messageOf(matterTitleSchema, '🚗'.repeat(41))).toEqual(['标题最多40个字']);
    // Two emoji are four UTF-16 units but only two characters: too short.
    expect(messageOf(matterTitleSchema, '🚗🚗')).toEqual(['标题至少4个字']);
  });

  it('body: 10 to 1000 characters', () => {
    expect(messageOf(matterBodySchema, '楼下总有车乱停')).toEqual(['请把事情说清楚，至少10个字']);
    expect(matterBodySchema.safeParse('楼下总有车乱停，堵住消防通道').success).toBe(true);
    expect(matterBodySchema.safeParse('字'.repeat(1000)).success).toBe(true);
    expect(messageOf(matterBodySchema, '字'.repeat(1001))).toEqual(['内容最多1000字']);
  });

  it('comment: 1 to 500 characters, blank refused', () => {
    expect(commentBodySchema.parse(' 同意 ')).toBe('同意');
    expect(commentBodySchema.safeParse('   ').success).toBe(false);
    expect(commentBodySchema.safeParse('好'.repeat(500)).success).toBe(true);
    expect(messageOf(commentBodySchema, '好'.repeat(501))).toEqual(['评论最多500字']);
  });

  it('reason: 2 to 200 characters', () => {
    expect(messageOf(reasonSchema, '无')).toEqual(['请填写原因']);
    expect(messageOf(reasonSchema, '')).toEqual(['请填写原因']);
    expect(reasonSchema.parse('重复事项')).toBe('重复事项');
    expect(messageOf(reasonSchema, '因'.repeat(201))).toEqual(['原因最多200字']);
  });
});
