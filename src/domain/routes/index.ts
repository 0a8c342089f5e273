export { routes, preloadedFromTabs, type Route, type RouteName, type ParamSpecs } from './table';
export {
  routeUrl,
  readRouteParams,
  type LinkArgs,
  type LinkParams,
  type PageParams,
  type ParamsOf,
  type ReadParams,
} from './links';
export { appPages, tabPreloadRule, type PreloadRule } from './registration';
export { pageBars, type PageBar } from './pageBar';
export { tabItems, tabIndexOf, tabIconPath, type TabItem } from './tabBar';
