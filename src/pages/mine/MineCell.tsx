import { Cell } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import type { ReactNode } from 'react';

/**
 * A row of 我的: the title with what a tap does (查看, 3条未读) on one line, and the description
 * under both, the whole width of the row. NutUI's own `extra` takes a column of half the row,
 * which squeezed a description into a word or two a line in elder mode.
 */
export function MineCell({
  title,
  description,
  extra,
  onClick,
  isLast,
}: {
  title: ReactNode;
  description: ReactNode;
  extra: ReactNode;
  onClick: () => void;
  /** Set by Cell.Group on its last cell: no divider under it. */
  isLast?: boolean;
}) {
  return (
    <Cell
      className="mine-cell"
      title={
        <View className="mine-cell__head">
          <View className="mine-cell__title">{title}</View>
          <View className="mine-cell__extra">{extra}</View>
        </View>
      }
      description={description}
      onClick={onClick}
      isLast={isLast}
    />
  );
}

// Cell.Group tells only its NutCell children which is last (it compares displayName): MineCell is
// one of them.
MineCell.displayName = 'NutCell';
