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
  // A department is district-wide (docs/adr/0013): no community is missing, its pages are its cases.
  if (user.role === 'department') {
    return (
      <StateView kind="empty" title="区直部门不按社区查看" detail="街呼区应的案件在首页「承办案件」里接收和办理" />
    );
  }
  if (user.role !== 'resident' && user.communityIds.length === 0) {
    return <StateView kind="empty" title="还没有为您指定负责的社区" detail="请联系系统管理员" />;
  }
  if (user.role === 'resident' && !user.communityId) {
    return <ProfileNeeded why={profileNote} />;
  }
  return <>{children}</>;
}
