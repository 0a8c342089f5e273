import { Button, Toast } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import { DEFAULT_SLA_CLASS } from '@domain/casework/sla';
import type { RoutingRuleView } from '@domain/casework/views';
import { categoryLabels, matterCategories, type MatterCategory } from '@domain/matters/categories';
import type { SelfView } from '@domain/users';
import { call } from '../../../api/client';
import { CardTitle } from '../../../components/CardTitle';
import { RoleOnly } from '../../../components/RoleOnly';
import { confirmChoice } from '../../../components/staff/confirmChoice';
import { ErrorView, LoadingView, StateView } from '../../../components/StateView';
import { useAsync } from '../../../hooks/useAsync';
import { useCommand } from '../../../hooks/useCommand';
import { slaText } from '../components/caseText';
import { ruleText } from './routingText';
import { RuleSheet } from './RuleSheet';
import { SlaSheet } from './SlaSheet';
import '../components/cases.scss';
import './index.scss';

const TOAST = 'routing-toast';

/** 路由表: which body holds which category where, and each category's time limit. The committee reads it. */
export default function CaseRoutingPage() {
  return (
    <RoleOnly roles={['street', 'committee']} className="cs-page" footer={<Toast id={TOAST} />}>
      {(user) => <Routing user={user} />}
    </RoleOnly>
  );
}

type Editing = { kind: 'rule'; rule: RoutingRuleView | null } | { kind: 'sla'; category: MatterCategory } | null;

function Routing({ user }: { user: SelfView }) {
  const table = useAsync(() => call('casework', 'routingTable', {}), []);
  const deleting = useCommand({ toast: TOAST, failures: 'toast' });
  const [editing, setEditing] = useState<Editing>(null);
  usePullDownRefresh(() => {
    void table.reload().finally(() => void Taro.stopPullDownRefresh());
  });
  if (!table.data) {
    if (table.status === 'error')
      return <ErrorView message={table.error.message} onRetry={() => void table.reload()} />;
    return <LoadingView />;
  }
  const { rules, slaClasses, holders, places, streetName } = table.data;
  const canEdit = user.role === 'street';
  const saved = () => {
    setEditing(null);
    void table.reload();
  };

  async function remove(rule: RoutingRuleView) {
    const go = await confirmChoice({
      title: '删除规则',
      content: `删除「${ruleText(rule)}」？删除后这类事项按其他规则派遣，没有规则的由街道承办。`,
      confirmText: '删除',
      cancelText: '不删',
      danger: true,
    });
    if (!go) return;
    const input = { ruleId: rule.id };
    const sent = await deleting.run(input, (requestId) => call('casework', 'deleteRoutingRule', input, { requestId }), {
      name: rule.id,
      done: '规则已删除',
    });
    if (sent.ok) void table.reload();
  }

  const slaOf = (category: MatterCategory) =>
    slaClasses.find((s) => s.category === category)?.slaClass ?? DEFAULT_SLA_CLASS;
  return (
    <View id="routing-page">
      <View className="cs-intro mq-muted">
        {`${streetName}：派遣时按最具体的规则（小区 > 网格 > 社区 > 全街道）找承办单位，没有规则的由街道承办（首接负责）。${canEdit ? '' : '路由表由街道维护。'}`}
      </View>
      <View className="mq-card" id="routing-rules">
        <CardTitle>路由规则</CardTitle>
        {rules.length === 0 ? <StateView kind="empty" title="还没有规则" detail="所有案件都由街道承办" /> : null}
        {rules.map((rule) => (
          <View key={rule.id} className="rt-rule" id={`rule-${rule.id}`}>
            <View className="mq-text rt-rule__text">{ruleText(rule)}</View>
            {canEdit ? (
              <View className="rt-rule__buttons">
                <Button
                  id={`rule-edit-${rule.id}`}
                  className="rt-rule__button"
                  onClick={() => setEditing({ kind: 'rule', rule })}
                >
                  修改
                </Button>
                <Button
                  id={`rule-delete-${rule.id}`}
                  className="rt-rule__button"
                  loading={deleting.running === rule.id}
                  onClick={() => void remove(rule)}
                >
                  删除
                </Button>
              </View>
            ) : null}
          </View>
        ))}
        {canEdit ? (
          <Button
            id="rule-add"
            className="rt-add"
            type="primary"
            block
            onClick={() => setEditing({ kind: 'rule', rule: null })}
          >
            添加规则
          </Button>
        ) : null}
      </View>
      <View className="mq-card" id="routing-sla">
        <CardTitle>办理时限</CardTitle>
        {matterCategories.map((category) => (
          <View
            key={category}
            id={`sla-${category}`}
            className={`rt-rule${canEdit ? ' mq-tap' : ''}`}
            onClick={canEdit ? () => setEditing({ kind: 'sla', category }) : undefined}
          >
            <View className="mq-text rt-rule__text">{categoryLabels[category]}</View>
            <View className="mq-muted">{`${slaText(slaOf(category))}${canEdit ? ' ›' : ''}`}</View>
          </View>
        ))}
      </View>
      {editing?.kind === 'rule' ? (
        <RuleSheet
          rule={editing.rule}
          holders={holders}
          places={places.map((p) => ({ ...p }))}
          toast={TOAST}
          onSaved={saved}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {editing?.kind === 'sla' ? (
        <SlaSheet
          category={editing.category}
          current={slaOf(editing.category)}
          toast={TOAST}
          onSaved={saved}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </View>
  );
}
