import type { ReactNode } from 'react';
import { Screen } from '../../../components/Screen';
import { SessionGate } from '../../../components/SessionGate';
import { StateView } from '../../../components/StateView';
import type { SelfView } from '@domain/users';

/** The committee pages' root: signed in, elder mode applied, and only for 社区居委会 members. */
export function CommitteeOnly({ children, footer }: { children: (user: SelfView) => ReactNode; footer?: ReactNode }) {
  return (
    <Screen className="committee-screen">
      <SessionGate>
        {(user) =>
          user.role === 'committee' ? (
            children(user)
          ) : (
            <StateView kind="error" title="仅社区居委会可用" detail="如需办理说事，请联系社区居委会" />
          )
        }
      </SessionGate>
      {footer}
    </Screen>
  );
}
