/**
 * Where the app mounts a stand-in for WeChat's consent dialog. In the mini-program WeChat draws
 * its own, so there is nothing here; the h5 build picks ConsentHost.h5.tsx instead (Taro's
 * per-platform files), which keeps the look-alike out of the weapp bundle.
 */
export function ConsentHost() {
  return null;
}
