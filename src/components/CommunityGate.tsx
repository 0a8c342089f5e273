import type { ReactNode } from 'react';
import type { SelfView } from '@domain/users';
import { StateView } from './StateView';
import { ProfileNeeded } from './ProfileNeeded';

/**
 * For pages that need a community: the admin (who has none) is told who runs it, staff without
 * an assigned community are sent to the admin, and a resident without one to the profile.
 */
export function CommunityGate({
  user,
  adminNote,
  profileNote,
  children,
}: {
  user: SelfView;
  adminNote: { title: string; detail: string };
  /** Why the resident should choose a community first. */
  profileNote: string;
  children: ReactNode;
}) {
  if (user.role === 'admin') return <StateView kind="empty" {...adminNote} />;
  if (user.role !== 'resident' && user.communityIds.length === 0) {
    return <StateView kind="empty" title="还没有为您指定负责的社区" detail="请联系系统管理员" />;
  }
  if (user.role === 'resident' && !user.communityId) {
    return <ProfileNeeded why={profileNote} />;
  }
  return <>{children}</>;
}
