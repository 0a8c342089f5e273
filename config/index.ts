import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

/** NutUI is designed at 375 wide; our own styles at 750 (1px here = 1rpx in weapp). */
function designWidthFor(input?: string | number | { file?: string }): number {
  const file = typeof input === 'object' ? input.file : undefined;
  return file?.replace(/\\+/g, '/').includes('@nutui') ? 375 : 750;
}

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'minqing',
    date: '2026-11-27',
    designWidth: designWidthFor,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: ['@tarojs/plugin-html'],
    defineConstants: {
      'process.env.CLOUDBASE_ENV_ID': JSON.stringify(process.env.CLOUDBASE_ENV_ID ?? ''),
    },
    alias: { '@domain': path.resolve(__dirname, '..', 'src', 'domain') },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: true },
    // weapp: Taro's default minifier escapes every non-ASCII character (ascii_only), so each
    // Chinese character of the copy costs 6 bytes (\uXXXX) instead of its 3 UTF-8 bytes, in a main
    // package with a budget. WeChat reads UTF-8 sources; docs/adr/0010-utf8-weapp-output.md.
    ...(process.env.TARO_ENV === 'weapp'
      ? { terser: { enable: true, config: { output: { ascii_only: false } } } }
      : {}),
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      optimizeMainPackage: { enable: true },
      miniCssExtractPluginOption: { ignoreOrder: true },
    },
    h5: {
      // Each page is its own lazily loaded chunk (Taro's h5 router imports pages on demand). The
      // first load is the app shell: the node_modules the app entry itself needs, in one vendors
      // chunk. What pages share (NutUI components, swiper, our components) webpack groups by the
      // set of pages that use it, so a page loads only the shared chunks it needs.
      webpackChain(chain) {
        chain.optimization.splitChunks({
          chunks: 'all',
          cacheGroups: {
            default: false,
            defaultVendors: false,
            vendors: { test: /[\\/]node_modules[\\/]/, name: 'vendors', chunks: 'initial', priority: 20 },
            shared: { chunks: 'async', minChunks: 2, priority: 10, reuseExistingChunk: true },
          },
        });
      },
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      devServer: { host: '127.0.0.1' },
    },
  };
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig);
  return merge({}, baseConfig, prodConfig);
});
