import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { ChoiceList } from '../../../components/ChoiceList';
import { TextBox } from '../../../components/staff/TextBox';
import './DepartmentPicker.scss';

/** Departments a community usually asks to a consultation; any other can be typed in. */
const commonDepartments = ['物业公司', '街道办事处', '城管执法', '派出所', '住建部门'];

const MAX_DEPARTMENTS = 10;

/** The departments invited: tap the usual ones, or type a name and add it as a tag. */
export function DepartmentPicker({ value, onChange }: { value: string[]; onChange: (next: string[]) => void }) {
  const [draft, setDraft] = useState('');
  const others = value.filter((d) => !commonDepartments.includes(d));

  function toggle(name: string) {
    onChange(value.includes(name) ? value.filter((d) => d !== name) : [...value, name].slice(0, MAX_DEPARTMENTS));
  }

  function add() {
    const name = draft.trim();
    if (!name) return;
    if (!value.includes(name)) onChange([...value, name].slice(0, MAX_DEPARTMENTS));
    setDraft('');
  }

  return (
    <View id="departments">
      <ChoiceList
        idPrefix="department"
        multiple
        choices={commonDepartments.map((name, index) => ({ id: String(index), label: name }))}
        selected={commonDepartments.flatMap((name, index) => (value.includes(name) ? [String(index)] : []))}
        onSelect={(id) => toggle(commonDepartments[Number(id)])}
      />
      {others.length > 0 ? (
        <View className="cm-departments__tags">
          {others.map((name, index) => (
            <View key={name} className="cm-departments__tag" id={`department-tag-${index}`}>
              <View>{name}</View>
              <View
                className="cm-departments__remove"
                id={`department-remove-${index}`}
                aria-label={`移除${name}`}
                onClick={() => toggle(name)}
              >
                ×
              </View>
            </View>
          ))}
        </View>
      ) : null}
      <View className="cm-departments__add">
        <View className="cm-departments__input">
          <TextBox id="department-input" value={draft} placeholder="其他部门名称" maxLength={30} onChange={setDraft} />
        </View>
        <Button id="department-add" className="cm-departments__button" type="primary" fill="outline" onClick={add}>
          添加
        </Button>
      </View>
    </View>
  );
}
