/** @jest-environment jsdom */
import path from 'node:path';
const dist = path.resolve(__dirname, '../../dist/weapp');
const user = { id: 'u-resident-zhang', name: '张桂兰', role: 'resident', communityIds: ['c-dongmen'], communityId: 'c-dongmen', gridId: 'g-dongmen-1', compoundId: 'p-xingfu', building: '3号楼', phone: '13805371234', elderMode: 'on', profileComplete: true, createdAt: 1 };
const directory = { districts: [{ id: 'd-rencheng', name: '任城区' }], streets: [{ id: 's-guhuai', name: '古槐街道', districtId: 'd-rencheng' }],
 communities: [{ id: 'c-dongmen', name: '东门社区', streetId: 's-guhuai', officeAddress: 'x', officePhone: 'y' }, { id: 'c-ximen', name: '西门社区', streetId: 's-guhuai', officeAddress: 'x', officePhone: 'y' }],
 grids: [{ id: 'g-dongmen-1', name: '东门第一网格', communityId: 'c-dongmen' }, { id: 'g-ximen-1', name: '西门第一网格', communityId: 'c-ximen' }],
 compounds: [{ id: 'p-xingfu', name: '幸福小区', communityId: 'c-dongmen', gridId: 'g-dongmen-1' }, { id: 'p-yunhe', name: '运河花园', communityId: 'c-ximen', gridId: 'g-ximen-1' }] };
function answer(action: string) { return action === 'login' ? { ok: true, data: { user, isNew: false } } : { ok: true, data: directory }; }
test('explore', async () => {
  const simulate = require('miniprogram-simulate');
  const g = globalThis as any;
  let appObj: any;
  const calls: any[] = [];
  const missing = new Set<string>();
  const base: any = {
    getSystemInfoSync: () => ({ fontSizeSetting: 16, windowWidth: 375, screenWidth: 375, pixelRatio: 2, platform: 'devtools' }),
    getStorageSync: () => '',
    setStorageSync: () => undefined,
    cloud: {
      init: () => undefined,
      callFunction: async (p: any) => { calls.push(p); return { result: answer(p.data.action) }; },
    },
  };
  g.wx = new Proxy(base, { get(t, k) { if (!(k in t)) missing.add(String(k)); return t[k]; } });
  g.App = (o: any) => { appObj = o; };
  g.getApp = () => appObj;
  const pages: any[] = [];
  g.getCurrentPages = () => pages;
  g.Page = (o: any) => {
    const methods: any = {};
    const rest: any = {};
    for (const [k, v] of Object.entries(o)) (typeof v === 'function' ? methods : rest)[k] = v;
    g.Component({ ...rest, methods });
  };
  require(path.join(dist, 'app.js'));
  appObj.onLaunch({ path: 'pages/profile/index', query: {} });
  appObj.onShow({});
  const id = simulate.load(path.join(dist, 'pages/profile/index'), { rootPath: dist });
  const comp = simulate.render(id);
  comp.attach(document.createElement('parent-wrapper'));
  const inst = comp.instance;
  inst.route = 'pages/profile/index';
  pages.push(inst);
  inst.onLoad({});
  inst.onShow();
  inst.onReady();
  await simulate.sleep(500);
  console.log([...missing], calls, comp.dom.outerHTML);
});
