import { openWechatPrivacyContract } from '../../api/privacy';
import { openPage } from '../../navigation';
import { routes } from '@domain/routes';

/** The full privacy guide: WeChat's page of the guide declared in the console (weapp), ours (h5). */
export function openPrivacyGuide(): void {
  if (!openWechatPrivacyContract()) void openPage(routes.privacy);
}
