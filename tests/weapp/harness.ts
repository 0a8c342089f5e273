/**
 * Runs the REAL weapp build (dist/weapp) inside miniprogram-simulate: WeChat's own WXML
 * compiler (wcc) renders Taro's base.wxml templates, exparser builds the component tree, and the
 * built app.js / page js run unchanged. Only the host is faked here: `wx`, `App`, `getApp`,
 * `Page` (mapped onto `Component`), `getCurrentPages`, and the cloud backend behind
 * `wx.cloud.callFunction`, which the test controls.
 *
 * Test files need `@jest-environment jsdom` (j-component renders into a DOM).
 *
 * The one module the tests import: it gathers the build output (weappBuild.ts), opening a page
 * (openPage.ts), the page a test drives (miniPage.ts, over simTree.ts), the fake `wx` (fakeWx.ts)
 * and the fake cloud backend (fakeBackend.ts), so each can stay one concept.
 */
export { FakeBackend, failure, ok } from './fakeBackend';
export type { ActionHandler, CloudCall, Envelope, FieldIssue } from './fakeBackend';
export { askPrivacy, createWx } from './fakeWx';
export type { Navigation, NavigationApi, PrivacyLog, WxLog, WxOptions } from './fakeWx';
export { MiniPage } from './miniPage';
export { openPage, type OpenPageOptions } from './openPage';
export type { SimNode } from './simTree';
export { assertWeappBuilt, DIST_DIR, pageJson, pageStyles } from './weappBuild';
