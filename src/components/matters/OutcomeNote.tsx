import { TextArea } from '@nutui/nutui-react-taro';
import './OutcomePanels.scss';

/** The few words an author adds to a rating or a reopening: up to 200 characters, two lines to start. */
export function OutcomeNote({
  id,
  value,
  placeholder,
  onChange,
}: {
  id: string;
  value: string;
  placeholder: string;
  onChange: (value: string) => void;
}) {
  return (
    <TextArea
      id={id}
      className="mq-outcome__input"
      value={value}
      placeholder={placeholder}
      maxLength={200}
      rows={2}
      autoSize
      onChange={onChange}
    />
  );
}
