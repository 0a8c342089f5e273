import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { Figure } from '@domain/stats/dashboard';
import { NO_VALUE } from './format';
import { RuleSheet } from './RuleSheet';

/**
 * A section's figures as tiles: the big number with its unit, then what it counts. A tap opens
 * the figure's 口径 (the exact counting rule) in a sheet, so anyone asked "how is this counted?"
 * can read it out.
 */
export function FigureTiles({ figures, idPrefix }: { figures: Figure[]; idPrefix: string }) {
  const [open, setOpen] = useState<Figure | null>(null);
  return (
    <View className="st-tiles">
      {figures.map((figure) => (
        <View
          key={figure.key}
          id={`${idPrefix}-${figure.key}`}
          className={`st-tile ${figure.value === null || figure.value === 0 ? 'st-tile--quiet' : ''}`}
          role="button"
          aria-label={`${figure.label} ${figure.value === null ? '暂无' : `${figure.value}${figure.unit}`}，查看口径`}
          onClick={() => setOpen(figure)}
        >
          <View className="st-tile__number">
            <Text className="st-tile__value">{figure.value === null ? NO_VALUE : String(figure.value)}</Text>
            {figure.value === null ? null : <Text className="st-tile__unit">{figure.unit}</Text>}
          </View>
          <Text className="st-tile__label">{figure.label}</Text>
          <Text className="st-tile__hint">口径 ›</Text>
        </View>
      ))}
      {open ? <RuleSheet title={`${open.label} · 口径`} entries={[open]} onClose={() => setOpen(null)} /> : null}
    </View>
  );
}
