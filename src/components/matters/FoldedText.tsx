import { View } from '@tarojs/components';
import { useState } from 'react';
import { charCount } from '@domain/text';
import './FoldedText.scss';

/** How much text stays open: a body up to a short paragraph, a comment up to a few lines. */
const foldAfter = {
  body: { chars: 150, lines: 6 },
  comment: { chars: 100, lines: 4 },
} as const;

/** A text folds when it is long in characters or in lines (a list of short lines is long too). */
export function isLongText(text: string, kind: keyof typeof foldAfter): boolean {
  const { chars, lines } = foldAfter[kind];
  return charCount(text) > chars || text.split('\n').length > lines;
}

/**
 * What a person wrote, kept as typed; a long one shows its first lines with 展开全文, and 收起
 * after. Short text never folds, so nothing is cut off without the control to open it.
 */
export function FoldedText({
  id,
  text,
  kind,
  className,
}: {
  id: string;
  text: string;
  kind: keyof typeof foldAfter;
  className: string;
}) {
  const [open, setOpen] = useState(false);
  const long = isLongText(text, kind);
  const folded = long && !open;
  return (
    <View className="mq-folded">
      <View
        id={id}
        className={`${className} ${folded ? `mq-folded__text--${kind}` : ''}`}
        data-folded={folded ? 'yes' : 'no'}
      >
        {text}
      </View>
      {long ? (
        <View className="mq-folded__toggle" id={`${id}-toggle`} onClick={() => setOpen(!open)}>
          {open ? '收起' : '展开全文'}
        </View>
      ) : null}
    </View>
  );
}
