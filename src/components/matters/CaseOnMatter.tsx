import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useRef, type ReactNode } from 'react';
import { formatDue } from '@domain/casework/handoffText';
import { holderKindLabels } from '@domain/casework/holders';
import { caseStateLabels, isOpenCase } from '@domain/casework/states';
import { caseStateTones } from '@domain/casework/views';
import type { MatterDetail } from '@domain/matters/views';
import { routes } from '@domain/routes';
import type { Role } from '@domain/users';
import { call } from '../../api/client';
import { CardTitle } from '../CardTitle';
import { InfoRow } from '../InfoRow';
import { Tag } from '../Tag';
import { useAsync } from '../../hooks/useAsync';
import { openPage } from '../../navigation';
import './CaseOnMatter.scss';

/** Matters the committee has not settled yet: these may be dispatched (派遣) to a responsible body. */
const dispatchable: readonly MatterDetail['state'][] = ['open', 'consulting'];

/**
 * The cases of a matter (the open one in full, earlier ones as lines), read when the page opens
 * and again when it shows after another page (dispatching, a case page: the case moved on).
 */
export function useMatterCases(matterId: string, matterState: MatterDetail['state'] | undefined) {
  const loaded = useAsync(() => call('casework', 'forMatter', { matterId }), [matterId, matterState]);
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void loaded.reload();
    shown.current = true;
  });
  return loaded;
}

export type MatterCases = ReturnType<typeof useMatterCases>;

/** A matter with an open case: the committee's own answer and conclusion wait for the case. */
export function hasOpenCase(cases: MatterCases): boolean {
  const current = cases.data?.current ?? null;
  return current !== null && isOpenCase(current.summary.state);
}

/**
 * 街呼区应 on a matter, for the committee and the cadre: the case the matter is in now (state,
 * holder, due time) with a link to it, and for the committee a 派遣 button (`dispatchButton`)
 * while the matter is open or in consultation and no case is open. A case's dispatch also marks
 * the matter escalated: staff read the case here instead of the old escalation card, which
 * `withoutCase` is (shown when the matter has no case: a note escalated by hand before the case
 * loop). Earlier cases (verified, withdrawn) are listed under the open one, each a tap from its page.
 */
export function CaseOnMatter({
  matter,
  role,
  cases: loaded,
  withoutCase,
  dispatchButton = true,
}: {
  matter: MatterDetail;
  role: Role;
  cases: MatterCases;
  withoutCase: ReactNode;
  dispatchButton?: boolean;
}) {
  if (loaded.status === 'error') {
    return (
      <>
        {withoutCase}
        <View className="mq-card" id="matter-case">
          <CardTitle>街呼区应</CardTitle>
          <View className="mq-muted" id="matter-case-error">{`案件情况暂时读不到：${loaded.error.message}`}</View>
        </View>
      </>
    );
  }
  if (!loaded.data) return null;
  const { current, past } = loaded.data;
  const canDispatch =
    dispatchButton && role === 'committee' && !hasOpenCase(loaded) && dispatchable.includes(matter.state);
  const anyCase = current !== null || past.length > 0;
  if (!anyCase && !canDispatch) return <>{withoutCase}</>;
  return (
    <>
      {anyCase ? null : withoutCase}
      <View className="mq-card" id="matter-case">
        <CardTitle>街呼区应</CardTitle>
        {current ? (
          <View id="matter-case-current" onClick={() => void openPage(routes.case, { id: current.summary.id })}>
            <Tag id="matter-case-state" state={current.summary.state} tone={caseStateTones[current.summary.state]}>
              {caseStateLabels[current.summary.state]}
            </Tag>
            <InfoRow label="承办单位">
              {`${holderKindLabels[current.summary.holder.kind]} · ${current.summary.holder.name}`}
            </InfoRow>
            <InfoRow label="答复期限">
              <View className={current.summary.overdue ? 'matter-case__overdue' : undefined}>
                {`${formatDue(current.summary.dueAt)}前${current.summary.overdue ? '（已超期）' : ''}`}
              </View>
            </InfoRow>
            <View className="matter-case__link" id="matter-case-open">
              查看案件详情 ›
            </View>
          </View>
        ) : null}
        {past.map((line) => (
          <View
            key={line.id}
            className="matter-case__past"
            id={`matter-case-past-${line.id}`}
            onClick={() => void openPage(routes.case, { id: line.id })}
          >
            <Tag state={line.state} tone={caseStateTones[line.state]}>
              {caseStateLabels[line.state]}
            </Tag>
            <View className="mq-text">{`${holderKindLabels[line.holder.kind]} · ${line.holder.name} ›`}</View>
          </View>
        ))}
        {canDispatch ? (
          <Button
            id="matter-dispatch"
            type="primary"
            block
            onClick={() => void openPage(routes.caseDispatch, { matterId: matter.id })}
          >
            派遣（街呼区应）
          </Button>
        ) : null}
      </View>
    </>
  );
}
