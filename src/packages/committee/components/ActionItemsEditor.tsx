import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { ChoiceList } from '../../../components/ChoiceList';
import type { ActionItem } from '@domain/matters/views';
import { addDays, shanghaiToday } from '../../../components/staff/dates';
import { DateField } from '../../../components/staff/DateField';
import { actionStateLabels } from '@domain/matters/labels';
import { TextBox } from '../../../components/staff/TextBox';
import './ActionItemsEditor.scss';

/** An agreed action being edited; `id` is kept for one already recorded. */
export type ActionDraft = Omit<ActionItem, 'id'> & { id?: string; key: string };

const states = ['todo', 'doing', 'done'] as const;
let nextKey = 0;

export function newActionDraft(): ActionDraft {
  nextKey += 1;
  return { key: `new-${nextKey}`, description: '', owner: '', dueDate: addDays(shanghaiToday(), 14), state: 'todo' };
}

/** 议定事项: what was agreed, who does it, by when, and how far it has got. */
export function ActionItemsEditor({
  value,
  onChange,
}: {
  value: ActionDraft[];
  onChange: (next: ActionDraft[]) => void;
}) {
  const today = shanghaiToday();
  const update = (key: string, patch: Partial<ActionDraft>) =>
    onChange(value.map((item) => (item.key === key ? { ...item, ...patch } : item)));

  return (
    <View id="action-items">
      {value.map((item, index) => (
        <View key={item.key} className="cm-action-item" id={`action-item-${index}`}>
          <View className="cm-action-item__head">
            <View className="cm-action-item__number">第 {index + 1} 项</View>
            <View
              className="cm-action-item__remove"
              id={`action-remove-${index}`}
              onClick={() => onChange(value.filter((x) => x.key !== item.key))}
            >
              删除
            </View>
          </View>
          <View className="mq-muted">事项</View>
          <TextBox
            id={`action-desc-${index}`}
            value={item.description}
            placeholder="做什么，如：清理3号楼前堆放的杂物"
            maxLength={200}
            onChange={(description) => update(item.key, { description })}
          />
          <View className="cm-action-item__row">
            <View className="mq-muted">负责人</View>
            <TextBox
              id={`action-owner-${index}`}
              value={item.owner}
              placeholder="负责人或单位"
              maxLength={30}
              onChange={(owner) => update(item.key, { owner })}
            />
          </View>
          <View className="cm-action-item__row">
            <View className="mq-muted">完成期限</View>
            <DateField
              id={`action-due-${index}`}
              value={item.dueDate}
              min={item.dueDate < today ? item.dueDate : today}
              max={addDays(today, 365)}
              onChange={(dueDate) => update(item.key, { dueDate })}
            />
          </View>
          <View className="cm-action-item__row">
            <ChoiceList
              idPrefix={`action-state-${index}`}
              choices={states.map((s) => ({ id: s, label: actionStateLabels[s] }))}
              selected={item.state}
              onSelect={(state) => update(item.key, { state: state as ActionDraft['state'] })}
            />
          </View>
        </View>
      ))}
      <Button
        id="action-add"
        className="cm-action-item__add"
        type="primary"
        fill="dashed"
        block
        onClick={() => onChange([...value, newActionDraft()])}
      >
        + 添加一项议定事项
      </Button>
    </View>
  );
}
