import { Input, TextArea } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import './Field.scss';

/**
 * A text input of a committee form. The id sits on a wrapper, so tests and scripts find the
 * field the same way whether NutUI draws an input or a textarea inside.
 */
export function TextBox({
  id,
  value,
  onChange,
  placeholder,
  maxLength,
  multiline = false,
  rows = 3,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  maxLength: number;
  multiline?: boolean;
  rows?: number;
}) {
  return (
    <View id={id} className="cm-textbox">
      {multiline ? (
        <TextArea
          className="cm-textarea"
          value={value}
          placeholder={placeholder}
          maxLength={maxLength}
          showCount={maxLength >= 100}
          rows={rows}
          autoSize
          onChange={onChange}
        />
      ) : (
        <Input className="cm-input" value={value} placeholder={placeholder} maxLength={maxLength} onChange={onChange} />
      )}
    </View>
  );
}
