import { useState } from 'react';
import type { HolderView, RoutingRuleView } from '@domain/casework/views';
import { matterCategories } from '@domain/matters/categories';
import { call } from '../../../api/client';
import { ChoiceList } from '../../../components/ChoiceList';
import { Field } from '../../../components/staff/Field';
import { Sheet } from '../../../components/staff/Sheet';
import { useCommand } from '../../../hooks/useCommand';
import { holderText } from '../components/caseText';
import { categoryText, placeChoiceText, type PlaceKind, type RuleCategory } from './routingText';

const EVERYWHERE = 'everywhere';
const keyOf = (kind: string, id: string) => `${kind}-${id}`;

export interface RoutingPlace {
  kind: PlaceKind;
  id: string;
  name: string;
}

/**
 * A new rule, or one being changed: which category (or all), where (or the whole street) and who
 * holds it. The most specific rule wins when a case is routed; the street takes what none names.
 */
export function RuleSheet({
  rule,
  holders,
  places,
  toast,
  onSaved,
  onClose,
}: {
  rule: RoutingRuleView | null;
  holders: HolderView[];
  places: RoutingPlace[];
  toast: string;
  onSaved: () => void;
  onClose: () => void;
}) {
  const saving = useCommand({ toast });
  const [category, setCategory] = useState<RuleCategory | null>(rule?.category ?? null);
  const [place, setPlace] = useState(rule?.place ? keyOf(rule.place.kind, rule.place.id) : EVERYWHERE);
  const [holder, setHolder] = useState(rule ? keyOf(rule.holder.kind, rule.holder.id) : null);

  async function send() {
    if (saving.busy) return;
    if (!category) return saving.refuse('请选择事项类别', 'category');
    const chosenHolder = holders.find((h) => keyOf(h.kind, h.id) === holder);
    if (!chosenHolder) return saving.refuse('请选择承办单位', 'holder');
    const chosenPlace = places.find((p) => keyOf(p.kind, p.id) === place);
    const input = {
      ...(rule ? { ruleId: rule.id } : {}),
      category,
      place: chosenPlace ? { kind: chosenPlace.kind, id: chosenPlace.id } : null,
      holder: { kind: chosenHolder.kind, id: chosenHolder.id },
    };
    const sent = await saving.run(input, (requestId) => call('casework', 'saveRoutingRule', input, { requestId }), {
      done: rule ? '规则已修改' : '规则已添加',
    });
    if (sent.ok) onSaved();
  }

  return (
    <Sheet
      id="rule-sheet"
      title={rule ? '修改规则' : '添加规则'}
      submitId="rule-submit"
      submitText="保存"
      busy={saving.busy}
      error={saving.error}
      fieldPaths={['category', 'holder']}
      onSubmit={() => void send()}
      onClose={onClose}
    >
      <Field label="事项类别" error={saving.fieldError('category')}>
        <ChoiceList
          idPrefix="rule-category"
          choices={(['*', ...matterCategories] as RuleCategory[]).map((c) => ({
            id: c === '*' ? 'all' : c,
            label: categoryText(c),
          }))}
          selected={category === '*' ? 'all' : category}
          onSelect={(id) => setCategory(id === 'all' ? '*' : (id as RuleCategory))}
        />
      </Field>
      <Field label="地方" hint="小区比网格优先，网格比社区优先">
        <ChoiceList
          idPrefix="rule-place"
          choices={[
            { id: EVERYWHERE, label: '全街道' },
            ...places.map((p) => ({ id: keyOf(p.kind, p.id), label: placeChoiceText(p) })),
          ]}
          selected={place}
          onSelect={setPlace}
        />
      </Field>
      <Field label="承办单位" error={saving.fieldError('holder')}>
        <ChoiceList
          idPrefix="rule-holder"
          choices={holders.map((h) => ({ id: keyOf(h.kind, h.id), label: holderText(h) }))}
          selected={holder}
          onSelect={setHolder}
        />
      </Field>
    </Sheet>
  );
}
