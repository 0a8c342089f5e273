import { Component } from 'react';
import { lastSelectedTab, type SelectableTabBar } from '../components/tabBar/tabSelection';
import { TabBar } from './TabBar';
import './index.scss';

/**
 * weapp: the tab bar (app.config.ts tabBar.custom). WeChat makes one per tab page; the page tells
 * it which tab it is when it shows (useTabSelection, through Taro.getTabBar), which is why this is
 * a class: getTabBar hands the page this instance. The bar itself is TabBar.
 */
export default class CustomTabBar extends Component<object, { selected: number }> implements SelectableTabBar {
  // Taro copies these onto the WeChat component; left out it writes `{}`, and WeChat (and its
  // simulator) want arrays.
  static behaviors = [];
  static externalClasses = [];

  override state = { selected: lastSelectedTab() };

  setSelected(index: number): void {
    if (index !== this.state.selected) this.setState({ selected: index });
  }

  override render() {
    return <TabBar selected={this.state.selected} onSelect={(index) => this.setSelected(index)} />;
  }
}
