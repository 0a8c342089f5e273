import type { ReactNode } from 'react';
import type { SelfView } from '@domain/users';
import type { useFieldIssues } from '../../../hooks/useFieldIssues';
import type { WhoDraft } from './whoForm';

/**
 * What the 红色代办 page hands each kind of 代办 (服务点单, 说事, 预约接访): the community, who is
 * acting, the shared who-part to send with its own fields, the page's field complaints (the who
 * fields show theirs), and where to report what was done.
 */
export interface OnBehalfModeProps {
  communityId: string;
  user: SelfView;
  who: WhoDraft;
  fields: ReturnType<typeof useFieldIssues>;
  /** The record as everyone will see it (由<staff>代办 included) and any way on from it. */
  onDone: (done: ReactNode) => void;
}
