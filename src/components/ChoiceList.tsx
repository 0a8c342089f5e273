import { View } from '@tarojs/components';
import './ChoiceList.scss';

export interface Choice {
  id: string;
  label: string;
}

/**
 * A row of big tappable choices: for the handful of communities, grids and compounds a
 * resident picks from, one visible tap beats a scrolling wheel, especially for elders.
 */
export function ChoiceList({
  idPrefix,
  choices,
  selected,
  onSelect,
  multiple = false,
}: {
  idPrefix: string;
  choices: Choice[];
  selected: string | null | readonly string[];
  onSelect: (id: string) => void;
  multiple?: boolean;
}) {
  const isSelected = (id: string) =>
    typeof selected === 'string' || selected === null ? selected === id : selected.includes(id);
  return (
    <View className="mq-choices" role={multiple ? 'group' : 'radiogroup'}>
      {choices.map((choice) => (
        <View
          key={choice.id}
          id={`${idPrefix}-${choice.id}`}
          role={multiple ? 'checkbox' : 'radio'}
          aria-checked={isSelected(choice.id)}
          className={`mq-choice ${isSelected(choice.id) ? 'mq-choice--active' : ''}`}
          onClick={() => onSelect(choice.id)}
        >
          {choice.label}
        </View>
      ))}
    </View>
  );
}
