import { View } from '@tarojs/components';
import type { QueueSection, QueueSectionId } from './queueSections';
import './QueueTabs.scss';

/**
 * The four queues as a 2x2 grid of big tabs, each with how many items wait: four long
 * labels do not fit one row on a phone in elder mode.
 */
export function QueueTabs({
  sections,
  active,
  counts,
  onSelect,
}: {
  sections: readonly QueueSection[];
  active: QueueSectionId;
  counts: Partial<Record<QueueSectionId, string>>;
  onSelect: (id: QueueSectionId) => void;
}) {
  return (
    <View className="cm-tabs" role="tablist">
      {sections.map((section) => (
        <View
          key={section.id}
          id={`queue-tab-${section.id}`}
          role="tab"
          aria-selected={section.id === active}
          className={`cm-tabs__tab ${section.id === active ? 'cm-tabs__tab--active' : ''}`}
          onClick={() => onSelect(section.id)}
        >
          <View className="cm-tabs__label">{section.label}</View>
          <View className="cm-tabs__count">{counts[section.id] ?? '…'}</View>
        </View>
      ))}
    </View>
  );
}
