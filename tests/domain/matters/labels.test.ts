import { categoryLabels, matterCategories, matterCategorySchema } from '@domain/matters/categories';
import {
  activeStates,
  isActiveState,
  isPublicState,
  matterStates,
  matterStateSchema,
  publicStates,
  stateLabels,
  type MatterState,
} from '@domain/matters/states';
import { matterEndings } from '@domain/contract/matter';
import { endingLabels } from '@domain/matters/conclusion';
import { actorRoleLabels } from '@domain/matters/labels';
import { transitionTable } from '@domain/matters/transitions';
import { kindStatus } from '@domain/notifications/kinds';
import { roleLabels } from '@domain/users';
import { bookingStateLabels } from '@domain/visits/views';

describe('matter categories', () => {
  it('labels each category in Chinese', () => {
    expect(matterCategories.map((c) => categoryLabels[c])).toEqual([
      '停车',
      '噪音扰民',
      '物业',
      '环境卫生',
      '安全',
      '设施',
      '其他',
    ]);
  });

  it('accepts a known category and asks for one otherwise, in Chinese', () => {
    expect(matterCategorySchema.parse('noise')).toBe('noise');
    const result = matterCategorySchema.safeParse('dogs');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe('请选择事项类别');
    expect(matterCategorySchema.safeParse(undefined).error?.issues[0].message).toBe('请选择事项类别');
  });
});

describe('matter states', () => {
  it('labels every state in plain Chinese, each label distinct', () => {
    for (const s of matterStates) expect(stateLabels[s]).toMatch(/^[\u4e00-\u9fa5]+$/);
    expect(new Set(Object.values(stateLabels)).size).toBe(matterStates.length);
    expect(stateLabels.pending_review).toBe('待审核');
    expect(stateLabels.closed_unresolved).toBe('未能解决');
  });

  it('keeps unreviewed, rejected and hidden matters out of public lists, and honest endings in', () => {
    expect(matterStates.filter(isPublicState)).toEqual([
      'open',
      'consulting',
      'resolved',
      'closed',
      'escalated',
      'closed_unresolved',
      'referred',
    ]);
    expect(isPublicState('pending_review')).toBe(false);
    expect(isPublicState('rejected')).toBe(false);
    expect(isPublicState('hidden')).toBe(false);
  });

  it('counts only matters still being worked on as active', () => {
    expect(matterStates.filter(isActiveState)).toEqual(['open', 'consulting', 'escalated']);
    for (const s of activeStates) expect(publicStates).toContain(s);
  });

  it('rejects an unknown state', () => {
    expect(matterStateSchema.safeParse('archived').success).toBe(false);
    expect(matterStateSchema.parse('referred')).toBe('referred');
  });
});

describe('one word per state, wherever it is shown', () => {
  it('names each ending after the state it leads to', () => {
    for (const ending of matterEndings) {
      const to = transitionTable[ending].to as MatterState;
      expect(endingLabels[ending]).toBe(stateLabels[to]);
    }
  });

  it('names the people on the timeline by their role, as everywhere else', () => {
    expect(actorRoleLabels.committee).toBe(roleLabels.committee);
    expect(actorRoleLabels.cadre).toBe(roleLabels.cadre);
    expect(actorRoleLabels.system).toBe('系统');
  });

  it("tells a matter's news in the words of its state, and a conclusion without naming a state it may not be in", () => {
    expect(kindStatus.matter_rejected).toBe(stateLabels.rejected);
    expect(kindStatus.booking_waitlisted).toBe(bookingStateLabels.waitlisted);
    expect(kindStatus.slot_cancelled).toBe(bookingStateLabels.cancelled);
    // Concluded: resolved, unresolved or referred. 已办结 was the label of `closed`, a state it is not in.
    expect(Object.values(stateLabels)).not.toContain(kindStatus.matter_resolved);
    expect(kindStatus.matter_resolved).toBe('已有结果');
  });
});
