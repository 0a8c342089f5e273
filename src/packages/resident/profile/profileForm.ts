import type { FieldIssue } from '@domain/errors';
import { compoundsOf, gridsOf, type Directory } from '@domain/places';
import { profileInputSchema, type ProfileInput, type SelfView } from '@domain/users';
import { toFieldIssues } from '@domain/validation';

export interface ProfileDraft {
  name: string;
  communityId: string | null;
  gridId: string | null;
  compoundId: string | null;
  building: string;
  phone: string;
}

export function draftFrom(user: SelfView): ProfileDraft {
  return {
    name: user.name,
    communityId: user.communityId,
    gridId: user.gridId,
    compoundId: user.compoundId,
    building: user.building,
    phone: user.phone,
  };
}

/**
 * Communities a user may choose: any for residents, the admin and a (district-wide) department,
 * the assigned or derived ones for the other roles (the account service checks the same).
 */
export function selectableCommunities(user: SelfView, directory: Directory) {
  const all = directory.communities;
  const any = user.role === 'resident' || user.role === 'admin' || user.role === 'department';
  return any ? all : all.filter((c) => user.communityIds.includes(c.id));
}

/** Changing the community clears grid and compound; changing the grid clears a compound outside it. */
export function withCommunity(draft: ProfileDraft, communityId: string): ProfileDraft {
  if (draft.communityId === communityId) return draft;
  return { ...draft, communityId, gridId: null, compoundId: null };
}

export function withGrid(draft: ProfileDraft, gridId: string, directory: Directory): ProfileDraft {
  const compoundStays = directory.compounds.some((c) => c.id === draft.compoundId && c.gridId === gridId);
  return { ...draft, gridId, compoundId: compoundStays ? draft.compoundId : null };
}

export function withCompound(draft: ProfileDraft, compoundId: string, directory: Directory): ProfileDraft {
  const compound = directory.compounds.find((c) => c.id === compoundId);
  return { ...draft, compoundId, gridId: compound?.gridId ?? draft.gridId };
}

export function gridChoices(draft: ProfileDraft, directory: Directory) {
  return draft.communityId ? gridsOf(directory, draft.communityId) : [];
}

export function compoundChoices(draft: ProfileDraft, directory: Directory) {
  return draft.communityId ? compoundsOf(directory, draft.communityId, draft.gridId) : [];
}

const fieldOrder = ['name', 'communityId', 'gridId', 'compoundId', 'building', 'phone'];
const NO_COMMUNITY = '请选择您所在的社区';

/**
 * Checks the draft with the same schema the server uses, so errors show before sending: every
 * field's first problem at once, in the order of the form.
 */
export function validateDraft(
  draft: ProfileDraft,
): { ok: true; input: ProfileInput } | { ok: false; issues: FieldIssue[] } {
  const input: ProfileInput = {
    name: draft.name,
    communityId: draft.communityId ?? '',
    gridId: draft.gridId,
    compoundId: draft.compoundId,
    building: draft.building,
    phone: draft.phone,
  };
  const parsed = profileInputSchema.safeParse(input);
  if (parsed.success && draft.communityId) return { ok: true, input };
  const found = parsed.success ? [] : toFieldIssues(parsed.error);
  const issues = fieldOrder.flatMap((path): FieldIssue[] => {
    if (path === 'communityId') return draft.communityId ? [] : [{ path, message: NO_COMMUNITY }];
    const first = found.find((issue) => issue.path === path);
    return first ? [first] : [];
  });
  return { ok: false, issues };
}

/** What is still wrong with the draft, field by field (none when it would be saved). */
export function draftIssues(draft: ProfileDraft): FieldIssue[] {
  const checked = validateDraft(draft);
  return checked.ok ? [] : checked.issues;
}
