import { ScrollView, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { Chart } from '@domain/stats/dashboard';
import { formatValue, shareOf } from './format';

/**
 * A chart drawn with plain views (no chart library: docs/adr/0016-hand-made-charts.md), its
 * values always written out, never only a bar's length; under it 查看数字 opens the numbers as a
 * table in one tap.
 */
export function ChartView({ chart, idPrefix }: { chart: Chart; idPrefix: string }) {
  const [numbers, setNumbers] = useState(false);
  const id = `${idPrefix}-${chart.key}`;
  return (
    <View className="st-chart" id={id}>
      <View className="st-chart__title">{chart.title}</View>
      {chart.kind === 'trend' ? <TrendBars chart={chart} /> : <ShareBars chart={chart} />}
      <View
        id={`${id}-numbers-toggle`}
        className="st-chart__toggle"
        role="button"
        aria-expanded={numbers}
        onClick={() => setNumbers((shown) => !shown)}
      >
        {numbers ? '收起数字' : '查看数字'}
      </View>
      {numbers ? <NumbersTable chart={chart} id={`${id}-numbers`} /> : null}
    </View>
  );
}

const maxOf = (chart: Chart) => Math.max(0, ...chart.points.map((point) => point.value));
const totalOf = (chart: Chart) => chart.points.reduce((sum, point) => sum + point.value, 0);

/** A bar's length in percent of the largest; a non-zero value keeps a sliver so it is seen. */
function lengthOf(value: number, max: number): string {
  if (max <= 0 || value <= 0) return '0%';
  return `${Math.max(2, Math.round((value * 100) / max))}%`;
}

/** Far enough to reach the end of any row of months: the browser and WeChat stop at the end. */
const LATEST = 100_000;

/**
 * A column per month, in order: the value above the bar, the month under it. A year fits a
 * phone's width; a longer period (or a year in elder mode's larger text) scrolls sideways, opened
 * at its latest months, the ones people ask about.
 */
function TrendBars({ chart }: { chart: Chart }) {
  const max = maxOf(chart);
  const months = chart.points.map((point) => point.key).join();
  // Set after the row is laid out (a scroll position given with the first render was lost in h5),
  // and again for a new period's months.
  const [left, setLeft] = useState(0);
  useEffect(() => {
    setLeft((at) => (at === LATEST ? LATEST - 1 : LATEST));
  }, [months]);
  return (
    <ScrollView scrollX scrollLeft={left} className="st-trend__scroll">
      <View className="st-trend">
        {chart.points.map((point) => (
          <View key={point.key} className="st-trend__column" aria-label={`${point.label} ${point.value}${chart.unit}`}>
            <Text className="st-trend__value">{point.value}</Text>
            <View className="st-trend__track">
              <View className="st-trend__bar" style={{ height: lengthOf(point.value, max) }} />
            </View>
            <Text className="st-trend__label">{point.label}</Text>
          </View>
        ))}
      </View>
    </ScrollView>
  );
}

/** A row per part, largest first: its name, value and share, then its bar. */
function ShareBars({ chart }: { chart: Chart }) {
  const max = maxOf(chart);
  const total = totalOf(chart);
  return (
    <View className="st-share">
      {chart.points.map((point) => (
        <View key={point.key} className="st-share__row">
          <View className="st-share__text">
            <Text className="st-share__label">{point.label}</Text>
            <Text className="st-share__value">{`${formatValue(point.value, chart.unit)} · ${shareOf(point.value, total)}`}</Text>
          </View>
          <View className="st-share__track">
            <View className="st-share__bar" style={{ width: lengthOf(point.value, max) }} />
          </View>
        </View>
      ))}
    </View>
  );
}

/** The numbers behind a chart, as a plain table (a share chart's with each part's percent and the total). */
function NumbersTable({ chart, id }: { chart: Chart; id: string }) {
  const share = chart.kind === 'share';
  const total = totalOf(chart);
  const rows = chart.points.map((point) => [
    point.label,
    formatValue(point.value, chart.unit),
    ...(share ? [shareOf(point.value, total)] : []),
  ]);
  if (share) rows.push(['合计', formatValue(total, chart.unit), total > 0 ? '100%' : '—']);
  const head = [chart.kind === 'trend' ? '月份' : '类别', '数值', ...(share ? ['占比'] : [])];
  return (
    <View className="st-numbers" id={id} role="table">
      {[head, ...rows].map((cells, index) => (
        <View key={index} role="row" className={`st-numbers__row ${index === 0 ? 'st-numbers__row--head' : ''}`}>
          {cells.map((cell, column) => (
            <View key={column} role={index === 0 ? 'columnheader' : 'cell'} className="st-numbers__cell">
              {cell}
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}
