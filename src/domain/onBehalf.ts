import { idSchema } from './ids';
import { lazySchema } from './lazySchema';
import { boundedText } from './text';
import { personNameSchema } from './users';

/**
 * 红色代办, acting on behalf: a committee member, grid worker or cadre orders a service, raises a
 * 说事 or books a 民意5来听 visit for a resident at the door, often an elder without a phone. The
 * three share who it is for, how the resident agreed and whom to tell; this module is that part.
 */

/** How the resident agreed, in the staff member's words (`本人口头同意`). */
export const consentNoteSchema = boundedText(
  '请写明居民如何同意（如：本人口头同意）',
  2,
  '请写明居民如何同意（如：本人口头同意）',
  60,
  '最多60字',
);

/**
 * Whom staff act for: a registered resident of the community (the record is theirs), or the name
 * of one without an account; and, optionally, a registered family member of the same community
 * who is told in their place (家属).
 */
export const onBehalfShape = {
  residentId: idSchema.nullable().default(null),
  residentName: lazySchema(() => personNameSchema),
  consent: consentNoteSchema,
  familyId: idSchema.nullable().default(null),
};

/** The usual ways a resident at the door agrees: a tap fills the box. */
export const usualConsents = ['本人口头同意', '本人到社区当面同意', '家属代为同意（电话确认）'];

/** `由陈秀英代办`: shown wherever a record made on a resident's behalf is shown. */
export function onBehalfLine(staffName: string): string {
  return `由${staffName || '社区工作人员'}代办`;
}
