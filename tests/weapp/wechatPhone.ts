import { askPrivacy, type MiniPage } from './harness';

/**
 * The user taps a `<button open-type="getPhoneNumber">` and, in WeChat's dialog that follows,
 * allows handing over their number (`code`: the one-time code WeChat gives the page) or refuses
 * (null). WeChat needs the privacy agreement first: it asks through the app's listener when there
 * is none, and a declined agreement fails the button without a dialog. Resolves once the button's
 * getphonenumber event was delivered; a test answers the privacy sheet in between.
 */
export function tapPhoneButton(page: MiniPage, id: string, code: string | null): Promise<void> {
  const node = page.get(id);
  const openType = node.toJSON().attrs.find((attr) => attr.name === 'openType')?.value;
  if (openType !== 'getPhoneNumber') throw new Error(`#${id} is not a getPhoneNumber button (${String(openType)})`);
  page.tapNode(node);
  return new Promise((resolve) =>
    askPrivacy(page.wx.privacy, 'getPhoneNumber', (agreed) => {
      const detail =
        agreed && code
          ? { errMsg: 'getPhoneNumber:ok', code }
          : { errMsg: `getPhoneNumber:fail ${agreed ? 'user deny' : 'privacy permission is not authorized'}` };
      node.dispatchEvent('getphonenumber', { detail });
      resolve();
    }),
  );
}
