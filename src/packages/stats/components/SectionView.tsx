import { View } from '@tarojs/components';
import type { DashboardSection } from '@domain/stats/dashboard';
import { ChartView } from './ChartView';
import { FigureTiles } from './FigureTiles';
import { isEmptySection } from './format';
import { TableView } from './TableView';

/** One capability's part of the dashboard, whatever it holds: figures, charts, tables; or one calm line when the period has none. */
export function SectionView({ section }: { section: DashboardSection }) {
  const id = `section-${section.key}`;
  return (
    <View className="st-section" id={id}>
      <View className="st-section__title">{section.title}</View>
      {isEmptySection(section) ? (
        <View className="st-section__empty mq-muted" id={`${id}-empty`}>
          本期暂无记录
        </View>
      ) : (
        <View>
          <FigureTiles figures={section.figures} idPrefix={`figure-${section.key}`} />
          {section.charts.map((chart) => (
            <ChartView key={chart.key} chart={chart} idPrefix={`chart-${section.key}`} />
          ))}
          {section.tables.map((table) => (
            <TableView key={table.key} table={table} idPrefix={`table-${section.key}`} />
          ))}
        </View>
      )}
    </View>
  );
}
