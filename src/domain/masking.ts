/**
 * Contact details (phone, address) are shown in full only to their owner, the assigned
 * cadre and the community's committee. Everyone else sees them masked.
 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\s+/g, '');
  if (digits.length < 7) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

/** Keeps the compound name (the part before the first digit), hides building and room. */
export function maskAddress(address: string): string {
  const trimmed = address.trim();
  if (trimmed.length === 0) return '';
  const firstDigit = trimmed.search(/\d/);
  const visible = firstDigit === -1 ? trimmed.slice(0, Math.min(4, trimmed.length)) : trimmed.slice(0, firstDigit);
  return `${visible.trim()}****`;
}

export interface ContactViewer {
  userId: string;
  role: string;
  communityIds: readonly string[];
}

export interface ContactOwnership {
  ownerId: string;
  communityId: string;
  /** The cadre a booking or visit is assigned to, when there is one. */
  assignedCadreId?: string;
}

export function canSeeContact(viewer: ContactViewer, record: ContactOwnership): boolean {
  if (viewer.userId === record.ownerId) return true;
  if (record.assignedCadreId !== undefined && viewer.userId === record.assignedCadreId) return true;
  return viewer.role === 'committee' && viewer.communityIds.includes(record.communityId);
}
