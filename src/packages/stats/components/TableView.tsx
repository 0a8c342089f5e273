import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { FigureTable } from '@domain/stats/dashboard';
import { formatValue } from './format';
import { RuleSheet } from './RuleSheet';

/**
 * A table (per department, per cadre) as a phone reads it: each row's name, then its figures as
 * 名称：数值 pairs one under the other; a figure that cannot be computed reads —. 口径 beside the
 * title opens every column's counting rule.
 */
export function TableView({ table, idPrefix }: { table: FigureTable; idPrefix: string }) {
  const id = `${idPrefix}-${table.key}`;
  const [rulesOpen, setRulesOpen] = useState(false);
  return (
    <View className="st-table" id={id}>
      <View className="st-table__head">
        <Text className="st-chart__title">{table.title}</Text>
        <Text className="st-table__rules" id={`${id}-rules`} onClick={() => setRulesOpen(true)}>
          口径 ›
        </Text>
      </View>
      {table.rows.length === 0 ? <View className="mq-muted">本期暂无记录</View> : null}
      {table.rows.map((row) => (
        <View key={row.key} className="st-table__row" id={`${id}-${row.key}`}>
          <Text className="st-table__name">{row.label}</Text>
          {table.columns.map((column, index) => (
            <View key={column.key} className="st-table__pair">
              <Text className="st-table__label">{column.label}</Text>
              <Text className="st-table__value">{formatValue(row.values[index] ?? null, column.unit)}</Text>
            </View>
          ))}
        </View>
      ))}
      {rulesOpen ? (
        <RuleSheet title={`${table.title} · 口径`} entries={table.columns} onClose={() => setRulesOpen(false)} />
      ) : null}
    </View>
  );
}
