import { View } from '@tarojs/components';
import './CheckBox.scss';

/** A big square tick box (the whole cell is the target), for picking queue items. */
export function CheckBox({
  id,
  checked,
  label,
  onToggle,
}: {
  id: string;
  checked: boolean;
  label: string;
  onToggle: () => void;
}) {
  return (
    <View
      id={id}
      className="cm-check"
      role="checkbox"
      aria-checked={checked}
      aria-label={label}
      onClick={(event) => {
        event.stopPropagation?.();
        onToggle();
      }}
    >
      <View className={`cm-check__box ${checked ? 'cm-check__box--on' : ''}`}>{checked ? '✓' : ''}</View>
    </View>
  );
}
