import type { Role } from '../users';
import { isPublicState, type MatterState } from './states';

export interface MatterViewer {
  userId: string;
  role: Role;
  communityIds: readonly string[];
}

export interface VisibleMatter {
  authorId: string;
  /** Staff who raised it for the resident (a visit, 红色代办): they follow it in any state, as the author. */
  raisedById?: string | null;
  communityId: string;
  state: MatterState;
  anonymous: boolean;
}

/** The committee of the matter's community sees everything in it; it moderates. */
export function isCommitteeOf(viewer: MatterViewer, communityId: string): boolean {
  return viewer.role === 'committee' && viewer.communityIds.includes(communityId);
}

/**
 * Residents and cadres of the community see public matters; the author sees their own in any
 * state (so they can follow review); the committee sees all of its community's matters.
 */
export function canSeeMatter(viewer: MatterViewer, matter: VisibleMatter): boolean {
  if (viewer.userId === matter.authorId || viewer.userId === matter.raisedById) return true;
  if (!viewer.communityIds.includes(matter.communityId)) return false;
  return isCommitteeOf(viewer, matter.communityId) || isPublicState(matter.state);
}

/** Anonymity is toward other residents and cadres only, never toward the committee. */
export function canSeeAuthor(viewer: MatterViewer, matter: VisibleMatter): boolean {
  return (
    !matter.anonymous ||
    viewer.userId === matter.authorId ||
    viewer.userId === matter.raisedById ||
    isCommitteeOf(viewer, matter.communityId)
  );
}
