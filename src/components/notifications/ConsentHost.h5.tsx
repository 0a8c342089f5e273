import { createPortal } from 'react-dom';
import { ConsentSheet } from './ConsentSheet';

/**
 * h5: the browser has no WeChat consent dialog, so the local demo shows the look-alike. It goes
 * straight into <body>: Taro's h5 router hides the current page unless it is the last child of
 * the router's container, so nothing may be added beside the pages.
 */
export function ConsentHost() {
  return createPortal(<ConsentSheet />, document.body);
}
