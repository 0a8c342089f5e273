import { View } from '@tarojs/components';
import { serviceCategories, serviceCategoryLabels } from '@domain/service/categories';
import type { ServiceItemView } from '@domain/service/views';
import { responseText, takerText } from './serviceText';
import './MenuSection.scss';

/** The community's service menu, by category in the menu's order; tapping an item orders it. */
export function MenuSection({
  items,
  onOrder,
}: {
  items: ServiceItemView[];
  onOrder: (item: ServiceItemView) => void;
}) {
  const groups = serviceCategories
    .map((category) => ({ category, items: items.filter((item) => item.category === category) }))
    .filter((group) => group.items.length > 0);
  return (
    <View id="service-menu">
      <View className="mq-section-title">点一项服务，社区志愿者上门帮您</View>
      {groups.map((group) => (
        <View key={group.category} className="mq-card sv-menu" id={`service-category-${group.category}`}>
          <View className="sv-menu__category">{serviceCategoryLabels[group.category]}</View>
          {group.items.map((item) => (
            <View key={item.id} id={`service-item-${item.id}`} className="sv-menu__item" onClick={() => onOrder(item)}>
              <View className="sv-menu__main">
                <View className="sv-menu__name">{item.name}</View>
                {item.description ? <View className="mq-muted">{item.description}</View> : null}
                <View className="sv-menu__response">
                  {[responseText(item), takerText(item)].filter(Boolean).join(' · ')}
                </View>
              </View>
              <View className="sv-menu__order">点单 ›</View>
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}
