import type { ReactNode } from 'react';
import { Screen } from '../../../components/Screen';
import { SessionGate } from '../../../components/SessionGate';
import { StateView } from '../../../components/StateView';
import type { SelfView } from '@domain/users';
import './cadre.scss';

/** The 民情书记 pages' root: signed in, elder mode applied, and only for cadres. */
export function CadreOnly({ children, footer }: { children: (user: SelfView) => ReactNode; footer?: ReactNode }) {
  return (
    <Screen className="cadre-screen">
      <SessionGate>
        {(user) =>
          user.role === 'cadre' ? (
            children(user)
          ) : (
            <StateView kind="error" title="仅民情书记可用" detail="居民可在「约见」里预约民情书记接访" />
          )
        }
      </SessionGate>
      {footer}
    </Screen>
  );
}
