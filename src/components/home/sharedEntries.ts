import { routes } from '@domain/routes';
import { openPage } from '../../navigation';

/*
 * Tiles more than one role's home shows, written once: the homes are in the weapp main package,
 * where every byte is downloaded by every user (docs/adr/0010).
 */
export const statsEntry = {
  id: 'entry-stats',
  name: '数据看板',
  hint: '各项数字与台账',
  open: () => openPage(routes.statsDashboard),
};
export const orderForEntry = {
  id: 'entry-order-for',
  name: '红色代办',
  hint: '替老人点单',
  open: () => openPage(routes.committeeOrderFor),
};
